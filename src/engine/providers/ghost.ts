// Ghost: Admin API keys are a 24-hex key id, ':' and a 64-hex secret that signs short-lived JWTs
// for the Admin API (ghost.org/docs/admin-api, "Token authentication"); the secret is reported.
// Content API keys (26 hex) are meant for browsers and are not looked for. The pair alone is a
// plain hex shape, so the word ghost has to be near.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 102);

export default defineProvider({
  slug: 'ghost',
  name: 'Ghost',
  category: 'other',
  domains: ['ghost.org', 'ghost.io'],
  noKeysUrl: 'Admin API keys belong to a custom integration on each Ghost site: Settings → Integrations there.',
  canDo: 'Act as a staff user on the Ghost site through the Admin API: publish, change or delete posts and pages, and read members.',
  rules: [
    {
      id: 'ghost-admin-api-key',
      match: 'run',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      run: {
        min: 24,
        max: 24,
        test: (t, s, e) => t.charCodeAt(e) === 58 && isHex(t.charCodeAt(s)) && isHex(t.charCodeAt(e - 1)),
      },
      // The 64-hex secret after '<24-hex id>:'. Led by the ':' so the regex engine skips to colons
      // instead of trying 24 hex characters at every letter a-f of a script (40 ms over the
      // third-party assets, where the word ghost occurs).
      pattern: /:(?<=(?<![A-Za-z0-9_.:-])[0-9a-f]{24}:)([0-9a-f]{64})(?![A-Za-z0-9_-])/g,
      validate: (v) => /[a-f]/.test(v) && /[0-9]/.test(v),
      context: { words: ['ghost'] },
      examples: {
        positive: [
          `GHOST_ADMIN_API_KEY=${fake(HEX, 24, 7410)}:«${fake(HEX, 64, 7411)}»`,
          `const api = new GhostAdminAPI({ url: 'https://blog.example.com', key: '${fake(HEX, 24, 7412)}:«${fake(HEX, 64, 7413)}»', version: 'v5.0' });`,
        ],
        negative: [`commit ${fake(HEX, 24, 7414)}:${fake(HEX, 64, 7415)}`, `GHOST_ADMIN_API_KEY=${fake(HEX, 24, 7416)}:${fake(HEX, 60, 7417)}`],
      },
    },
  ],
});

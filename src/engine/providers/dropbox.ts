// Dropbox: short-lived access tokens start sl. (sl.u. for user tokens) and run long. Long-lived
// tokens (no longer issued since 2021, still valid until revoked) are 64 characters with ten A's
// after the first eleven. An app's key (public, in OAuth URLs) and secret are both 15 lower-case
// letters and digits: Dropbox named and a key-ish name are needed, and the name tells them apart.

import { publicUnlessNamedSecret } from '../rules/common';
import { defineProvider } from '../rules/define';
import type { Verdict } from '../rules/rule';
import { bounded } from '../rules/rule';
import { ALNUM, LOWER_ALNUM, URLSAFE, fake } from '../rules/sample';

const appSecret: Verdict = { rule: 'dropbox-app-secret', kind: 'secret', severity: 'high' };

export default defineProvider({
  slug: 'dropbox',
  name: 'Dropbox',
  category: 'cloud',
  domains: ['dropbox.com'],
  keysUrl: 'https://www.dropbox.com/developers/apps',
  canDo: 'Read, change and delete files the app can reach.',
  rules: [
    {
      id: 'dropbox-token',
      match: 'run',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      run: { min: 130, max: Infinity, test: (t, s) => t.startsWith('sl.', s - 3) || t.startsWith('sl.u.', s - 5) },
      pattern: bounded('sl\\.(?:u\\.)?[A-Za-z0-9_-]{130,1400}'),
      prefix: /^sl\.(?:u\.)?/,
      examples: { positive: [`Authorization: Bearer «sl.${fake(URLSAFE, 138, 125)}»`], negative: ['sl.short'] },
    },
    {
      id: 'dropbox-long-lived-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [64],
      pattern: /^[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43}$/,
      validate: (v) => /[a-z]/.test(v.slice(21)) && /[0-9]/.test(v.slice(21)),
      context: { words: ['dropbox'] },
      structured: true,
      examples: {
        positive: [
          `DROPBOX_ACCESS_TOKEN=«${fake(ALNUM, 11, 4140)}AAAAAAAAAA${fake(URLSAFE, 43, 4141)}»`,
          `dbx = dropbox.Dropbox("«${fake(ALNUM, 11, 4142)}AAAAAAAAAA${fake(URLSAFE, 43, 4143)}»")`,
        ],
        negative: [`token=${fake(ALNUM, 11, 4140)}AAAAAAAAAA${fake(URLSAFE, 43, 4141)}`, `DROPBOX_ACCESS_TOKEN=${fake(ALNUM, 64, 4144)}`],
      },
    },
    {
      id: 'dropbox-app-key',
      match: 'shape',
      kind: 'public',
      severity: 'info',
      confidence: 'medium',
      lengths: [15],
      pattern: /^[a-z0-9]{15}$/,
      validate: (v) => /[0-9]/.test(v) && /[a-z]/.test(v),
      context: { words: ['dropbox'], strict: true },
      classify: publicUnlessNamedSecret(appSecret),
      variants: ['dropbox-app-secret'],
      pair: { group: 'dropbox', role: 'public', secretVerdict: appSecret },
      examples: {
        positive: [
          `DROPBOX_APP_SECRET=«${fake(LOWER_ALNUM, 15, 4145)}»`,
          `dropbox:\n  app_key: ${fake(LOWER_ALNUM, 15, 4146)}\n  app_secret: «${fake(LOWER_ALNUM, 15, 4147)}»`,
        ],
        negative: [`DROPBOX_APP_KEY=${fake(LOWER_ALNUM, 15, 4148)}`, `dropbox folder ${fake(LOWER_ALNUM, 15, 4149)}`, `APP_SECRET=${fake(LOWER_ALNUM, 15, 4150)}`],
      },
    },
  ],
});

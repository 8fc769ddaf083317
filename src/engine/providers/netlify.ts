// Netlify: personal access tokens start nfp_. Older tokens had no prefix: 43 base64url
// characters (32 bytes), reported with the word netlify and a key-ish name.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'netlify',
  name: 'Netlify',
  category: 'cloud',
  domains: ['netlify.com', 'netlify.app'],
  keysUrl: 'https://app.netlify.com/user/applications',
  canDo: 'Deploy sites and read their settings and environment variables.',
  rules: [
    {
      id: 'netlify-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['nfp_'],
      pattern: bounded('nfp_[A-Za-z0-9]{36}'),
      prefix: /^nfp_/,
      examples: { positive: [`NETLIFY_AUTH_TOKEN=«nfp_${fake(ALNUM, 36, 123)}»`], negative: ['nfp_short'] },
    },
    {
      id: 'netlify-legacy-token',
      match: 'shape',
      kind: 'token',
      severity: 'critical',
      confidence: 'medium',
      lengths: [43],
      pattern: /^[A-Za-z0-9_-]{43}$/,
      validate: (v) => looksRandom(v.replace(/[_-]/g, '')),
      context: { words: ['netlify'], strict: true },
      examples: {
        positive: [`NETLIFY_AUTH_TOKEN=«${fake(URLSAFE, 43, 1190)}»`, `[netlify]\nauth_token = "«${fake(ALNUM, 43, 1191)}»"`],
        negative: [`netlify site ${fake(URLSAFE, 43, 1192)}`, `token: ${fake(URLSAFE, 43, 1193)}`],
      },
    },
  ],
});

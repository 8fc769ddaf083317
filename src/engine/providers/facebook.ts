// Facebook (Meta): user and page access tokens start EAA; app secrets are 32 hex and app access
// tokens are the app id, '|' and the secret or a token, both needing the word facebook nearby.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, DIGITS, HEX, URLSAFE, fake } from '../rules/sample';

// Short words such as 'fb' would also match inside hex values: only whole names here.
const WORDS = ['facebook', 'fb_app_secret', 'fb_secret', 'fb_access_token', 'fb_page_access_token', 'fb_token'];

export default defineProvider({
  slug: 'facebook',
  name: 'Facebook',
  category: 'messaging',
  domains: ['facebook.com', 'developers.facebook.com', 'meta.com'],
  keysUrl: 'https://developers.facebook.com/apps/',
  canDo: 'Act as the user, page or app on the Graph API: post, read messages and insights, run ads, by the token\'s permissions.',
  rules: [
    {
      id: 'facebook-access-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['EAA'],
      pattern: bounded('EAA[A-Za-z0-9]{90,400}'),
      prefix: /^EAA/,
      validate: (v) => looksRandom(v),
      examples: {
        positive: [`FB_PAGE_ACCESS_TOKEN=«EAAG${fake(ALNUM, 180, 2320)}»`, `https://graph.facebook.com/v19.0/me?access_token=«EAAB${fake(ALNUM, 120, 2321)}»`],
        negative: [`EAAG${fake(ALNUM, 40, 2322)}`, `EAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`],
      },
    },
    {
      id: 'facebook-app-secret',
      match: 'shape',
      kind: 'secret',
      severity: 'high',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[a-f0-9]{32}$/,
      context: { words: WORDS, strict: true },
      examples: {
        positive: [`FACEBOOK_APP_SECRET=«${fake(HEX, 32, 2323)}»`, `'facebook' => ['client_id' => '${fake(DIGITS, 15, 2324)}', 'client_secret' => '«${fake(HEX, 32, 2325)}»']`],
        negative: [`facebook pixel ${fake(HEX, 32, 2326)}`, `FACEBOOK_APP_SECRET=${fake(HEX, 30, 2327)}`],
      },
    },
    {
      id: 'facebook-app-access-token',
      match: 'run',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      // <app id>|<secret or token>: the part after '|' is the run the prefilter sees.
      run: { min: 27, max: 43, test: (t, s) => t[s - 1] === '|' && /[0-9]{15,16}$/.test(t.slice(Math.max(0, s - 17), s - 1)) },
      pattern: /(?<![A-Za-z0-9_+/-])([0-9]{15,16}\|[A-Za-z0-9_-]{27,43})(?![A-Za-z0-9_+/=-])/g,
      prefix: /^[0-9]+\|/,
      validate: (v) => looksRandom(v.slice(v.indexOf('|') + 1)) || /^[0-9]+\|[a-f0-9]{32}$/.test(v),
      context: { words: WORDS, label: true },
      examples: {
        positive: [`FB_APP_TOKEN=«${fake(DIGITS, 16, 2328)}|${fake(URLSAFE, 27, 2329)}»`, `curl "https://graph.facebook.com/debug_token?access_token=«${fake(DIGITS, 15, 2330)}|${fake(HEX, 32, 2331)}»"`],
        negative: [`row ${fake(DIGITS, 16, 2332)}|${fake(URLSAFE, 27, 2333)}`],
      },
    },
  ],
});

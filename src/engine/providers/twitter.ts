// X (Twitter): app credentials are an API key (25) and API secret (50); user credentials an
// access token (the user's numeric id, '-', 20–40 characters) and an access secret (45); none
// has a prefix, so each needs the word twitter and a key-ish name or its other half. App-only
// bearer tokens start with 22 'A's.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, DIGITS, fake } from '../rules/sample';

const WORDS = ['twitter'];
const apiKey = fake(ALNUM, 25, 3240);
const apiSecret = fake(ALNUM, 50, 3241);
const accessToken = `${fake(DIGITS, 19, 3242)}-${fake(ALNUM, 40, 3243)}`;
const accessSecret = fake(ALNUM, 45, 3244);

function shape(id: string, kind: 'public' | 'secret', length: number, group: string, positive: string, negative: string) {
  return {
    id, match: 'shape', kind, severity: kind === 'public' ? 'medium' : 'high', confidence: 'medium',
    lengths: [length], pattern: new RegExp(`^[A-Za-z0-9]{${length}}$`), validate: looksRandom,
    context: { words: WORDS, strict: true, pair: true }, pair: { group, role: kind },
    examples: { positive: [positive], negative: [negative, `consumer key ${fake(ALNUM, length, 3249)}`] },
  } as const;
}

export default defineProvider({
  slug: 'twitter',
  name: 'X (Twitter)',
  category: 'messaging',
  domains: ['x.com', 'twitter.com'],
  keysUrl: 'https://developer.x.com/en/portal/dashboard',
  canDo: 'Read and post as the account or the app within its permissions, including direct messages for user tokens.',
  rules: [
    shape('twitter-api-key', 'public', 25, 'twitter-app', `TWITTER_API_KEY=«${apiKey}»\nTWITTER_API_SECRET=${apiSecret}`, `twitter post id ${apiKey}`),
    shape('twitter-api-secret', 'secret', 50, 'twitter-app', `TWITTER_API_KEY=${apiKey}\nTWITTER_API_SECRET=«${apiSecret}»`, `twitter media ${apiSecret}`),
    {
      id: 'twitter-access-token',
      match: 'run',
      kind: 'public',
      severity: 'medium',
      confidence: 'medium',
      // The user's numeric id, a dash, then the token body.
      run: {
        min: 22, max: 61,
        test: (t, s, e) => {
          let i = s;
          while (i < e && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) i++;
          return i > s && i - s <= 20 && t.charCodeAt(i) === 45;
        },
      },
      pattern: /(?<![A-Za-z0-9_+/-])([0-9]{1,20}-[A-Za-z0-9]{20,40})(?![A-Za-z0-9_+/=-])/g,
      prefix: /^[0-9]+-/,
      validate: (v) => looksRandom(v.slice(v.indexOf('-') + 1)),
      context: { words: WORDS, strict: true, pair: true },
      pair: { group: 'twitter-user', role: 'public' },
      examples: {
        positive: [`twitter:\n  access_token: «${accessToken}»\n  access_token_secret: ${accessSecret}`],
        negative: [`twitter build 2024-${fake(ALNUM, 40, 3245)}`, `access_token: ${accessToken}`],
      },
    },
    shape('twitter-access-secret', 'secret', 45, 'twitter-user', `twitter:\n  access_token: ${accessToken}\n  access_token_secret: «${accessSecret}»`, `twitter trace ${accessSecret}`),
    {
      id: 'twitter-bearer-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['AAAAAAAAAAAAAAAAAAAAA'],
      pattern: bounded('A{22}[A-Za-z0-9%]{80,100}'),
      // The part after the 'A's encodes the app (more 'A's, then random bytes): public structure.
      prefix: /^A{22}(?:[A-Za-z0-9]{1,10}A{6,20})?/,
      validate: (v) => looksRandom(v.slice(22)),
      examples: {
        positive: [
          `curl "https://api.x.com/2/tweets/search/recent?query=btc" -H "Authorization: Bearer «${'A'.repeat(22)}${fake(ALNUM, 30, 3246)}%3D${fake(ALNUM, 56, 3247)}»"`,
          `TWITTER_BEARER_TOKEN=«${'A'.repeat(22)}Kq3x${'A'.repeat(8)}${fake(ALNUM, 20, 3250)}%2B${fake(ALNUM, 50, 3251)}»`,
        ],
        negative: [`${'A'.repeat(120)}`, `${'A'.repeat(22)}${fake(ALNUM, 40, 3248)}`],
      },
    },
  ],
});

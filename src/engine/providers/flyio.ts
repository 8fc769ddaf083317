// Fly.io: org and deploy tokens are macaroons (fm1a_, fm1r_, fm2_ and base64, often several
// joined by commas after "FlyV1 "); older personal tokens are fo1_ and 43 characters.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { B64, URLSAFE, fake } from '../rules/sample';
import { bounded } from '../rules/rule';

export default defineProvider({
  slug: 'flyio',
  name: 'Fly.io',
  category: 'cloud',
  domains: ['fly.io'],
  keysUrl: 'https://fly.io/dashboard/personal/tokens',
  canDo: 'Deploy and destroy the organisation\'s apps and machines and set their secrets, within the token\'s scope.',
  rules: [
    {
      id: 'flyio-access-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['fo1_', 'fm1a_', 'fm1r_', 'fm2_'],
      pattern: bounded('fo1_[A-Za-z0-9_-]{43}|fm1[ar]_[A-Za-z0-9+/]{100,3000}={0,3}|fm2_[A-Za-z0-9+/]{100,3000}={0,3}'),
      prefix: /^f(?:o1|m1[ar]|m2)_/,
      validate: (v) => looksRandom(v.slice(v.indexOf('_') + 1)),
      examples: {
        positive: [
          `FLY_API_TOKEN="FlyV1 «fm2_${fake(B64, 240, 2420)}»,fm2_${fake(B64, 180, 2421)}"`,
          `flyctl deploy --access-token «fo1_${fake(URLSAFE, 43, 2422)}»`,
        ],
        negative: ['fo1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `fm2_${fake(B64, 60, 2423)}`],
      },
    },
  ],
});

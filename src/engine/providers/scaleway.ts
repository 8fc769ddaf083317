// Scaleway: access keys are SCW and 17 upper-case letters and digits; secret keys are UUIDs and
// need the word scaleway (or SCW_ names) and a key-ish name, or the access key nearby.

import { UUID } from '../rules/common';
import { defineProvider } from '../rules/define';
import { fake, fakeUuid } from '../rules/sample';
import { bounded } from '../rules/rule';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export default defineProvider({
  slug: 'scaleway',
  name: 'Scaleway',
  category: 'cloud',
  domains: ['scaleway.com', 'console.scaleway.com'],
  keysUrl: 'https://console.scaleway.com/iam/api-keys',
  canDo: 'With the secret key: manage the organisation\'s instances, storage and databases, by the key\'s IAM policies.',
  rules: [
    {
      id: 'scaleway-access-key',
      match: 'keyword',
      kind: 'public',
      severity: 'medium',
      confidence: 'high',
      keywords: ['SCW'],
      pattern: bounded('SCW[A-Z0-9]{17}'),
      prefix: /^SCW/,
      validate: (v) => /[0-9]/.test(v.slice(3)) && /[A-Z]/.test(v.slice(3)),
      pair: { group: 'scaleway', role: 'public' },
      examples: {
        positive: [`SCW_ACCESS_KEY=«SCW${fake(UPPER, 17, 2940)}»`],
        negative: ['SCW_ACCESS_KEY=SCWXXXXXXXXXXXXXXXXX', 'SCWCONFIGURATIONFILES'],
      },
    },
    {
      id: 'scaleway-secret-key',
      match: 'shape',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      lengths: [36],
      pattern: UUID,
      context: { words: ['scaleway', 'scw'], strict: true },
      pair: { group: 'scaleway', role: 'secret' },
      examples: {
        positive: [`SCW_SECRET_KEY=«${fakeUuid(2941)}»`, `access_key = "SCW${fake(UPPER, 17, 2942)}"\nsecret_key = "«${fakeUuid(2943)}»"`],
        negative: [`SCW_DEFAULT_PROJECT_ID=${fakeUuid(2944)}`, `scaleway instance ${fakeUuid(2945)}`],
      },
    },
  ],
});

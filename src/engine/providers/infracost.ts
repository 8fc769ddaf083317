// Infracost: API keys are ico- and 32 letters and digits.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'infracost',
  name: 'Infracost',
  category: 'cloud',
  domains: ['infracost.io', 'dashboard.infracost.io'],
  keysUrl: 'https://dashboard.infracost.io/',
  canDo: 'Use the organisation\'s Infracost account: read its cost estimates and post results to its repositories\' pull requests.',
  rules: [
    {
      id: 'infracost-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'medium',
      confidence: 'high',
      keywords: ['ico-'],
      pattern: bounded('ico-[A-Za-z0-9]{32}'),
      prefix: /^ico-/,
      validate: (v) => looksRandom(v.slice(4)),
      examples: {
        positive: [`INFRACOST_API_KEY=«ico-${fake(ALNUM, 32, 2510)}»`, `infracost configure set api_key «ico-${fake(ALNUM, 32, 2511)}»`],
        negative: ['ico-AddressBookContactsListIconLarge', `ico-${fake(ALNUM, 20, 2512)}`],
      },
    },
  ],
});

// Xata: API keys are xau_ and a random body of letters and digits.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'xata',
  name: 'Xata',
  category: 'cloud',
  domains: ['xata.io', 'app.xata.io', 'xata.sh'],
  keysUrl: 'https://app.xata.io/settings',
  canDo: 'Read, write and delete the workspaces\' databases and branches as the user.',
  rules: [
    {
      id: 'xata-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['xau_'],
      pattern: bounded('xau_[A-Za-z0-9]{30,40}'),
      prefix: /^xau_/,
      validate: (v) => looksRandom(v.slice(4)),
      examples: {
        positive: [`XATA_API_KEY=«xau_${fake(ALNUM, 33, 2190)}»`, `const xata = new XataClient({ apiKey: '«xau_${fake(ALNUM, 33, 2191)}»' });`],
        negative: ['XATA_API_KEY=xau_*********************************', `xau_${fake(ALNUM, 12, 2192)}`],
      },
    },
  ],
});

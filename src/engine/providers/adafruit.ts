// Adafruit IO: keys are aio_ and 28 random letters and digits.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'adafruit',
  name: 'Adafruit IO',
  category: 'cloud',
  domains: ['adafruit.com', 'io.adafruit.com'],
  keysUrl: 'https://io.adafruit.com/',
  canDo: 'Read and write the account\'s feeds and dashboards, and so drive the devices that listen to them.',
  rules: [
    {
      id: 'adafruit-io-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['aio_'],
      pattern: bounded('aio_[A-Za-z0-9]{28}'),
      prefix: /^aio_/,
      validate: (v) => looksRandom(v.slice(4)),
      examples: {
        positive: [`ADAFRUIT_IO_KEY = "«aio_${fake(ALNUM, 28, 2020)}»"`, `aio = Client('maker', '«aio_${fake(ALNUM, 28, 2021)}»')`],
        negative: ['aio_getEventLoopPolicyForTheWorker', `aio_${fake(ALNUM, 20, 2022)}`],
      },
    },
  ],
});

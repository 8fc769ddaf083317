// crates.io: API tokens are cio and 32 alphanumerics.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'crates-io',
  name: 'crates.io',
  category: 'code',
  domains: ['crates.io'],
  keysUrl: 'https://crates.io/settings/tokens',
  canDo: 'Publish new versions of the owner\'s crates (a supply-chain attack on everyone who depends on them) and yank them.',
  rules: [
    {
      id: 'crates-io-api-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['cio'],
      pattern: bounded('cio[A-Za-z0-9]{32}'),
      prefix: /^cio/,
      validate: (v) => looksRandom(v.slice(3)),
      examples: {
        positive: [`CARGO_REGISTRY_TOKEN=«cio${fake(ALNUM, 32, 3790)}»`, `cargo login «cio${fake(ALNUM, 32, 3791)}»`],
        negative: [`cio${fake(ALNUM, 31, 3792)}`, 'cioConfigurationLoaderForTheServices'],
      },
    },
  ],
});

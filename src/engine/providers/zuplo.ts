// Zuplo: API keys its gateways issue to their consumers are zpka_, 32 letters and digits, '_' and
// a checksum (Zuplo's leak-detection docs: zpka_<random>_<checksum>), CRC32 of the random part
// in hex, so a lookalike fails offline.

import { hasHexCrcOfBody } from '../rules/checksums';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { LOWER_ALNUM, fake } from '../rules/sample';
import { crc32 } from '../crc32';

const key = (seed: number): string => {
  const body = fake(LOWER_ALNUM, 32, seed);
  return `zpka_${body}_${crc32(body).toString(16).padStart(8, '0')}`;
};

export default defineProvider({
  slug: 'zuplo',
  name: 'Zuplo',
  category: 'cloud',
  domains: ['zuplo.com'],
  noKeysUrl: 'The key belongs to a consumer of an API served through Zuplo: roll it in that API\'s developer portal, or the API\'s owner rolls it in the Zuplo portal.',
  canDo: 'Call the API behind the Zuplo gateway as the key\'s consumer, within its plan and limits.',
  rules: [
    {
      id: 'zuplo-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['zpka_'],
      pattern: bounded('zpka_[A-Za-z0-9]{32}_[a-f0-9]{8}'),
      prefix: /^zpka_/,
      validate: (v) => hasHexCrcOfBody(`${v.slice(0, 37)}${v.slice(38)}`, 5, 32),
      examples: {
        positive: [`curl https://api.example.org/v1/orders -H "Authorization: Bearer «${key(7330)}»"`, `ZUPLO_API_KEY=«${key(7331)}»`],
        negative: [`zpka_${fake(LOWER_ALNUM, 32, 7332)}_0badc0de`, 'zpka_short_12345678'],
      },
    },
  ],
});

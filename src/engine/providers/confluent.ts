// Confluent Cloud: API keys are 16 upper-case letters and digits, their secrets 64 characters;
// neither has a prefix, so each needs the word confluent (or the other half) and a key-ish name.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { ALNUM, fake } from '../rules/sample';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const B64ISH = ALNUM + '+/';

export default defineProvider({
  slug: 'confluent',
  name: 'Confluent Cloud',
  category: 'cloud',
  domains: ['confluent.cloud', 'confluent.io'],
  keysUrl: 'https://confluent.cloud/settings/api-keys',
  canDo: 'With its key: read and write the cluster\'s Kafka topics, or manage the organisation for cloud keys.',
  rules: [
    {
      id: 'confluent-api-key',
      match: 'shape',
      kind: 'public',
      severity: 'medium',
      confidence: 'medium',
      lengths: [16],
      pattern: /^[A-Z0-9]{16}$/,
      validate: (v) => /[0-9]/.test(v) && /[A-Z]/.test(v),
      context: { words: ['confluent', 'kafka'], strict: true },
      pair: { group: 'confluent', role: 'public' },
      examples: {
        positive: [`CONFLUENT_CLOUD_API_KEY=«${fake(UPPER, 16, 2220)}»`],
        negative: [`confluent cluster id ${fake(UPPER, 16, 2221)}`, `CONFLUENT_API_KEY=${fake(UPPER, 12, 2222)}`],
      },
    },
    {
      id: 'confluent-api-secret',
      match: 'shape',
      kind: 'secret',
      severity: 'high',
      confidence: 'medium',
      lengths: [64],
      pattern: /^[A-Za-z0-9+/]{64}$/,
      validate: looksRandom,
      context: { words: ['confluent', 'kafka'], strict: true },
      pair: { group: 'confluent', role: 'secret' },
      examples: {
        positive: [
          `CONFLUENT_CLOUD_API_SECRET=«${fake(B64ISH, 64, 2223)}»`,
          `sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${fake(UPPER, 16, 2224)}" password="«${fake(B64ISH, 64, 2225)}»";`,
        ],
        negative: [`confluent schema fingerprint ${fake(B64ISH, 64, 2226)}`, `CONFLUENT_API_SECRET=${fake(B64ISH, 60, 2227)}`],
      },
    },
  ],
});

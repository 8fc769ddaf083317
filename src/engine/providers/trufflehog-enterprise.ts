// TruffleHog Enterprise: the API is called with an X-Thog-Key (thog-key- and 16 hex) and an
// X-Thog-Secret (thog-secret- and 32 hex) on the organisation's own host under trufflehog.org
// (TruffleHog's trufflehogenterprise detector, pkg/detectors/trufflehogenterprise).

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

const key = (seed: number): string => `thog-key-${fake(HEX, 16, seed)}`;
const secret = (seed: number): string => `thog-secret-${fake(HEX, 32, seed)}`;

export default defineProvider({
  slug: 'trufflehog-enterprise',
  name: 'TruffleHog Enterprise',
  category: 'code',
  domains: ['trufflehog.org', 'trufflesecurity.com'],
  noKeysUrl: 'API keys belong to the organisation\'s TruffleHog Enterprise instance: revoke and create them in its settings.',
  canDo: 'Call the organisation\'s TruffleHog Enterprise API: read and change its scan sources and read what the scans found, which is other secrets.',
  rules: [
    {
      id: 'trufflehog-enterprise-secret',
      match: 'keyword',
      kind: 'secret',
      severity: 'high',
      confidence: 'high',
      keywords: ['thog-secret-'],
      pattern: bounded('thog-secret-[0-9a-f]{32}'),
      prefix: /^thog-secret-/,
      pair: { group: 'trufflehog-enterprise', role: 'secret' },
      examples: {
        positive: [`THOG_KEY=${key(9750)}\nTHOG_SECRET=«${secret(9751)}»`, `curl -H "X-Thog-Key: ${key(9752)}" -H "X-Thog-Secret: «${secret(9753)}»" https://acme.trufflehog.org/api/v1/sources`],
        negative: [`thog-secret-${fake(HEX, 24, 9754)}`],
      },
    },
    {
      id: 'trufflehog-enterprise-key',
      match: 'keyword',
      kind: 'public',
      severity: 'medium',
      confidence: 'high',
      keywords: ['thog-key-'],
      pattern: bounded('thog-key-[0-9a-f]{16}'),
      prefix: /^thog-key-/,
      pair: { group: 'trufflehog-enterprise', role: 'public' },
      examples: {
        positive: [`THOG_KEY=«${key(9755)}»\nTHOG_SECRET=${secret(9756)}`],
        negative: [`thog-key-${fake(HEX, 12, 9757)}`],
      },
    },
  ],
});

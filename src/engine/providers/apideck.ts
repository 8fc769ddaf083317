// Apideck (unified APIs over accounting, CRM, HR… connectors): API keys are sk_live_ and 93
// characters of [A-Za-z0-9-] (trufflehog's apideck detector), sent as a Bearer token with the
// x-apideck-app-id header. Stripe uses the same literal with alphanumeric bodies, so a key with a
// '-' in its body is Apideck's by shape; one without is Apideck's only when Apideck is named
// nearby (scan.ts prefers the provider named nearby between formats sharing a literal).

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

const WORDS = ['apideck'];
const body = (seed: number): string => `${fake(ALNUM, 40, seed)}-${fake(ALNUM, 52, seed + 1)}`;

export default defineProvider({
  slug: 'apideck',
  name: 'Apideck',
  category: 'cloud',
  domains: ['apideck.com'],
  keysUrl: 'https://platform.apideck.com/',
  keysPath: 'Dashboard → API Keys',
  canDo: 'Read and change the data of every integration the app\'s customers connected (accounting, CRM, HR, file storage…).',
  rules: [
    {
      id: 'apideck-api-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: ['sk_live_'],
      pattern: bounded('sk_live_[A-Za-z0-9-]{93}'),
      prefix: /^sk_live_/,
      classify: (h) => (h.value.includes('-', 8) || h.near(WORDS) ? {} : null),
      examples: {
        positive: [
          `-H "Authorization: Bearer «sk_live_${body(1301)}»"`,
          `APIDECK_API_KEY=«sk_live_${fake(ALNUM, 93, 1303)}»\nAPIDECK_APP_ID=${fake(ALNUM, 40, 1304)}`,
        ],
        negative: [`sk_live_${body(1305).slice(0, 80)}`, `sk_live_${'-'.repeat(93)}`],
      },
    },
  ],
});

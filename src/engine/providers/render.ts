// Render: API keys are rnd_ and a random body of letters and digits.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'render',
  name: 'Render',
  category: 'cloud',
  domains: ['render.com', 'dashboard.render.com'],
  keysUrl: 'https://dashboard.render.com/u/settings#api-keys',
  canDo: 'Deploy, suspend and delete the account\'s services and databases, and read their environment variables.',
  rules: [
    {
      id: 'render-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['rnd_'],
      pattern: bounded('rnd_[A-Za-z0-9]{24,48}'),
      prefix: /^rnd_/,
      validate: (v) => looksRandom(v.slice(4)),
      examples: {
        positive: [`RENDER_API_KEY=«rnd_${fake(ALNUM, 28, 2900)}»`, `curl -H "Authorization: Bearer «rnd_${fake(ALNUM, 32, 2901)}»" https://api.render.com/v1/services`],
        negative: ['RENDER_API_KEY=rnd_xxxxxxxxxxxxxxxxxxxxxxxxxx', `rnd_${fake(ALNUM, 16, 2902)}`, 'rnd_generateUniformSampleBatchSize'],
      },
    },
  ],
});

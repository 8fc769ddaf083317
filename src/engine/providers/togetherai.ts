// Together AI: API keys are tgp_v1_ and 43 characters; older keys are 64 hex with no prefix and
// need a Together name (TOGETHER_API_KEY, together.ai) and a key-ish name.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'togetherai',
  name: 'Together AI',
  category: 'ai',
  domains: ['together.ai', 'together.xyz', 'api.together.xyz'],
  keysUrl: 'https://api.together.ai/settings/api-keys',
  canDo: 'Run paid inference and fine-tuning jobs on the owner\'s account and read its files and models.',
  rules: [
    {
      id: 'togetherai-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['tgp_v1_'],
      pattern: bounded('tgp_v1_[A-Za-z0-9_-]{43}'),
      prefix: /^tgp_v1_/,
      examples: {
        positive: [`TOGETHER_API_KEY=«tgp_v1_${fake(URLSAFE, 43, 2760)}»`, `client = Together(api_key="«tgp_v1_${fake(URLSAFE, 43, 2761)}»")`],
        negative: [`tgp_v1_${fake(URLSAFE, 30, 2762)}`],
      },
    },
    {
      id: 'togetherai-legacy-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [64],
      pattern: /^[a-f0-9]{64}$/,
      // 'together' alone is an everyday word.
      context: { words: ['togetherai', 'together_api_key', 'together_ai', 'together.ai', 'together.xyz'], strict: true },
      examples: {
        positive: [`TOGETHER_API_KEY=«${fake(HEX, 64, 2763)}»`],
        negative: [`put together a sha256 key: ${fake(HEX, 64, 2764)}`],
      },
    },
  ],
});

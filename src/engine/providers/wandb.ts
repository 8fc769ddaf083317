// Weights & Biases: API keys are 40 hex with no prefix; the word wandb and a key-ish name are
// needed.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'wandb',
  name: 'Weights & Biases',
  category: 'ai',
  domains: ['wandb.ai'],
  keysUrl: 'https://wandb.ai/authorize',
  canDo: 'Read and change the user\'s experiments, models and datasets, and log new runs as them.',
  rules: [
    {
      id: 'wandb-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [40],
      pattern: /^[a-f0-9]{40}$/,
      context: { words: ['wandb'], strict: true },
      examples: {
        positive: [`WANDB_API_KEY=«${fake(HEX, 40, 2770)}»`, `machine api.wandb.ai\n  login user\n  password «${fake(HEX, 40, 2771)}»`],
        negative: [`wandb run commit ${fake(HEX, 40, 2772)}`, `WANDB_API_KEY=${fake(HEX, 32, 2773)}`],
      },
    },
  ],
});

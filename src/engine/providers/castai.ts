// CAST AI: API keys are castai_v1_, 64 characters, '_' and an 8-character suffix.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'castai',
  name: 'CAST AI',
  category: 'cloud',
  domains: ['cast.ai', 'console.cast.ai'],
  keysUrl: 'https://console.cast.ai/',
  canDo: 'Manage the connected Kubernetes clusters: add and remove nodes and change autoscaling, depending on the key\'s access.',
  rules: [
    {
      id: 'castai-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['castai_v1_'],
      pattern: bounded('castai_v1_[A-Za-z0-9]{64}_[A-Za-z0-9]{8}'),
      prefix: /^castai_v1_/,
      examples: {
        positive: [`CASTAI_API_TOKEN=«castai_v1_${fake(HEX, 64, 2130)}_${fake(HEX, 8, 2131)}»`, `castai:\n  apiKey: «castai_v1_${fake(HEX, 64, 2132)}_${fake(HEX, 8, 2133)}»`],
        negative: [`castai_v1_${fake(HEX, 64, 2134)}`, `test_v1_${fake(HEX, 64, 2135)}_${fake(HEX, 8, 2136)}`],
      },
    },
  ],
});

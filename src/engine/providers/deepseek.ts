// DeepSeek: API keys are sk- and 32 lower-case letters and digits. Other services use sk- too,
// so the word deepseek must be near.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'deepseek',
  name: 'DeepSeek',
  category: 'ai',
  domains: ['deepseek.com', 'platform.deepseek.com'],
  keysUrl: 'https://platform.deepseek.com/api_keys',
  canDo: 'Run paid model requests on the owner\'s balance.',
  rules: [
    {
      id: 'deepseek-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [35],
      pattern: /^sk-[a-z0-9]{32}$/,
      prefix: /^sk-/,
      validate: (v) => /[0-9]/.test(v.slice(3)) && /[a-z]/.test(v.slice(3)),
      context: { words: ['deepseek'] },
      examples: {
        positive: [`DEEPSEEK_API_KEY=«sk-${fake(HEX, 32, 2710)}»`, `client = OpenAI(api_key="«sk-${fake(HEX, 32, 2711)}»", base_url="https://api.deepseek.com")`],
        negative: [`sk-${fake(HEX, 32, 2712)}`, `DEEPSEEK_API_KEY=sk-${fake(HEX, 24, 2713)}`],
      },
    },
  ],
});

// Moonshot AI (Kimi): API keys are sk- and 48 letters and digits (the shape Kingfisher's and
// betterleaks' kimi rules state; platform.moonshot.ai issues them). Other services use sk- too
// (OpenAI's legacy keys, which carry T3BlbkFJ, are the same length), so the word moonshot or kimi
// must be near.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'moonshot',
  name: 'Moonshot AI (Kimi)',
  category: 'ai',
  domains: ['moonshot.ai', 'moonshot.cn', 'kimi.com'],
  keysUrl: 'https://platform.moonshot.ai/console/api-keys',
  canDo: 'Run paid Kimi model requests on the owner\'s balance and read its files.',
  rules: [
    {
      id: 'moonshot-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [51],
      pattern: /^sk-[A-Za-z0-9]{48}$/,
      prefix: /^sk-/,
      validate: (v) => looksRandom(v.slice(3)) && !v.includes('T3BlbkFJ'),
      context: { words: ['moonshot', 'kimi'] },
      examples: {
        positive: [`MOONSHOT_API_KEY=«sk-${fake(ALNUM, 48, 7530)}»`, `client = OpenAI(api_key="«sk-${fake(ALNUM, 48, 7531)}»", base_url="https://api.moonshot.ai/v1")`],
        negative: [`sk-${fake(ALNUM, 48, 7532)}`, `KIMI_API_KEY=sk-${fake(ALNUM, 40, 7533)}`],
      },
    },
  ],
});

// Hack Club AI: API keys are sk-hc-v1- and 64 hex characters (the key format in hackclub/ai's own
// source, src/routes/api.tsx); they spend the proxy's model quota.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'hackclub',
  name: 'Hack Club AI',
  category: 'ai',
  domains: ['hackclub.com'],
  keysUrl: 'https://ai.hackclub.com/',
  canDo: 'Run model requests through Hack Club\'s AI proxy on the owner\'s quota.',
  rules: [
    {
      id: 'hackclub-ai-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'medium',
      confidence: 'high',
      keywords: ['sk-hc-v1-'],
      pattern: bounded('sk-hc-v1-[a-f0-9]{64}'),
      prefix: /^sk-hc-v1-/,
      validate: (v) => /[a-f]/.test(v.slice(9)) && /[0-9]/.test(v.slice(9)),
      examples: {
        positive: [`HACKCLUB_API_KEY=«sk-hc-v1-${fake(HEX, 64, 7510)}»`, `client = OpenAI(base_url="https://ai.hackclub.com/proxy/v1", api_key="«sk-hc-v1-${fake(HEX, 64, 7511)}»")`],
        negative: [`sk-hc-v1-${fake(HEX, 60, 7512)}`, `sk-hc-v1-${'0'.repeat(64)}`],
      },
    },
  ],
});

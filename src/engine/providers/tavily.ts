// Tavily (search API for agents): keys are tvly-, optionally dev- or prod-, and a random body.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'tavily',
  name: 'Tavily',
  category: 'ai',
  domains: ['tavily.com', 'app.tavily.com'],
  keysUrl: 'https://app.tavily.com/home',
  canDo: 'Run web searches on the owner\'s plan and read its usage.',
  rules: [
    {
      id: 'tavily-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'medium',
      confidence: 'high',
      keywords: ['tvly-'],
      pattern: bounded('tvly-(?:dev-|prod-)?[A-Za-z0-9]{20,40}'),
      prefix: /^tvly-(?:dev-|prod-)?/,
      validate: (v) => looksRandom(v.slice(v.lastIndexOf('-') + 1)),
      examples: {
        positive: [`TAVILY_API_KEY=«tvly-${fake(ALNUM, 32, 2780)}»`, `client = TavilyClient(api_key="«tvly-dev-${fake(ALNUM, 32, 2781)}»")`],
        negative: ['TAVILY_API_KEY=tvly-your-api-key', `tvly-${fake(ALNUM, 12, 2782)}`],
      },
    },
  ],
});

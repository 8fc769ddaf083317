// The Graph: gateway API keys are 32 hex characters, usually inside the query URL
// (https://gateway.thegraph.com/api/<key>/subgraphs/id/<id>); bare keys need The Graph's name.

import { defineProvider } from '../rules/define';
import { ALNUM, HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'thegraph',
  name: 'The Graph',
  category: 'cloud',
  domains: ['thegraph.com'],
  keysUrl: 'https://thegraph.com/studio/apikeys/',
  canDo: 'Query subgraphs through the gateway on the owner\'s billing balance.',
  rules: [
    {
      id: 'thegraph-gateway-key',
      match: 'keyword',
      kind: 'token',
      severity: 'medium',
      confidence: 'high',
      keywords: ['thegraph.com/api/'],
      pattern: /thegraph\.com\/api\/([a-f0-9]{32})(?![A-Za-z0-9_-])/g,
      examples: {
        positive: [`const ENDPOINT = "https://gateway.thegraph.com/api/«${fake(HEX, 32, 3490)}»/subgraphs/id/${fake(ALNUM, 44, 3494)}";`],
        negative: ['https://gateway.thegraph.com/api/${API_KEY}/subgraphs/id/abc', 'https://gateway.thegraph.com/api/[api-key]/subgraphs/id/abc'],
      },
    },
    {
      id: 'thegraph-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'medium',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[a-f0-9]{32}$/,
      context: { words: ['thegraph', 'the-graph', 'the_graph', 'subgraph'], strict: true },
      examples: {
        positive: [`THE_GRAPH_API_KEY=«${fake(HEX, 32, 3491)}»`],
        negative: [`subgraph deployment ${fake(HEX, 32, 3492)}`, `GRAPH_API_KEY=${fake(HEX, 32, 3493)}`],
      },
    },
  ],
});

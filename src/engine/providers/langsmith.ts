// LangSmith (LangChain): personal tokens are lsv2_pt_ and service keys lsv2_sk_, then 32
// lower-case hex characters, '_' and a 10-hex suffix.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

const key = (type: string, seed: number): string => `lsv2_${type}_${fake(HEX, 32, seed)}_${fake(HEX, 10, seed + 1)}`;

export default defineProvider({
  slug: 'langsmith',
  name: 'LangSmith',
  category: 'ai',
  domains: ['langchain.com', 'smith.langchain.com'],
  keysUrl: 'https://smith.langchain.com/settings',
  canDo: 'Read the workspace\'s traced prompts, responses and datasets, and write new runs, by the key\'s role.',
  rules: [
    {
      id: 'langsmith-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['lsv2_pt_', 'lsv2_sk_'],
      pattern: bounded('lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}'),
      prefix: /^lsv2_(?:pt|sk)_/,
      examples: {
        positive: [`LANGCHAIN_API_KEY=«${key('pt', 2550)}»`, `os.environ["LANGSMITH_API_KEY"] = "«${key('sk', 2552)}»"`],
        negative: [`LANGCHAIN_API_KEY=ls__${fake(HEX, 32, 2554)}`, `lsv2_pt_${fake(HEX, 20, 4224)}xyz${fake(HEX, 9, 4225)}_${fake(HEX, 10, 4226)}`, `lsv2_xx_${fake(HEX, 32, 2555)}_${fake(HEX, 10, 2556)}`],
      },
    },
  ],
});

// Langfuse (LLM tracing and evaluation): a project's API keys are a pair, a public key pk-lf- and a
// secret key sk-lf-, each followed by a UUID (Langfuse's docs and SDK READMEs name them
// LANGFUSE_PUBLIC_KEY=pk-lf-… and LANGFUSE_SECRET_KEY=sk-lf-…; TruffleHog's langfuse detector reads
// the UUID). The secret key with its public key reads and writes every trace, prompt and dataset
// of the project; the public key alone is not reported.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { fakeUuid } from '../rules/sample';

const UUID_CORE = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export default defineProvider({
  slug: 'langfuse',
  name: 'Langfuse',
  category: 'ai',
  domains: ['langfuse.com', 'cloud.langfuse.com'],
  keysUrl: 'https://cloud.langfuse.com/',
  keysPath: 'Project → Settings → API Keys',
  canDo: 'Read and write the project\'s traces, prompts, datasets and scores, which often hold users\' prompts and the model\'s answers.',
  rules: [
    {
      id: 'langfuse-secret-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'high',
      confidence: 'high',
      keywords: ['sk-lf-'],
      pattern: bounded(`sk-lf-${UUID_CORE}`),
      prefix: /^sk-lf-/,
      examples: {
        positive: [
          `LANGFUSE_SECRET_KEY=«sk-lf-${fakeUuid(9482)}»`,
          `langfuse = Langfuse(public_key="pk-lf-${fakeUuid(9483)}", secret_key="«sk-lf-${fakeUuid(9484)}»")`,
        ],
        negative: [`LANGFUSE_PUBLIC_KEY=pk-lf-${fakeUuid(9485)}`, 'LANGFUSE_SECRET_KEY=sk-lf-...', 'sk-lf-1234-5678'],
      },
    },
  ],
});

// NVIDIA (NGC and build.nvidia.com): API keys are nvapi- and 64 characters.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'nvidia',
  name: 'NVIDIA NGC',
  category: 'ai',
  domains: ['nvidia.com', 'ngc.nvidia.com', 'build.nvidia.com'],
  keysUrl: 'https://org.ngc.nvidia.com/setup/api-keys',
  canDo: 'Call hosted models on the account\'s credits and pull or push the organisation\'s private containers and models.',
  rules: [
    {
      id: 'nvidia-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['nvapi-'],
      pattern: bounded('nvapi-[A-Za-z0-9_-]{64}'),
      prefix: /^nvapi-/,
      examples: {
        positive: [`NVIDIA_API_KEY=«nvapi-${fake(URLSAFE, 64, 2790)}»`, `docker login nvcr.io -u '$oauthtoken' -p «nvapi-${fake(URLSAFE, 64, 2791)}»`],
        negative: [`nvapi-${fake(URLSAFE, 40, 2792)}`],
      },
    },
  ],
});

// Pixie (Kubernetes observability, hosted as Pixie Cloud by New Relic): API keys are px-api- and
// deploy keys px-dep-, each followed by a UUID.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { fakeUuid } from '../rules/sample';

export default defineProvider({
  slug: 'pixie',
  name: 'Pixie',
  category: 'code',
  domains: ['px.dev', 'withpixie.ai'],
  keysUrl: 'https://work.withpixie.ai/admin/keys/api',
  canDo: 'API keys query the live data of the organisation\'s monitored clusters (requests, payloads, databases); deploy keys install Pixie into new clusters of the organisation.',
  rules: [
    {
      id: 'pixie-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['px-api-', 'px-dep-'],
      pattern: bounded('px-(?:api|dep)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
      prefix: /^px-(?:api|dep)-/,
      examples: {
        positive: [`export PX_API_KEY=«px-api-${fakeUuid(7132)}»`, `px deploy --deploy_key «px-dep-${fakeUuid(7133)}»`],
        negative: ['px-api-a1b2c3d4-e5f6-g7h8-i9j0-k1l2m3n4o5p6', `px-api-${fakeUuid(7134).slice(0, 30)}`],
      },
    },
  ],
});

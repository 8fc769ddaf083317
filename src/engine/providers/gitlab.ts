// GitLab: personal, pipeline-trigger, runner, deploy, feed and OAuth tokens share one family of
// prefixes; only personal access tokens act fully as the user.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'gitlab',
  name: 'GitLab',
  category: 'code',
  domains: ['gitlab.com'],
  keysUrl: 'https://gitlab.com/-/user_settings/personal_access_tokens',
  canDo: 'Act as the user on GitLab within the token\'s scopes: read and push code, run pipelines.',
  rules: [
    {
      id: 'gitlab-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['glpat-', 'glptt-', 'glrt-', 'gldt-', 'glft-', 'glsoat-'],
      pattern: bounded('gl(?:pat|ptt|rt|dt|ft|soat)-[A-Za-z0-9_-]{20,64}(?:\\.[0-9a-z]{2}\\.[0-9a-z]{9})?'),
      prefix: /^gl[a-z]+-/,
      classify: (h) => (h.value.startsWith('glpat-') ? {} : { severity: 'high' }),
      examples: {
        positive: [`private-token: «glpat-${fake(URLSAFE, 20, 6)}»`, `«glptt-${fake(HEX, 40, 7)}»`],
        negative: ['glpat-short', 'glpat-xxxxxxxxxxxxxxxxxxxx'],
      },
    },
  ],
});

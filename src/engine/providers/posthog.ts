// PostHog: project API keys (phc_ and 43 characters) are meant for browsers and only send
// events; personal API keys (phx_) read and change the organization's data.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'posthog',
  name: 'PostHog',
  category: 'other',
  domains: ['posthog.com'],
  keysUrl: 'https://us.posthog.com/settings/user-api-keys',
  canDo: 'Personal API keys: read analytics, recordings and persons (personal data) and change projects. Project keys only send events.',
  rules: [
    {
      id: 'posthog-personal-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['phx_', 'phc_'],
      pattern: bounded('ph[xc]_[A-Za-z0-9_]{40,50}'),
      prefix: /^ph[xc]_/,
      variants: ['posthog-project-api-key'],
      classify: (h) => (h.value.startsWith('phc_') ? { rule: 'posthog-project-api-key', kind: 'public', notCounted: 'public-by-design' } : {}),
      examples: {
        positive: [`curl -H "Authorization: Bearer «phx_${fake(ALNUM, 47, 3680)}»" https://us.posthog.com/api/projects/`],
        negative: [`posthog.init('phc_${fake(ALNUM, 43, 3681)}', { api_host: 'https://us.i.posthog.com' })`, `phx_${fake(ALNUM, 20, 3682)}`],
      },
    },
  ],
});

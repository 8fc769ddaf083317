// PostHog: project API keys (phc_ and 43 characters) are meant for browsers and only send
// events; personal API keys (phx_) read and change the organization's data; the project's secret
// key (phs_, feature-flag definitions and local evaluation) and OAuth access and refresh tokens
// (pha_, phr_) act for the project or the user. Prefixes and sizes: PostHog's own token
// generators (posthog/models/utils.py and its tests: base57 bodies of 32 or 35 random bytes,
// URL-safe base64 of 32 bytes before), also Kingfisher's posthog.yml.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

/** Random bodies mix cases and digits; `phs_`/`pha_`/`phr_` also start identifiers in code. */
const mixed = (v: string): boolean => /[A-Z]/.test(v) && /[a-z]/.test(v.slice(4)) && /[0-9]/.test(v);

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
    {
      id: 'posthog-secret-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['phs_', 'pha_', 'phr_'],
      pattern: bounded('ph[sar]_[A-Za-z0-9_-]{40,50}'),
      prefix: /^ph[sar]_/,
      validate: mixed,
      examples: {
        positive: [
          `POSTHOG_SECRET_KEY=«phs_${fake(ALNUM, 48, 8610)}»`,
          `{"access_token": "«pha_${fake(ALNUM, 44, 8611)}»", "token_type": "Bearer", "expires_in": 3600}`,
          `POSTHOG_OAUTH_REFRESH_TOKEN=«phr_${fake(ALNUM, 44, 8612)}»`,
        ],
        negative: ['phs_waiting_times_days_filepath_for_the_report_x', `pha_${fake(ALNUM, 20, 8613)}`],
      },
    },
  ],
});

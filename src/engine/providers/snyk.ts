// Snyk: API tokens (and service-account tokens) are UUIDs, so only a UUID named as a Snyk token
// counts.

import { UUID } from '../rules/common';
import { defineProvider } from '../rules/define';
import { fakeUuid } from '../rules/sample';

export default defineProvider({
  slug: 'snyk',
  name: 'Snyk',
  category: 'code',
  domains: ['snyk.io'],
  keysUrl: 'https://app.snyk.io/account',
  canDo: 'Read the organization\'s projects and vulnerability reports (a map of what is exploitable) and change its settings.',
  rules: [
    {
      id: 'snyk-api-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [36],
      pattern: UUID,
      context: { words: ['snyk'], strict: true },
      examples: {
        positive: [`SNYK_TOKEN=«${fakeUuid(3180)}»`, `snyk auth «${fakeUuid(3181)}»`],
        negative: [`snyk project id: ${fakeUuid(3182)}`, `API_TOKEN=${fakeUuid(3183)}`],
      },
    },
  ],
});

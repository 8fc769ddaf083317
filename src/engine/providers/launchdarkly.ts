// LaunchDarkly: server-side SDK keys are sdk- and a UUID, mobile keys mob- and a UUID (shipped
// inside apps), API access tokens api- and a UUID (those need the word launchdarkly nearby).

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { fakeUuid } from '../rules/sample';

const UUID_CORE = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export default defineProvider({
  slug: 'launchdarkly',
  name: 'LaunchDarkly',
  category: 'code',
  domains: ['launchdarkly.com', 'app.launchdarkly.com'],
  keysUrl: 'https://app.launchdarkly.com/settings/authorization',
  canDo: 'API tokens: change feature flags and targeting in production. SDK keys: read every flag\'s rules and the environment\'s segments.',
  rules: [
    {
      id: 'launchdarkly-sdk-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'medium',
      confidence: 'high',
      keywords: ['sdk-', 'mob-'],
      pattern: bounded(`(?:sdk|mob)-${UUID_CORE}`),
      prefix: /^(?:sdk|mob)-/,
      variants: ['launchdarkly-mobile-key'],
      classify: (h) => (h.value.startsWith('mob-') ? { rule: 'launchdarkly-mobile-key', kind: 'public', notCounted: 'public-by-design' } : {}),
      examples: {
        positive: [`LAUNCHDARKLY_SDK_KEY=«sdk-${fakeUuid(2560)}»`, `ldclient.set_config(Config("«sdk-${fakeUuid(2561)}»"))`],
        negative: [`LDConfig.Builder().mobileKey("mob-${fakeUuid(2562)}")`, 'sdk-1234-5678'],
      },
    },
    {
      id: 'launchdarkly-api-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [40],
      pattern: new RegExp(`^api-${UUID_CORE}$`),
      prefix: /^api-/,
      context: { words: ['launchdarkly'] },
      examples: {
        positive: [`LAUNCHDARKLY_ACCESS_TOKEN=«api-${fakeUuid(2563)}»`, `curl -H "Authorization: «api-${fakeUuid(2564)}»" https://app.launchdarkly.com/api/v2/flags/default`],
        negative: [`api-${fakeUuid(2565)}`],
      },
    },
  ],
});

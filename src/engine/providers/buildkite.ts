// Buildkite: API access tokens are bkua_ and 40 lower-case letters and digits.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'buildkite',
  name: 'Buildkite',
  category: 'code',
  domains: ['buildkite.com'],
  keysUrl: 'https://buildkite.com/user/api-access-tokens',
  canDo: 'Act as the user on Buildkite: create and cancel builds, read logs and artifacts, and change pipelines, by the token\'s scopes.',
  rules: [
    {
      id: 'buildkite-api-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['bkua_'],
      pattern: bounded('bkua_[a-z0-9]{40}'),
      prefix: /^bkua_/,
      validate: (v) => /[0-9]/.test(v.slice(5)) && /[a-z]/.test(v.slice(5)),
      examples: {
        positive: [`BUILDKITE_API_TOKEN=«bkua_${fake(HEX, 40, 2124)}»`, `curl -H "Authorization: Bearer «bkua_${fake(HEX, 40, 2125)}»" https://api.buildkite.com/v2/user`],
        negative: ['BUILDKITE_TOKEN=bkua_xxx', `bkua_${fake(HEX, 30, 2126)}`],
      },
    },
  ],
});

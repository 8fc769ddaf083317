// RubyGems: API keys are rubygems_ and 48 hex.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'rubygems',
  name: 'RubyGems',
  category: 'code',
  domains: ['rubygems.org'],
  keysUrl: 'https://rubygems.org/profile/api_keys',
  canDo: 'Push new versions of the owner\'s gems.',
  rules: [
    {
      id: 'rubygems-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['rubygems_'],
      pattern: bounded('rubygems_[a-f0-9]{48}'),
      prefix: /^rubygems_/,
      examples: { positive: [`:rubygems_api_key: «rubygems_${fake(HEX, 48, 26)}»`], negative: ['rubygems_version_3'] },
    },
  ],
});

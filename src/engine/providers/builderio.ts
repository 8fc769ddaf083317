// Builder.io: private API keys (Write API, private models) are bpk- and 32 hex
// (builder.io/c/docs/using-your-api-key: "Private keys start with bpk-"); the public API key
// has no prefix and is meant for pages, so it is not reported.

import { simpleToken } from '../rules/common';
import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'builderio',
  name: 'Builder.io',
  category: 'other',
  domains: ['builder.io'],
  keysUrl: 'https://builder.io/account/space',
  canDo: 'Create, change and delete the space\'s content and read its private models.',
  rules: [simpleToken('builderio-private-key', 'bpk-', 'bpk-[0-9a-f]{32}', `bpk-${fake(HEX, 32, 9188)}`)],
});

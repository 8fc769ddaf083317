// Unkey (API key management): root keys, which manage a workspace's APIs and the keys it issues,
// start unkey_ and a random body (Unkey's root-key docs; Kingfisher's unkey.yml).

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'unkey',
  name: 'Unkey',
  category: 'code',
  domains: ['unkey.com', 'unkey.dev'],
  keysUrl: 'https://app.unkey.com/settings/root-keys',
  canDo: 'Manage the workspace\'s APIs: create, read and delete the API keys it issues to its own customers.',
  rules: [
    {
      id: 'unkey-root-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['unkey_'],
      pattern: bounded('unkey_[A-Za-z0-9]{20,32}'),
      prefix: /^unkey_/,
      validate: (v) => looksRandom(v.slice(6)),
      examples: {
        positive: [`UNKEY_ROOT_KEY=«unkey_${fake(ALNUM, 24, 8640)}»`, `const unkey = new Unkey({ rootKey: "«unkey_${fake(ALNUM, 28, 8641)}»" });`],
        negative: ['UNKEY_ROOT_KEY=unkey_xxxxxxxxxxxxxxxxxxxxxxxx', 'unkey_root_key_for_the_workspace', `unkey_${fake(ALNUM, 12, 8642)}`],
      },
    },
  ],
});

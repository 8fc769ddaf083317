// TrueNAS: API keys are the key's number, '-' and 64 letters and digits (TrueNAS's API key docs;
// Kingfisher's truenas.yml). They have no prefix of their own, so the provider's word, the
// websocket login call that takes them (auth.login_with_api_key) or a key-ish name must be near.
// A key acts as the user who made it, root by default: the NAS's shares, datasets and services.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'truenas',
  name: 'TrueNAS',
  category: 'cloud',
  domains: ['truenas.com'],
  noKeysUrl: 'TrueNAS runs on the owner\'s own server: keys are revoked in its web interface (user menu → API Keys).',
  canDo: 'Administer the NAS as the key\'s user (root by default): read and delete datasets and shares, change users and services.',
  rules: [
    {
      id: 'truenas-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'critical',
      confidence: 'medium',
      lengths: [66, 67, 68, 69],
      pattern: /^[0-9]{1,4}-[A-Za-z0-9]{64}$/,
      validate: (v) => looksRandom(v.slice(v.indexOf('-') + 1)),
      context: { words: ['truenas', 'true-nas', 'true_nas', 'login_with_api_key'] },
      examples: {
        positive: [
          `TRUENAS_API_KEY=«3-${fake(ALNUM, 64, 8630)}»`,
          `{"id": "1", "msg": "method", "method": "auth.login_with_api_key", "params": ["«12-${fake(ALNUM, 64, 8631)}»"]}`,
        ],
        negative: [`build 3-${fake(ALNUM, 64, 8632)}`, `TRUENAS_API_KEY=3-${fake(ALNUM, 60, 8633)}`],
      },
    },
  ],
});

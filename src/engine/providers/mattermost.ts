// Mattermost: personal access tokens are 26 lower-case base32 characters, the same shape as every
// Mattermost id (users, channels, posts), so only a value named as a token next to the word
// mattermost counts, or under a name of Mattermost's own MM_ environment style. Incoming webhooks
// are <server>/hooks/<26-character id>: anyone holding one posts into its channel; /hooks/ is
// common, so the server's host has to say mattermost (or be an mm. host).

import { defineProvider } from '../rules/define';
import { fake } from '../rules/sample';

const ID = 'abcdefghijklmnopqrstuvwxyz0123456789';
// The host of a webhook URL: a mattermost label somewhere, or a first label mm.
const MATTERMOST_HOST = /^https?:\/\/(?:mm\.|[a-z0-9.-]*mattermost)/;

export default defineProvider({
  slug: 'mattermost',
  name: 'Mattermost',
  category: 'messaging',
  domains: ['mattermost.com'],
  noKeysUrl: 'Each Mattermost server issues its own tokens: Profile → Security → Personal Access Tokens on that server.',
  canDo: 'Act as the user on the Mattermost server: read private channels and messages and post as them.',
  rules: [
    {
      id: 'mattermost-access-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [26],
      pattern: /^[a-z0-9]{26}$/,
      validate: (v) => /[0-9]/.test(v) && /[a-z]/.test(v),
      context: {
        words: ['mattermost'],
        names: ['mm_token', 'mm_access_token', 'mm_bot_token', 'mm_personal_access_token', 'mattermost_pat'],
        strict: true,
      },
      examples: {
        positive: [
          `MATTERMOST_TOKEN=«${fake(ID, 26, 3000)}»`,
          `mattermost:\n  access_token: "«${fake(ID, 26, 3001)}»"`,
          `MM_ACCESS_TOKEN=«${fake(ID, 26, 7137)}»`,
        ],
        negative: [`mattermost channel_id: ${fake(ID, 26, 3002)}`, `MATTERMOST_TOKEN=${fake(ID, 25, 3003)}`, `access_token=${fake(ID, 26, 3004)}`],
      },
    },
    {
      id: 'mattermost-incoming-webhook',
      match: 'keyword',
      kind: 'webhook',
      severity: 'medium',
      confidence: 'high',
      keywords: ['/hooks/'],
      anywhere: true,
      pattern: /https?:\/\/[a-z0-9.-]{1,100}(?::[0-9]{2,5})?\/hooks\/[a-z0-9]{26}(?![A-Za-z0-9_-])/g,
      prefix: /^https?:\/\/[^/]+\/hooks\//,
      validate: (v) => MATTERMOST_HOST.test(v) && /[0-9]/.test(v.slice(-26)),
      examples: {
        positive: [
          `MATTERMOST_WEBHOOK=«https://mattermost.acme.example/hooks/${fake(ID, 26, 7138)}»`,
          `curl -i -X POST -d 'payload={"text": "deploy done"}' «https://mm.corp.example:8065/hooks/${fake(ID, 26, 7139)}»`,
        ],
        negative: [`https://git.acme.example/hooks/${fake(ID, 26, 7140)}`, `https://mattermost.acme.example/hooks/${fake(ID, 25, 7141)}`, 'https://mattermost.acme.example/hooks/xxx-generatedkey-xxx'],
      },
    },
  ],
});

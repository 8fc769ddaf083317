// Pusher Channels: an app's key (public, in every browser that subscribes) and its secret are
// both 20 hex characters; the secret signs server events and private-channel auth. Both need the
// word pusher and a key-ish name.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'pusher',
  name: 'Pusher',
  category: 'messaging',
  domains: ['pusher.com'],
  keysUrl: 'https://dashboard.pusher.com/apps',
  canDo: 'With the app secret: publish events to every channel and authorize anyone into private and presence channels.',
  rules: [
    {
      id: 'pusher-app-secret',
      match: 'shape',
      kind: 'secret',
      severity: 'high',
      confidence: 'medium',
      lengths: [20],
      pattern: /^[a-f0-9]{20}$/,
      context: { words: ['pusher'], strict: true },
      variants: ['pusher-app-key'],
      classify: (h) => (h.label.words.includes('secret') ? {} : { rule: 'pusher-app-key', kind: 'public', notCounted: 'public-by-design' }),
      examples: {
        positive: [`PUSHER_APP_SECRET=«${fake(HEX, 20, 3770)}»`, `pusher = new Pusher({ appId: "1234567", key: "${fake(HEX, 20, 3771)}", secret: "«${fake(HEX, 20, 3772)}»", cluster: "eu" });`],
        negative: [`new Pusher("${fake(HEX, 20, 3773)}", { cluster: "eu" }) // pusher app key`, `PUSHER_APP_KEY=${fake(HEX, 20, 3774)}`, `APP_SECRET=${fake(HEX, 20, 3775)}`],
      },
    },
  ],
});

// LINE Messaging API: long-lived channel access tokens are the standard base64 of 128 random
// bytes, 172 characters ending in '=' (the fixed length Kingfisher's line rule states; the SDKs
// read LINE_CHANNEL_ACCESS_TOKEN / channelAccessToken). 128-byte values are also RSA-1024
// signatures, so the word line (or the channel's own name for the token) and a key-ish name are
// both needed; a signature's name rejects it.

import { isBase64OfSize } from '../base64';
import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { fakeBase64 } from '../rules/sample';

export default defineProvider({
  slug: 'line',
  name: 'LINE',
  category: 'messaging',
  domains: ['line.me', 'line.biz'],
  keysUrl: 'https://developers.line.biz/console/',
  keysPath: 'LINE Developers Console → provider → channel → Messaging API',
  canDo: 'Send messages as the official account to everyone who added it, read the profiles of its friends and change its rich menus.',
  rules: [
    {
      id: 'line-channel-access-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [172],
      pattern: /^[A-Za-z0-9+/]{171}=$/,
      validate: (v) => isBase64OfSize(v, 128) && looksRandom(v),
      context: {
        words: ['line', 'linebot', 'line_bot', 'line-bot', 'api.line.me', 'messagingapi'],
        names: ['channel_access_token', 'channelaccesstoken', 'channel-access-token'],
        strict: true,
      },
      examples: {
        positive: [
          `LINE_CHANNEL_ACCESS_TOKEN=«${fakeBase64(128, 7520)}»`,
          `const client = new line.messagingApi.MessagingApiClient({ channelAccessToken: '«${fakeBase64(128, 7521)}»' });`,
        ],
        negative: [`line ${fakeBase64(128, 7522)}`, `<SignatureValue>${fakeBase64(128, 7523)}</SignatureValue>`, `LINE_CHANNEL_ACCESS_TOKEN=${fakeBase64(127, 7524)}`],
      },
    },
  ],
});

// Firebase: legacy Cloud Messaging server keys (AAAA…:APA91b…) send pushes to every user.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'firebase',
  name: 'Firebase',
  category: 'cloud',
  domains: ['firebase.google.com', 'firebaseapp.com'],
  keysUrl: 'https://console.firebase.google.com/',
  canDo: 'Send push notifications to the app\'s users.',
  rules: [
    {
      id: 'firebase-cloud-messaging-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'high',
      confidence: 'high',
      keywords: [':APA91b'],
      pattern: bounded('AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}'),
      prefix: /^AAAA/,
      examples: { positive: [`serverKey: "«AAAA${fake(URLSAFE, 7, 107)}:APA91b${fake(URLSAFE, 134, 108)}»"`], negative: ['AAAA:APA91b'] },
    },
  ],
});

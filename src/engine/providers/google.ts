// Google Cloud: AIza keys in a Maps URL, a Firebase web config or YouTube's page config are
// public by design; elsewhere they may reach paid AI and Maps APIs.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'google',
  name: 'Google Cloud',
  category: 'cloud',
  domains: ['google.com', 'googleapis.com', 'cloud.google.com', 'youtube.com', 'gstatic.com'],
  keysUrl: 'https://console.cloud.google.com/apis/credentials',
  canDo: 'Call the enabled Google APIs on the project\'s bill; unrestricted keys may reach paid AI and Maps APIs.',
  badge: '#1a5fc8',
  rules: [
    {
      id: 'google-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'medium',
      confidence: 'high',
      keywords: ['AIza'],
      pattern: bounded('AIza[A-Za-z0-9_-]{35}'),
      prefix: /^AIza/,
      classify: (h) => {
        const before = h.text.slice(Math.max(0, h.start - 300), h.start);
        const maps = before.lastIndexOf('maps.google');
        const inMapsUrl = maps >= 0 && /^maps\.google(?:apis)?\.com\/[^\s"']{0,200}[?&]key=$/.test(before.slice(maps));
        const inFirebaseConfig = h.label.words.join('') === 'apikey' && h.near(['firebase', 'firebaseconfig', 'initializeapp', 'authdomain', 'firebaseapp']);
        // YouTube's web client key ships in every youtube.com page.
        const innertube = h.label.words.includes('innertube');
        return inMapsUrl || inFirebaseConfig || innertube ? { notCounted: 'public-by-design' } : {};
      },
      examples: {
        positive: [
          `GEMINI_API_KEY=«AIza${fake(URLSAFE, 35, 103)}»`,
          `const firebaseConfig = { apiKey: "«AIza${fake(URLSAFE, 35, 104)}»", authDomain: "x.firebaseapp.com" };`,
        ],
        negative: [
          `<script src="https://maps.googleapis.com/maps/api/js?key=AIza${fake(URLSAFE, 35, 105)}&callback=init"></script>`,
          `firebase.initializeApp({ apiKey: "AIza${fake(URLSAFE, 35, 106)}", projectId: "demo" })`,
          `ytcfg.set({"INNERTUBE_API_KEY":"AIza${fake(URLSAFE, 35, 107)}"})`,
        ],
      },
    },
  ],
});

// Google Cloud: AIza keys in a Maps URL, a Firebase web config or YouTube's page config are
// public by design; elsewhere they may reach paid AI and Maps APIs. OAuth: client secrets are
// GOCSPX- and 28 characters (since 2021; older ones, still valid, are 24 URL-safe characters with
// no prefix: a key-ish name with the word google, or the client id beside them), access tokens
// ya29., and the client id (…apps.googleusercontent.com) is the public half that ships in every
// sign-in page. Vertex AI express-mode API keys are AQ.Ab8R and 46 URL-safe characters (the
// format Google's own scanner, OSV-SCALIBR's gcpexpressmode detector, defines).

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { looksRandom } from '../filters';
import { DIGITS, LOWER_ALNUM, URLSAFE, fake } from '../rules/sample';

const clientId = (seed: number): string => `${fake(DIGITS, 12, seed)}-${fake(LOWER_ALNUM, 32, seed + 1)}.apps.googleusercontent.com`;

export default defineProvider({
  slug: 'google',
  name: 'Google Cloud',
  category: 'cloud',
  domains: ['google.com', 'googleapis.com', 'cloud.google.com', 'youtube.com', 'gstatic.com'],
  keysUrl: 'https://console.cloud.google.com/apis/credentials',
  canDo: 'Call the enabled Google APIs on the project\'s bill (unrestricted keys reach paid AI and Maps APIs); an OAuth secret or access token acts as the app or the signed-in user.',
  badge: '#1a5fc8',
  rules: [
    {
      id: 'google-express-mode-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['AQ.Ab8R'],
      pattern: bounded('AQ\\.Ab8R[A-Za-z0-9_-]{46}'),
      prefix: /^AQ\.Ab8R/,
      validate: (v) => looksRandom(v.slice(7)),
      examples: {
        positive: [`GOOGLE_API_KEY=«AQ.Ab8R${fake(URLSAFE, 46, 7401)}»`, `curl "https://aiplatform.googleapis.com/v1/publishers/google/models/gemini-2.5-flash:generateContent?key=«AQ.Ab8R${fake(URLSAFE, 46, 7402)}»"`],
        negative: [`AQ.Ab8R${fake(URLSAFE, 45, 7403)}`, `AQ.Ab8R${'x'.repeat(46)}`],
      },
    },
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
    {
      id: 'google-oauth-client-secret',
      match: 'keyword',
      kind: 'secret',
      severity: 'high',
      confidence: 'high',
      keywords: ['GOCSPX-'],
      pattern: bounded('GOCSPX-[A-Za-z0-9_-]{28}'),
      prefix: /^GOCSPX-/,
      pair: { group: 'google-oauth', role: 'secret' },
      examples: {
        positive: [
          `{"web": {"client_id": "${clientId(1101)}", "client_secret": "«GOCSPX-${fake(URLSAFE, 28, 1103)}»"}}`,
          `GOOGLE_CLIENT_SECRET=«GOCSPX-${fake(URLSAFE, 28, 1104)}»`,
        ],
        negative: ['GOCSPX-short', `GOCSPX-${fake(URLSAFE, 29, 1105)}`, 'GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
      },
    },
    {
      id: 'google-oauth-legacy-client-secret',
      match: 'shape',
      kind: 'secret',
      severity: 'high',
      confidence: 'medium',
      lengths: [24],
      pattern: /^[A-Za-z0-9_-]{24}$/,
      validate: looksRandom,
      context: { words: ['google', 'googleusercontent'], strict: true, pair: true },
      pair: { group: 'google-oauth', role: 'secret' },
      examples: {
        positive: [
          `$google_client_secret = '«${fake(URLSAFE, 24, 7169)}»';`,
          `CLIENT_ID = '${clientId(7170)}'\nCLIENT_SECRET = '«${fake(URLSAFE, 24, 7172)}»'`,
        ],
        negative: [`client_secret: ${fake(URLSAFE, 24, 7173)}`, `google analytics id ${fake(URLSAFE, 24, 7174)}`],
      },
    },
    {
      id: 'google-oauth-access-token',
      match: 'run',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      // 'ya29' is too short a run to open a token: the long run after 'ya29.' triggers the rule.
      run: { min: 50, max: Infinity, test: (t, s) => t.startsWith('ya29.', s - 5) },
      pattern: bounded('ya29\\.[A-Za-z0-9_-]{50,2048}'),
      prefix: /^ya29\./,
      examples: {
        positive: [`curl -H "Authorization: Bearer «ya29.a0${fake(URLSAFE, 160, 1106)}»" https://www.googleapis.com/drive/v3/files`],
        negative: ['ya29.short', `ya29.${'x'.repeat(80)}`],
      },
    },
    {
      // The public half: it identifies the app and appears in every "Sign in with Google" page.
      id: 'google-oauth-client-id',
      match: 'keyword',
      kind: 'public',
      severity: 'info',
      confidence: 'high',
      keywords: ['googleusercontent'],
      pattern: bounded('[0-9]{6,20}-[a-z0-9]{32}\\.apps\\.googleusercontent\\.com'),
      classify: () => ({ notCounted: 'public-by-design' }),
      pair: { group: 'google-oauth', role: 'public' },
      examples: {
        positive: [`GOOGLE_CLIENT_ID=«${clientId(1107)}»`],
        negative: [`<meta name="google-signin-client_id" content="${clientId(1109)}">`],
      },
    },
  ],
});

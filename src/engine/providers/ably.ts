// Ably: API keys are <app id>.<key id>:<secret> (6 and 6 characters, then the secret); the whole
// string authenticates, so it is reported whole when Ably's name or a key-ish name is near.

import { defineProvider } from '../rules/define';
import { ALNUM, URLSAFE, fake } from '../rules/sample';

const ablyKey = (seed: number): string => `${fake(ALNUM, 6, seed)}.${fake(URLSAFE, 6, seed + 1)}:${fake(URLSAFE, 43, seed + 2)}`;

export default defineProvider({
  slug: 'ably',
  name: 'Ably',
  category: 'messaging',
  domains: ['ably.com', 'ably.io'],
  keysUrl: 'https://ably.com/accounts',
  canDo: 'Publish and subscribe on the app\'s channels and issue tokens to others, within the key\'s capabilities.',
  rules: [
    {
      id: 'ably-api-key',
      match: 'run',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      // The secret's run, right after "<6>.<6>:".
      run: { min: 16, max: 43, test: (t, s) => s >= 8 && t.charCodeAt(s - 1) === 58 && t.charCodeAt(s - 8) === 46 },
      pattern: /(?<![A-Za-z0-9_.+/-])([A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_-]{16,43})(?![A-Za-z0-9_+/=-])/g,
      prefix: /^[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{6}:/,
      context: { words: ['ably'], label: true },
      examples: {
        positive: [`const client = new Ably.Realtime({ key: '«${ablyKey(3780)}»' });`, `ABLY_API_KEY=«${ablyKey(3783)}»`],
        negative: [ablyKey(3786), `window.screen:${fake(URLSAFE, 43, 3789)}`],
      },
    },
  ],
});

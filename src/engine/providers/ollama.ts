// Ollama: keys for ollama.com's cloud API (Authorization: Bearer, no expiry) are 32 hex, a dot and
// 24 URL-safe characters, as keys seen in public code show; the docs give no format, so the word
// ollama has to be near.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { HEX, URLSAFE, fake } from '../rules/sample';

const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 102);

export default defineProvider({
  slug: 'ollama',
  name: 'Ollama',
  category: 'ai',
  domains: ['ollama.com'],
  keysUrl: 'https://ollama.com/settings/keys',
  canDo: 'Run cloud models on the account\'s plan and usage, and pull its private models.',
  rules: [
    {
      id: 'ollama-api-key',
      match: 'run',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      run: {
        min: 32,
        max: 32,
        test: (t, s, e) => t.charCodeAt(e) === 46 && isHex(t.charCodeAt(s)) && isHex(t.charCodeAt(e - 1)),
      },
      pattern: /(?<![A-Za-z0-9_.-])([0-9a-f]{32}\.[A-Za-z0-9_-]{24})(?![A-Za-z0-9_.-])/g,
      validate: (v) => looksRandom(v.slice(33).replace(/[_-]/g, '')),
      context: { words: ['ollama'] },
      examples: {
        positive: [
          `export OLLAMA_API_KEY=«${fake(HEX, 32, 7152)}.${fake(URLSAFE, 24, 7153)}»`,
          `client = Client(host="https://ollama.com", headers={"Authorization": "Bearer «${fake(HEX, 32, 7154)}.${fake(URLSAFE, 24, 7155)}»"})`,
        ],
        negative: [`session ${fake(HEX, 32, 7156)}.${fake(URLSAFE, 24, 7157)}`, `OLLAMA_API_KEY=${fake(HEX, 32, 7158)}.${fake(URLSAFE, 20, 7159)}`],
      },
    },
  ],
});

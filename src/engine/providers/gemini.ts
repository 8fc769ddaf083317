// Gemini: the key is prefixed (master-/account-), the 27–28 character secret is not and needs
// the word gemini with a key-ish name or the key nearby.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'gemini',
  name: 'Gemini',
  category: 'exchange',
  domains: ['gemini.com'],
  keysUrl: 'https://exchange.gemini.com/settings/api',
  canDo: 'Depending on its role: read balances, trade, and move funds.',
  rules: [
    {
      id: 'gemini-api-key',
      match: 'keyword',
      kind: 'public',
      severity: 'medium',
      confidence: 'high',
      keywords: ['master-', 'account-'],
      pattern: bounded('(?:master|account)-[A-Za-z0-9]{20}'),
      prefix: /^(?:master|account)-/,
      validate: (v) => looksRandom(v.slice(v.indexOf('-') + 1)),
      pair: { group: 'gemini', role: 'public' },
      examples: { positive: [`GEMINI_API_KEY=«account-${fake(ALNUM, 20, 216)}»`], negative: ['master-branch-protection-rules'] },
    },
    {
      id: 'gemini-api-secret',
      match: 'shape',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      lengths: [27, 28],
      pattern: /^[A-Za-z0-9]{27,28}$/,
      validate: looksRandom,
      context: { words: ['gemini'], strict: true, pair: true },
      pair: { group: 'gemini', role: 'secret' },
      examples: { positive: [`GEMINI_API_SECRET=«${fake(ALNUM, 28, 217)}»`], negative: [`gemini model ${fake(ALNUM, 28, 217)}`] },
    },
  ],
});

// Lob (print and mail API): secret keys are live_ or test_ and 35 hex, publishable keys
// live_pub_/test_pub_ and 31 hex; the word lob must be near, as live_ and test_ are common.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'lob',
  name: 'Lob',
  category: 'other',
  domains: ['lob.com', 'dashboard.lob.com'],
  keysUrl: 'https://dashboard.lob.com/settings/api-keys',
  canDo: 'Live keys: send letters, postcards and checks billed to the account, and read its address book.',
  rules: [
    {
      id: 'lob-api-key',
      match: 'shape',
      kind: 'secret',
      severity: 'high',
      confidence: 'medium',
      lengths: [40],
      pattern: /^(?:live|test)_[a-f0-9]{35}$/,
      prefix: /^(?:live|test)_/,
      variants: ['lob-test-key'],
      classify: (h) => (h.value.startsWith('test_') ? { rule: 'lob-test-key', notCounted: 'test-mode' } : {}),
      context: { words: ['lob'] },
      examples: {
        positive: [`LOB_API_KEY=«live_${fake(HEX, 35, 2580)}»`, `const lob = new Lob({ apiKey: '«live_${fake(HEX, 35, 2581)}»' });`],
        negative: [`live_${fake(HEX, 35, 2582)}`, `LOB_API_KEY=test_${fake(HEX, 35, 2583)}`],
      },
    },
    {
      id: 'lob-publishable-key',
      match: 'shape',
      kind: 'public',
      severity: 'info',
      confidence: 'medium',
      lengths: [40],
      pattern: /^(?:live|test)_pub_[a-f0-9]{31}$/,
      prefix: /^(?:live|test)_pub_/,
      classify: () => ({ notCounted: 'public-by-design' }),
      context: { words: ['lob'] },
      examples: {
        positive: [`LOB_PUBLISHABLE_KEY=«live_pub_${fake(HEX, 31, 2584)}»`],
        negative: [`live_pub_${fake(HEX, 31, 2585)}`],
      },
    },
  ],
});

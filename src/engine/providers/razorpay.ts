// Razorpay: the key id (rzp_live_ / rzp_test_ and 14 alphanumerics) ships in checkout pages and
// is public; the 24-character key secret beside it is what moves money and needs the word
// razorpay with a key-ish name or the key id.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

const keyId = `rzp_live_${fake(ALNUM, 14, 3280)}`;

export default defineProvider({
  slug: 'razorpay',
  name: 'Razorpay',
  category: 'payments',
  domains: ['razorpay.com'],
  keysUrl: 'https://dashboard.razorpay.com/app/website-app-settings/api-keys',
  canDo: 'With the key secret: read payments and customers, issue refunds and create payment links on the account.',
  rules: [
    {
      id: 'razorpay-key-id',
      match: 'keyword',
      kind: 'public',
      severity: 'info',
      confidence: 'high',
      keywords: ['rzp_live_', 'rzp_test_'],
      pattern: bounded('rzp_(?:live|test)_[A-Za-z0-9]{14}'),
      prefix: /^rzp_(?:live|test)_/,
      variants: ['razorpay-test-key-id'],
      classify: (h) => (h.value.startsWith('rzp_test_') ? { rule: 'razorpay-test-key-id', notCounted: 'test-mode' } : { notCounted: 'public-by-design' }),
      pair: { group: 'razorpay', role: 'public' },
      examples: {
        positive: [`var options = { "key": "«${keyId}»", "amount": "50000", "currency": "INR" };`],
        negative: [`rzp_live_${fake(ALNUM, 13, 3281)}`],
      },
    },
    {
      id: 'razorpay-key-secret',
      match: 'shape',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      lengths: [24],
      pattern: /^[A-Za-z0-9]{24}$/,
      validate: looksRandom,
      context: { words: ['razorpay'], strict: true, pair: true },
      pair: { group: 'razorpay', role: 'secret' },
      examples: {
        positive: [`RAZORPAY_KEY_ID=${keyId}\nRAZORPAY_KEY_SECRET=«${fake(ALNUM, 24, 3282)}»`, `razorpay:\n  key_id: ${keyId}\n  key_secret: «${fake(ALNUM, 24, 3283)}»`],
        negative: [`razorpay order_${fake(ALNUM, 24, 3284)}`, `KEY_SECRET=${fake(ALNUM, 24, 3285)}`],
      },
    },
  ],
});

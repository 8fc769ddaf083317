// Flutterwave: secret keys are FLWSECK- (live) or FLWSECK_TEST- and 32 hex and -X; public keys the
// same with FLWPUBK; encryption keys FLWSECK(_TEST) and 12 hex. Test keys reach the sandbox only.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

const testMode = (v: string): boolean => v.includes('_TEST');

export default defineProvider({
  slug: 'flutterwave',
  name: 'Flutterwave',
  category: 'payments',
  domains: ['flutterwave.com', 'dashboard.flutterwave.com'],
  keysUrl: 'https://dashboard.flutterwave.com/settings/apis',
  canDo: 'Live secret keys: charge customers, issue refunds and send payouts from the balance. Test keys reach the sandbox only.',
  rules: [
    {
      id: 'flutterwave-secret-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: ['FLWSECK'],
      pattern: bounded('FLWSECK(?:_TEST)?-[a-f0-9]{32}-X|FLWSECK(?:_TEST)?-?[a-f0-9]{12}'),
      prefix: /^FLWSECK(?:_TEST)?-?/,
      variants: ['flutterwave-test-key', 'flutterwave-encryption-key'],
      classify: (h) => {
        if (testMode(h.value)) return { rule: 'flutterwave-test-key', notCounted: 'test-mode' };
        return h.value.endsWith('-X') ? {} : { rule: 'flutterwave-encryption-key', severity: 'high' };
      },
      examples: {
        positive: [
          `FLW_SECRET_KEY=«FLWSECK-${fake(HEX, 32, 2410)}-X»`,
          `const flw = new Flutterwave(publicKey, "«FLWSECK-${fake(HEX, 32, 2411)}-X»");`,
          `FLW_ENCRYPTION_KEY=«FLWSECK${fake(HEX, 12, 2412)}»`,
        ],
        negative: [`FLWSECK_TEST-${fake(HEX, 32, 2413)}-X`, `FLWSECK-${fake(HEX, 20, 2414)}-X`],
      },
    },
    {
      id: 'flutterwave-public-key',
      match: 'keyword',
      kind: 'public',
      severity: 'info',
      confidence: 'high',
      keywords: ['FLWPUBK'],
      pattern: bounded('FLWPUBK(?:_TEST)?-[a-f0-9]{32}-X'),
      prefix: /^FLWPUBK(?:_TEST)?-/,
      classify: () => ({ notCounted: 'public-by-design' }),
      examples: {
        positive: [`FlutterwaveCheckout({ public_key: "«FLWPUBK-${fake(HEX, 32, 2415)}-X»" })`],
        negative: [`FLWPUBK-${fake(HEX, 32, 2416)}`],
      },
    },
  ],
});

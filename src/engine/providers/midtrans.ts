// Midtrans (Indonesian payment gateway): access keys are Mid-server-… and Mid-client-… in
// production and SB-Mid-server-…, SB-Mid-client-… in the sandbox (docs.midtrans.com, "Access
// Keys"; older accounts VT-server-…). The server key authorises every charge, refund and status
// call; the client key ships in checkout pages.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'midtrans',
  name: 'Midtrans',
  category: 'payments',
  domains: ['midtrans.com'],
  keysUrl: 'https://dashboard.midtrans.com/settings/config_info',
  keysPath: 'Settings → Access Keys',
  canDo: 'Server keys: create charges and payment links, refund and cancel transactions and read every transaction. Client keys are public.',
  rules: [
    {
      id: 'midtrans-server-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: ['Mid-server-', 'SB-Mid-server-', 'VT-server-', 'Mid-client-', 'SB-Mid-client-', 'VT-client-'],
      pattern: bounded('(?:SB-)?(?:Mid|VT)-(?:server|client)-[A-Za-z0-9_-]{12,40}'),
      prefix: /^(?:SB-)?(?:Mid|VT)-(?:server|client)-/,
      variants: ['midtrans-sandbox-key', 'midtrans-client-key'],
      classify: (h) => {
        if (/^(?:SB-)?(?:Mid|VT)-client-/.test(h.value)) return { rule: 'midtrans-client-key', kind: 'public', notCounted: 'public-by-design' };
        return h.value.startsWith('SB-') ? { rule: 'midtrans-sandbox-key', notCounted: 'test-mode' } : {};
      },
      examples: {
        positive: [`MIDTRANS_SERVER_KEY=«Mid-server-${fake(URLSAFE, 24, 7420)}»`, `Config::$serverKey = '«Mid-server-${fake(URLSAFE, 24, 7421)}»';`],
        negative: [
          `MIDTRANS_SERVER_KEY=SB-Mid-server-${fake(URLSAFE, 24, 7422)}`,
          `<script src="https://app.midtrans.com/snap/snap.js" data-client-key="Mid-client-${fake(URLSAFE, 16, 7423)}"></script>`,
          'Mid-server-xxxxxxxxxxxxxxxx',
        ],
      },
    },
  ],
});

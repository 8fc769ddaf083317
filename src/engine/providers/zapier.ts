// Zapier: a "Catch Hook" trigger listens at hooks.zapier.com/hooks/catch/<account id>/<hook id>/;
// whoever has the URL starts the Zap with the data they send (Zapier's webhooks help).

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { DIGITS, LOWER_ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'zapier',
  name: 'Zapier',
  category: 'other',
  domains: ['zapier.com'],
  noKeysUrl: 'A Catch Hook URL belongs to its Zap: replace the Webhooks trigger in the Zap editor to get a new URL, then update the senders.',
  canDo: 'Start the Zap with any data: whatever it does next (send mail, write to sheets and CRMs, post messages) runs on the sender\'s input.',
  rules: [
    {
      id: 'zapier-webhook',
      match: 'keyword',
      kind: 'webhook',
      severity: 'medium',
      confidence: 'high',
      keywords: ['hooks.zapier.com/'],
      pattern: bounded('(?:https?://)?(?:www\\.)?hooks\\.zapier\\.com/hooks/catch/[0-9]{5,10}/[a-z0-9]{5,10}/?'),
      prefix: /^(?:https?:\/\/)?(?:www\.)?hooks\.zapier\.com\/hooks\/catch\//,
      examples: {
        positive: [
          `ZAPIER_HOOK_URL=«https://hooks.zapier.com/hooks/catch/${fake(DIGITS, 8, 7340)}/${fake(LOWER_ALNUM, 7, 7341)}/»`,
          `fetch('«https://hooks.zapier.com/hooks/catch/${fake(DIGITS, 7, 7342)}/${fake(LOWER_ALNUM, 6, 7343)}»', { method: 'POST', body })`,
        ],
        negative: ['https://hooks.zapier.com/hooks/catch/123/abc', 'https://hooks.zapier.com/hooks/catch/YOUR_ID/YOUR_HOOK/', 'https://zapier.com/apps/webhook/integrations'],
      },
    },
  ],
});

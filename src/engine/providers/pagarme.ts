// Pagar.me (Brazilian payments): live API keys are ak_live_ and 30 letters or digits (TruffleHog's
// pagarme detector, pkg/detectors/pagarme, which checks them against api.pagar.me's balance).

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'pagarme',
  name: 'Pagar.me',
  category: 'payments',
  domains: ['pagar.me'],
  noKeysUrl: 'API keys are in the Pagar.me dashboard\'s account settings: make a new key there and retire the old one.',
  canDo: 'Charge cards and boletos, refund and transfer, and read the account\'s transactions, balance and customers.',
  rules: [
    {
      id: 'pagarme-api-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: ['ak_live_'],
      pattern: bounded('ak_live_[A-Za-z0-9]{30}'),
      prefix: /^ak_live_/,
      examples: {
        positive: [`PAGARME_API_KEY=«ak_live_${fake(ALNUM, 30, 9740)}»`, `pagarme.client.connect({ api_key: '«ak_live_${fake(ALNUM, 30, 9741)}»' })`],
        negative: [`ak_live_${fake(ALNUM, 24, 9742)}`, 'PAGARME_API_KEY=ak_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
      },
    },
  ],
});

// Heartland (Global Payments) Portico: secret API keys are skapi_prod_… in production and
// skapi_cert_… in the certification sandbox (developer.heartlandpaymentsystems.com; the SDKs'
// secretApiKey), with a random body of about 40 characters. Public keys (pkapi_) tokenize cards
// in the browser and are not looked for.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'heartland',
  name: 'Heartland Payments',
  category: 'payments',
  domains: ['heartlandpaymentsystems.com', 'heartland.us', 'globalpayments.com'],
  noKeysUrl: 'Portico API keys are issued per merchant account by Heartland (Global Payments) support and the developer portal.',
  canDo: 'Production keys: charge, refund and void card payments and read the merchant\'s transactions.',
  rules: [
    {
      id: 'heartland-secret-api-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: ['skapi_prod_', 'skapi_cert_'],
      pattern: bounded('skapi_(?:prod|cert)_[A-Za-z0-9]{30,50}'),
      prefix: /^skapi_(?:prod|cert)_/,
      variants: ['heartland-sandbox-key'],
      validate: (v) => /[0-9]/.test(v.slice(11)) && /[A-Za-z]/.test(v.slice(11)),
      classify: (h) => (h.value.startsWith('skapi_cert_') ? { rule: 'heartland-sandbox-key', notCounted: 'test-mode' } : {}),
      examples: {
        positive: [`ServicesContainer.ConfigureService(new PorticoConfig { SecretApiKey = "«skapi_prod_${fake(ALNUM, 38, 7540)}»" });`],
        negative: [`HEARTLAND_SECRET_API_KEY=skapi_cert_${fake(ALNUM, 38, 7541)}`, 'skapi_prod_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
      },
    },
  ],
});

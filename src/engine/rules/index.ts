// Every rule, in priority order (earlier wins a tie between overlapping candidates).
//
// Severity (base values in the rules; classify() and the filters may lower them):
// | severity | meaning                                   | examples                                                   |
// |----------|-------------------------------------------|------------------------------------------------------------|
// | critical | moves money or owns the account           | Kraken private key, exchange secrets, AWS secret, Stripe    |
// |          |                                           | sk_live, private keys, GitHub/GitLab PATs, cloud admin     |
// | high     | strong token, narrower blast radius       | OpenAI, Anthropic, Slack, npm, PyPI, SendGrid, Stripe rk_   |
// | medium   | half a pair, or limited reach             | Kraken public key, exchange API key ids, AWS key id,       |
// |          |                                           | Google non-config keys, webhooks, JWTs, encrypted PEM      |
// | low      | weak evidence                             | generic secret-ish assignments (includeGeneric), sandbox    |
// | info     | not counted: never an alert               | docs examples, placeholders, public by design (Stripe pk_, |
// |          |                                           | Maps/Firebase config, Mapbox pk., Algolia search, Sentry   |
// |          |                                           | DSN, Supabase anon JWT), test mode (Stripe sk_test_),      |
// |          |                                           | identifiers (Twilio AC…)                                   |
import { AI_RULES } from './ai';
import { CLOUD_RULES } from './cloud';
import { CODE_HOST_RULES } from './code-hosts';
import { CRYPTO_MATERIAL_RULES } from './crypto-material';
import { EXCHANGE_RULES } from './exchanges';
import { GENERIC_RULES } from './generic';
import { KRAKEN_RULES } from './kraken';
import { MESSAGING_RULES } from './messaging';
import { PAYMENT_RULES } from './payments';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [
  ...KRAKEN_RULES,
  ...EXCHANGE_RULES,
  ...CRYPTO_MATERIAL_RULES,
  ...CODE_HOST_RULES,
  ...AI_RULES,
  ...PAYMENT_RULES,
  ...CLOUD_RULES,
  ...MESSAGING_RULES,
  ...GENERIC_RULES,
];

// Every rule, in priority order (earlier wins a tie between overlapping candidates).
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

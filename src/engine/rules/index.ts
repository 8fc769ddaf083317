// Every rule, in priority order: when two candidates overlap with equal evidence (same footing,
// context strength, word distance, confidence and length), the earlier rule wins (scan.ts
// `better`). That happens between prefix-less rules of the same shape when several providers'
// words are near (a UUID near "kucoin" and "okx", 88 base64 characters near "kraken" and
// "coinbase"), so those providers are ranked below; every other provider follows by slug, its
// rules in the order its file declares them.
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
import { CATALOG } from '../providers';
import type { Rule } from './rule';

/**
 * Providers whose prefix-less rules may tie with another provider's, first wins. Kraken first:
 * the product exists for it. A new provider with a context rule of a shape already listed here
 * belongs in this list; any other provider needs no entry.
 */
export const TIE_ORDER: readonly string[] = [
  'kraken', 'binance', 'coinbase', 'kucoin', 'okx', 'bitfinex', 'gemini', 'bitmex',
  'bybit', 'bitget', 'gate', 'mexc', 'htx', 'poloniex',
  'aws', 'cloudflare', 'heroku', 'algolia', 'discord', 'telegram',
  'azure', 'github', 'atlassian', 'vercel', 'netlify', 'sentry',
];

const rank = (slug: string): number => {
  const i = TIE_ORDER.indexOf(slug);
  return i < 0 ? TIE_ORDER.length : i;
};

export const RULES: readonly Rule[] = [...CATALOG]
  .sort((a, b) => rank(a.slug) - rank(b.slug)) // stable: the rest stay sorted by slug
  .flatMap((p) => p.rules);

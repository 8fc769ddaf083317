// What the corpus templates draw from: prefixed tokens with the variable names people give them,
// exchange key pairs, and the decoys a scanner must leave alone.
import type { FakeKeys } from '../support/keys';
import { decoy, ignore, key, type Mark } from './labels';

export interface TokenKind {
  provider: string;
  /** Variable names seen in .env files, CI settings, k8s secrets. */
  vars: readonly string[];
  make: (k: FakeKeys) => string;
}

/** Tokens that carry their own prefix (or a fixed marker): recognisable anywhere. */
export const TOKENS: readonly TokenKind[] = [
  { provider: 'github', vars: ['GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_PAT'], make: (k) => k.github() },
  { provider: 'github', vars: ['GITHUB_TOKEN', 'GH_PAT'], make: (k) => k.githubFineGrained() },
  { provider: 'npm', vars: ['NPM_TOKEN', 'NODE_AUTH_TOKEN'], make: (k) => k.npm() },
  { provider: 'gitlab', vars: ['GITLAB_TOKEN', 'CI_JOB_TOKEN_PAT'], make: (k) => k.gitlab() },
  { provider: 'aws', vars: ['AWS_ACCESS_KEY_ID'], make: (k) => k.awsKeyId() },
  { provider: 'stripe', vars: ['STRIPE_SECRET_KEY', 'STRIPE_API_KEY'], make: (k) => k.stripeSecret() },
  { provider: 'openai', vars: ['OPENAI_API_KEY', 'OPENAI_KEY'], make: (k) => k.openai() },
  { provider: 'anthropic', vars: ['ANTHROPIC_API_KEY', 'CLAUDE_API_KEY'], make: (k) => k.anthropic() },
  { provider: 'google', vars: ['GEMINI_API_KEY', 'GOOGLE_API_KEY'], make: (k) => k.google() },
  { provider: 'slack', vars: ['SLACK_BOT_TOKEN', 'SLACK_TOKEN'], make: (k) => k.slackToken() },
  { provider: 'slack', vars: ['SLACK_WEBHOOK_URL', 'SLACK_WEBHOOK'], make: (k) => k.slackWebhook() },
  { provider: 'huggingface', vars: ['HF_TOKEN', 'HUGGINGFACE_TOKEN'], make: (k) => k.huggingface() },
  { provider: 'sendgrid', vars: ['SENDGRID_API_KEY'], make: (k) => k.sendgrid() },
  { provider: 'twilio', vars: ['TWILIO_API_KEY'], make: (k) => k.twilioKey() },
  { provider: 'telegram', vars: ['TELEGRAM_BOT_TOKEN', 'TG_TOKEN'], make: (k) => k.telegram() },
  { provider: 'discord', vars: ['DISCORD_TOKEN', 'DISCORD_BOT_TOKEN'], make: (k) => k.discord() },
  { provider: 'digitalocean', vars: ['DIGITALOCEAN_TOKEN', 'DO_TOKEN'], make: (k) => k.digitalocean() },
  { provider: 'shopify', vars: ['SHOPIFY_ACCESS_TOKEN', 'SHOPIFY_API_SECRET'], make: (k) => k.shopify() },
  { provider: 'mailgun', vars: ['MAILGUN_API_KEY'], make: (k) => k.mailgun() },
  { provider: 'mailchimp', vars: ['MAILCHIMP_API_KEY'], make: (k) => k.mailchimp() },
  { provider: 'grafana', vars: ['GRAFANA_SERVICE_ACCOUNT_TOKEN', 'GRAFANA_TOKEN'], make: (k) => k.grafana() },
  { provider: 'atlassian', vars: ['JIRA_API_TOKEN', 'ATLASSIAN_TOKEN'], make: (k) => k.atlassian() },
  { provider: 'groq', vars: ['GROQ_API_KEY'], make: (k) => k.groq() },
  { provider: 'xai', vars: ['XAI_API_KEY', 'GROK_API_KEY'], make: (k) => k.xai() },
  { provider: 'openrouter', vars: ['OPENROUTER_API_KEY'], make: (k) => k.openrouter() },
  { provider: 'perplexity', vars: ['PERPLEXITY_API_KEY', 'PPLX_API_KEY'], make: (k) => k.perplexity() },
  { provider: 'replicate', vars: ['REPLICATE_API_TOKEN'], make: (k) => k.replicate() },
  { provider: 'pypi', vars: ['PYPI_TOKEN', 'TWINE_PASSWORD'], make: (k) => k.pypi() },
  { provider: 'linear', vars: ['LINEAR_API_KEY'], make: (k) => k.linear() },
  { provider: 'postman', vars: ['POSTMAN_API_KEY'], make: (k) => k.postman() },
  { provider: 'dockerhub', vars: ['DOCKERHUB_TOKEN', 'DOCKER_PASSWORD'], make: (k) => k.dockerhub() },
  { provider: 'supabase', vars: ['SUPABASE_ACCESS_TOKEN'], make: (k) => k.supabase() },
  { provider: 'newrelic', vars: ['NEW_RELIC_API_KEY'], make: (k) => k.newrelic() },
  { provider: 'databricks', vars: ['DATABRICKS_TOKEN'], make: (k) => k.databricks() },
  { provider: 'doppler', vars: ['DOPPLER_TOKEN'], make: (k) => k.doppler() },
  { provider: 'pulumi', vars: ['PULUMI_ACCESS_TOKEN'], make: (k) => k.pulumi() },
];

export function token(k: FakeKeys, provider?: string): { kind: TokenKind; mark: Mark; name: string } {
  const choices = provider ? TOKENS.filter((t) => t.provider === provider) : TOKENS;
  const kind = k.pick(choices);
  return { kind, mark: key(kind.provider, kind.make(k)), name: k.pick(kind.vars) };
}

/** Exchange credentials: no prefix, recognised by names and pair structure. */
export interface ExchangePair {
  provider: string;
  /** What the exchange calls the public half, e.g. 'API Key'. */
  key: Mark;
  secret: Mark;
  passphrase?: Mark;
}

export const EXCHANGES = ['kraken', 'binance', 'coinbase', 'kucoin', 'okx', 'bitfinex', 'gemini', 'bitmex'] as const;
export type Exchange = (typeof EXCHANGES)[number];

export function exchangePair(k: FakeKeys, provider: Exchange): ExchangePair {
  switch (provider) {
    case 'kraken':
      return { provider, key: key('kraken', k.krakenPublic()), secret: key('kraken', k.krakenPrivate()) };
    case 'binance':
      return { provider, key: key('binance', k.binance()), secret: key('binance', k.binance()) };
    case 'coinbase':
      return {
        provider,
        key: key('coinbase', k.coinbaseKeyName()),
        secret: key('coinbase', k.chance(0.5) ? k.pem('EC PRIVATE KEY') : k.coinbaseEd25519()),
      };
    case 'kucoin':
      return { provider, key: key('kucoin', k.kucoinKey()), secret: key('kucoin', k.uuid()), passphrase: ignore(k.passphrase()) };
    case 'okx':
      return { provider, key: key('okx', k.uuid()), secret: key('okx', k.okxSecret()), passphrase: ignore(k.passphrase()) };
    case 'bitfinex':
      return { provider, key: key('bitfinex', k.bitfinex()), secret: key('bitfinex', k.bitfinex()) };
    case 'gemini':
      return { provider, key: key('gemini', k.geminiKey()), secret: key('gemini', k.geminiSecret()) };
    case 'bitmex':
      return { provider, key: key('bitmex', k.bitmexKey()), secret: key('bitmex', k.bitmexSecret()) };
  }
}

// --- Decoys --------------------------------------------------------------------------------------

/** Kraken's and AWS's and Binance's published examples (key-formats.md): never alerts. */
export const DOC_EXAMPLES = {
  krakenSignatureSecret: 'kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==',
  krakenPrivate: 'FRs+gtq09rR7OFtKj9BGhyOGS3u5vtY/EdiIBO9kD8NFtRX7w7LeJDSrX6cq1D8zmQmGkWFjksuhBvKOAWJohQ==',
  krakenPublic: 'CJbfPw4tnbf/9en/ZmpewCTKEwmmzO18LXZcHQcu7HPLWre4l8+V9I3y',
  krakenFutures: 'rttp4AzwRfYEdQ7R7X8Z/04Y4TZPa97pqCypi3xXxAqftygftnI6H9yGV+OcUOOJeFtZkr8mVwbAndU3Kz4Q+eG',
  awsKeyId: 'AKIAIOSFODNN7EXAMPLE',
  awsSecret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  binance: 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A',
} as const;

export const example = (value: string): Mark => decoy('documentation-example', value);

const PLACEHOLDERS = [
  'your_api_key_here', '<your-api-key>', '${API_KEY}', '{{ secrets.API_KEY }}', '%API_KEY%',
  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'sk-...', 'YOUR_SECRET_HERE', 'changeme', '<REDACTED>',
  'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx', '********',
  'AKIAXXXXXXXXXXXXXXXX', 'sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', '<kraken-private-key>',
];

export function placeholder(k: FakeKeys): Mark {
  return decoy('placeholder', k.pick(PLACEHOLDERS));
}

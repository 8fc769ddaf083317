// What both real-world splits draw from: prefixed credentials with the names people give them,
// the decoys pastes are full of, and how a label is chosen. A key's label names the provider a
// careful reader can tell from the paste itself: the prefix, the provider named nearby, the
// header or the pair. Where the paste names none (API_SECRET=<64 random bytes>), the label is
// 'generic', a secret of unknown provider: that is all the text says.
import { decoy, ignore, key, type Mark } from '../labels';
import type { RealWorldKeys } from './keys';

export interface Credential {
  provider: string;
  /** Names seen in env files, CI settings and SDK calls. */
  names: readonly string[];
  make: (k: RealWorldKeys) => string;
}

/** Credentials that carry their provider in their format (prefix, marker, checksum). */
export const PREFIXED: readonly Credential[] = [
  { provider: 'github', names: ['GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_PAT'], make: (k) => k.github() },
  { provider: 'github', names: ['GH_PAT', 'GITHUB_TOKEN'], make: (k) => k.githubFineGrained() },
  { provider: 'github', names: ['GITHUB_REFRESH_TOKEN'], make: (k) => k.githubRefresh() },
  { provider: 'gitlab', names: ['GITLAB_TOKEN', 'GL_TOKEN'], make: (k) => k.gitlab() },
  { provider: 'gitlab', names: ['RUNNER_TOKEN', 'CI_RUNNER_TOKEN'], make: (k) => k.gitlabRunner() },
  { provider: 'npm', names: ['NPM_TOKEN', 'NODE_AUTH_TOKEN'], make: (k) => k.npm() },
  { provider: 'aws', names: ['AWS_ACCESS_KEY_ID'], make: (k) => k.awsKeyId() },
  { provider: 'stripe', names: ['STRIPE_SECRET_KEY', 'STRIPE_API_KEY'], make: (k) => k.stripeSecret() },
  { provider: 'openai', names: ['OPENAI_API_KEY', 'OPENAI_KEY'], make: (k) => k.openai() },
  { provider: 'anthropic', names: ['ANTHROPIC_API_KEY', 'CLAUDE_API_KEY'], make: (k) => k.anthropic() },
  { provider: 'google', names: ['GOOGLE_API_KEY', 'GEMINI_API_KEY'], make: (k) => k.google() },
  { provider: 'google', names: ['GOOGLE_CLIENT_SECRET', 'OAUTH_CLIENT_SECRET'], make: (k) => k.googleOAuthSecret() },
  { provider: 'google', names: ['GOOGLE_ACCESS_TOKEN', 'GCP_TOKEN'], make: (k) => k.googleAccessToken() },
  { provider: 'slack', names: ['SLACK_BOT_TOKEN', 'SLACK_TOKEN'], make: (k) => k.slackToken() },
  { provider: 'slack', names: ['SLACK_WEBHOOK_URL'], make: (k) => k.slackWebhook() },
  { provider: 'huggingface', names: ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN'], make: (k) => k.huggingface() },
  { provider: 'sendgrid', names: ['SENDGRID_API_KEY'], make: (k) => k.sendgrid() },
  { provider: 'twilio', names: ['TWILIO_API_KEY'], make: (k) => k.twilioKey() },
  { provider: 'telegram', names: ['TELEGRAM_BOT_TOKEN', 'BOT_TOKEN'], make: (k) => k.telegram() },
  { provider: 'digitalocean', names: ['DIGITALOCEAN_TOKEN', 'DO_TOKEN'], make: (k) => k.digitalocean() },
  { provider: 'shopify', names: ['SHOPIFY_ACCESS_TOKEN'], make: (k) => k.shopify() },
  { provider: 'grafana', names: ['GRAFANA_TOKEN', 'GF_SA_TOKEN'], make: (k) => k.grafana() },
  { provider: 'atlassian', names: ['JIRA_API_TOKEN', 'CONFLUENCE_TOKEN'], make: (k) => k.atlassian() },
  { provider: 'groq', names: ['GROQ_API_KEY'], make: (k) => k.groq() },
  { provider: 'xai', names: ['XAI_API_KEY'], make: (k) => k.xai() },
  { provider: 'openrouter', names: ['OPENROUTER_API_KEY'], make: (k) => k.openrouter() },
  { provider: 'perplexity', names: ['PPLX_API_KEY'], make: (k) => k.perplexity() },
  { provider: 'replicate', names: ['REPLICATE_API_TOKEN'], make: (k) => k.replicate() },
  { provider: 'pypi', names: ['PYPI_API_TOKEN', 'TWINE_PASSWORD'], make: (k) => k.pypi() },
  { provider: 'linear', names: ['LINEAR_API_KEY'], make: (k) => k.linear() },
  { provider: 'postman', names: ['POSTMAN_API_KEY'], make: (k) => k.postman() },
  { provider: 'dockerhub', names: ['DOCKERHUB_TOKEN', 'DOCKER_PASSWORD'], make: (k) => k.dockerhub() },
  { provider: 'supabase', names: ['SUPABASE_ACCESS_TOKEN'], make: (k) => k.supabase() },
  { provider: 'newrelic', names: ['NEW_RELIC_API_KEY'], make: (k) => k.newrelic() },
  { provider: 'newrelic', names: ['NEW_RELIC_LICENSE_KEY', 'NRIA_LICENSE_KEY'], make: (k) => k.newrelicLicense() },
  { provider: 'databricks', names: ['DATABRICKS_TOKEN'], make: (k) => k.databricks() },
  { provider: 'doppler', names: ['DOPPLER_TOKEN'], make: (k) => k.doppler() },
  { provider: 'pulumi', names: ['PULUMI_ACCESS_TOKEN'], make: (k) => k.pulumi() },
  { provider: 'cloudflare', names: ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN'], make: (k) => k.cloudflareToken() },
  { provider: 'vercel', names: ['VERCEL_TOKEN'], make: (k) => k.vercelToken() },
  { provider: 'netlify', names: ['NETLIFY_AUTH_TOKEN'], make: (k) => k.netlifyToken() },
  { provider: 'heroku', names: ['HEROKU_API_KEY'], make: (k) => k.herokuKey() },
  { provider: 'sentry', names: ['SENTRY_AUTH_TOKEN'], make: (k) => k.sentryUserToken() },
  { provider: 'hashicorp', names: ['TFE_TOKEN', 'TF_TOKEN_app_terraform_io'], make: (k) => k.terraformToken() },
  { provider: 'figma', names: ['FIGMA_TOKEN'], make: (k) => k.figma() },
  { provider: 'rubygems', names: ['GEM_HOST_API_KEY'], make: (k) => k.rubygems() },
  { provider: 'alibaba', names: ['ALIBABA_CLOUD_ACCESS_KEY_ID'], make: (k) => k.alibabaKeyId() },
  { provider: 'aws', names: ['APPSYNC_API_KEY'], make: (k) => k.appsyncKey() },
  { provider: 'dropbox', names: ['DROPBOX_ACCESS_TOKEN'], make: (k) => k.dropbox() },
  { provider: 'apideck', names: ['APIDECK_API_KEY'], make: (k) => k.apideck() },
  { provider: 'square', names: ['SQUARE_ACCESS_TOKEN'], make: (k) => k.squareToken() },
  { provider: 'brevo', names: ['BREVO_API_KEY', 'SENDINBLUE_API_KEY'], make: (k) => k.brevo() },
  { provider: 'notion', names: ['NOTION_TOKEN'], make: (k) => k.notion() },
  { provider: 'plaid', names: ['PLAID_ACCESS_TOKEN'], make: (k) => k.plaidAccess() },
  { provider: 'paypal', names: ['BRAINTREE_ACCESS_TOKEN'], make: (k) => k.braintree() },
  { provider: 'mapbox', names: ['MAPBOX_SECRET_TOKEN'], make: (k) => k.mapboxSecret() },
  { provider: 'azure', names: ['AZURE_CLIENT_SECRET', 'ARM_CLIENT_SECRET'], make: (k) => k.azureClientSecret() },
  { provider: 'mailgun', names: ['MAILGUN_API_KEY'], make: (k) => k.mailgun() },
];

export interface Picked {
  provider: string;
  name: string;
  mark: Mark;
}

/** One prefixed credential (of `provider` if given) with a name it goes by. */
export function prefixed(k: RealWorldKeys, provider?: string): Picked {
  const choices = provider ? PREFIXED.filter((c) => c.provider === provider) : PREFIXED;
  const c = k.pick(choices);
  return { provider: c.provider, name: k.pick(c.names), mark: key(c.provider, c.make(k)) };
}

/** Values people redact or template a credential with: never alerts. */
const PLACEHOLDERS = [
  '***', '********', '<YOUR_API_KEY>', 'YOUR_API_KEY', 'your-api-key-here', '${API_KEY}', '$API_KEY', '{{ api_key }}',
  '[REDACTED]', 'REDACTED', 'sk-...', 'sk-proj-********************', 'xoxb-xxxxxxxxxxxx-xxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx',
  'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '<token>', 'changeme', 'TODO', '%TOKEN%',
];

export function placeholder(k: RealWorldKeys): Mark {
  return decoy('placeholder', k.pick(PLACEHOLDERS));
}

/** Things in pastes that are shaped like keys but are not. */
export const notKey = {
  gitSha: (k: RealWorldKeys) => decoy('hash', k.gitSha()),
  sha256: (k: RealWorldKeys) => decoy('hash', k.sha256Hex()),
  uuid: (k: RealWorldKeys) => decoy('uuid', k.uuid()),
  signature: (k: RealWorldKeys) => decoy('signature', k.sha512Base64()),
  sri: (k: RealWorldKeys) => decoy('hash', `sha512-${k.base64Of(64)}`),
  stripePublishable: (k: RealWorldKeys) => decoy('public-by-design', k.stripePublishable()),
  stripeTest: (k: RealWorldKeys) => decoy('test-mode', k.stripeTest()),
  twilioSid: (k: RealWorldKeys) => decoy('identifier', k.twilioSid()),
  mapboxPublic: (k: RealWorldKeys) => decoy('public-by-design', k.mapboxPublic()),
  googleClientId: (k: RealWorldKeys) => decoy('public-by-design', k.googleClientId()),
  blob: (k: RealWorldKeys, n: number) => decoy('encoded-data', k.blob(n)),
};

/** A password or session value we do not claim to recognise: neither counted nor penalised. */
export const unclaimed = (value: string): Mark => ignore(value);

// HashiCorp Vault: since Vault 1.10 service tokens start hvs. and batch tokens hvb. (batch tokens
// are encrypted blobs, so they run much longer). Before that, service tokens were s. and 24
// letters and digits: too plain to stand alone (s.someCamelCaseName), so that form needs the word
// vault nearby and a body mixing digits with both cases. Unseal keys (Shamir shares of the root
// key, 33 bytes in base64) are printed by `vault operator init` as "Unseal Key 1: …" and typed
// after `vault operator unseal`: enough shares unseal the server and with it every secret. Terraform
// Cloud is hashicorp.ts: another product, another place to revoke.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, URLSAFE, fake, fakeBase64 } from '../rules/sample';

/** Random legacy bodies mix digits, upper and lower case; names and words do not. */
const mixed = (v: string): boolean => /[0-9]/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v);

export default defineProvider({
  slug: 'vault',
  name: 'HashiCorp Vault',
  category: 'cloud',
  domains: ['vaultproject.io'],
  noKeysUrl: 'Tokens are issued by each Vault server or HCP Vault cluster; revoke them there (vault token revoke).',
  canDo: 'Read and write the secrets the token\'s policies allow on that Vault server, often database, cloud and signing credentials, until it expires or is revoked.',
  rules: [
    {
      id: 'vault-service-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['hvs.'],
      pattern: bounded('hvs\\.[A-Za-z0-9_-]{90,120}'),
      prefix: /^hvs\./,
      validate: (v) => mixed(v.slice(4)),
      examples: {
        positive: [
          `export VAULT_TOKEN=«hvs.${fake(URLSAFE, 91, 3910)}»`,
          `curl -H "X-Vault-Token: «hvs.${fake(URLSAFE, 91, 3911)}»" https://vault.example.internal:8200/v1/secret/data/app`,
          `client = hvac.Client(url=VAULT_ADDR, token="«hvs.${fake(URLSAFE, 95, 3912)}»")`,
        ],
        negative: [
          `token: hvs.${fake(URLSAFE, 40, 3913)}`,
          `VAULT_TOKEN=hvs.${'x'.repeat(91)}`,
          `thvs.${fake(URLSAFE, 91, 3914)}`,
        ],
      },
    },
    {
      id: 'vault-batch-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['hvb.'],
      pattern: bounded('hvb\\.[A-Za-z0-9_-]{138,300}'),
      prefix: /^hvb\./,
      validate: (v) => mixed(v.slice(4)),
      examples: {
        positive: [`{"auth": {"client_token": "«hvb.${fake(URLSAFE, 160, 3915)}»", "token_type": "batch"}}`],
        negative: [`hvb.${fake(URLSAFE, 100, 3916)}`],
      },
    },
    {
      id: 'vault-legacy-token',
      match: 'run',
      kind: 'token',
      severity: 'critical',
      confidence: 'medium',
      run: { min: 24, max: 24, test: (t, s) => t[s - 1] === '.' && t[s - 2] === 's' },
      // Not after a dot either: obj.s.someLongPropertyName1 is a property path.
      pattern: /(?<![A-Za-z0-9_+/.-])(s\.[A-Za-z0-9]{24})(?![A-Za-z0-9_+/=.-])/g,
      prefix: /^s\./,
      validate: (v) => mixed(v.slice(2)),
      context: { words: ['vault'] },
      examples: {
        positive: [
          `VAULT_TOKEN=«s.${fake(ALNUM, 24, 3917)}»`,
          `vault login «s.${fake(ALNUM, 24, 3918)}»`,
          `vault:\n  address: https://vault.corp.internal:8200\n  token: «s.${fake(ALNUM, 24, 3919)}»`,
        ],
        negative: [
          `token: s.${fake(ALNUM, 24, 3920)}`,
          'vault: s.AcceptanceTimeoutSeconds',
          `vault config.s.${fake(ALNUM, 24, 3921)}`,
        ],
      },
    },
    {
      id: 'vault-unseal-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: ['Unseal Key', 'operator unseal'],
      pattern: /(?:[Uu]nseal [Kk]ey \d{1,2}: {1,4}|operator unseal {1,4}(?:-[a-z-]{1,20}(?:=\S{1,40})? {1,4}){0,3})([A-Za-z0-9+/]{44})(?![A-Za-z0-9+/=])/g,
      validate: (v) => mixed(v),
      examples: {
        positive: [
          `Unseal Key 1: «${fakeBase64(33, 7102)}»\nUnseal Key 2: ${fakeBase64(33, 7103)}\n\nInitial Root Token: hvs.${fake(URLSAFE, 91, 7104)}`,
          `$ vault operator unseal «${fakeBase64(33, 7105)}»`,
          `vault operator unseal -address=https://vault.corp.internal:8200 «${fakeBase64(33, 7106)}»`,
        ],
        negative: [
          `Unseal Key 1: ${fakeBase64(32, 7107)}`,
          'vault operator unseal $UNSEAL_KEY_1',
          `vault operator unseal ${'A'.repeat(44)}`,
          `recovery key ${fakeBase64(33, 7108)}`,
        ],
      },
    },
  ],
});

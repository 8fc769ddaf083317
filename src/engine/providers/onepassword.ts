// 1Password: service-account tokens are ops_ and the base64 of a JSON sign-in record; Secret Keys
// (A3-…) are every account's second factor, worth the vaults together with the account password.
// Recovery codes (1PRK and 13 groups of four, support.1password.com/recovery-codes; the format
// OSV-SCALIBR's onepasswordkeys detector defines) recover the whole account.

import { decodeBase64Url } from '../base64';
import { isPlaceholder } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, URLSAFE, base64Ascii, fake } from '../rules/sample';

// Secret Keys avoid lookalike characters; ours only need to look random.
const KEY_CHARS = 'ABCDEFGHJKLMNPQRSTVWXYZ23456789';
/** A3-, the account id and 26 random characters; grouped 6-5 or as one 11 (both occur). */
/** 1PRK and 13 groups of four. */
const recoveryCode = (seed: number): string => `1PRK-${(fake(KEY_CHARS, 52, seed).match(/.{4}/g) ?? []).join('-')}`;
const secretKey = (seed: number, joined = false): string => {
  const p = fake(KEY_CHARS, 32, seed);
  const middle = joined ? p.slice(6, 17) : `${p.slice(6, 12)}-${p.slice(12, 17)}`;
  return `A3-${p.slice(0, 6)}-${middle}-${p.slice(17, 22)}-${p.slice(22, 27)}-${p.slice(27)}`;
};
const serviceToken = (seed: number): string =>
  'ops_' +
  base64Ascii(
    JSON.stringify({
      signInAddress: 'my.1password.com',
      email: `${fake(HEX, 12, seed)}@1passwordserviceaccounts.com`,
      srpX: fake(HEX, 64, seed + 1),
      muk: { alg: 'A256GCM', k: fake(URLSAFE, 43, seed + 2) },
      secretKey: secretKey(seed + 3),
      deviceUuid: fake(HEX, 26, seed + 4),
    }),
  ).replace(/=+$/, '');

/** The body decodes to printable JSON: base64 of '{"…', as 1Password's token layout documents. */
function isJsonToken(v: string): boolean {
  const json = decodeBase64Url(v.slice(4).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'));
  return json !== null && /^\{"[\x20-\x7e]+$/.test(json);
}

export default defineProvider({
  slug: 'onepassword',
  name: '1Password',
  category: 'other',
  domains: ['1password.com'],
  keysUrl: 'https://my.1password.com/',
  canDo: 'A service-account token reads (and may change) the secrets in its vaults. A Secret Key plus the account password opens the whole account.',
  rules: [
    {
      id: 'onepassword-service-account-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['ops_eyJ'],
      pattern: bounded('ops_eyJ[A-Za-z0-9+/_-]{250,4000}={0,2}'),
      prefix: /^ops_/,
      validate: isJsonToken,
      examples: {
        positive: [
          `export OP_SERVICE_ACCOUNT_TOKEN=«${serviceToken(2000)}»`,
          `env:\n  OP_SERVICE_ACCOUNT_TOKEN: "«${serviceToken(2010)}»"`,
        ],
        negative: ['OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5B...', `ops_eyJ${fake(HEX, 300, 2001).replace(/[0-9]/g, '')}`],
      },
    },
    {
      id: 'onepassword-secret-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'high',
      confidence: 'high',
      keywords: ['A3-'],
      pattern: bounded('A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}'),
      prefix: /^A3-/,
      validate: (v) => /[0-9]/.test(v.slice(3)) && /[A-Z]/.test(v.slice(3)),
      examples: {
        positive: [`Secret Key: «${secretKey(2002)}»`, `{"secretKey": "«${secretKey(2003, true)}»"}`],
        negative: ['A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX', 'A3-PAPER-SHEETS-FOLIO', `A3-${fake(KEY_CHARS, 6, 2004)}-${fake(KEY_CHARS, 6, 2005)}`],
      },
    },
    {
      id: 'onepassword-recovery-code',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: ['1PRK-'],
      pattern: bounded('1PRK(?:-[A-Z0-9]{4}){13}'),
      prefix: /^1PRK-/,
      // Groups of four hide a typed walk (ABCD-EFGH-…) from the placeholder check: joined, they show it.
      validate: (v) => /[0-9]/.test(v.slice(5)) && /[A-Z]/.test(v.slice(5)) && !isPlaceholder(v.slice(5).replace(/-/g, '')),
      examples: {
        positive: [`Recovery code: «${recoveryCode(2006)}»`],
        negative: [`1PRK${'-XXXX'.repeat(13)}`, `${recoveryCode(2007).slice(0, -5)}`, `1PRK${'-Q7ZQ'.repeat(13)}`],
      },
    },
  ],
});

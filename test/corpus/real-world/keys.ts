// Fake credentials in the formats providers publish, for the real-world paste set: the labelled
// corpus's generators plus the formats it lacks (OAuth secrets and tokens, legacy unprefixed
// tokens, Cloudflare's checksummed tokens, Apideck…), on the same seeded stream. None of these
// was ever issued by anyone.
import { crc32 } from '../../../src/engine/crc32';
import { FakeKeys, base64 } from '../../support/keys';
import { BASE62, DIGITS, LOWER, UPPER, WORD } from '../../support/random';

const LOWER_ALNUM = LOWER + DIGITS;
const B64 = UPPER + LOWER + DIGITS + '+/';

export class RealWorldKeys extends FakeKeys {
  /** Standard base64 of `n` random bytes (Kraken, Azure, Coinbase Ed25519 shapes). */
  base64Of(n: number): string {
    return base64(this.bytes(n));
  }
  /** Unpadded base64url of `n` random bytes: a JWT signature. */
  base64UrlOf(n: number): string {
    return this.base64Of(n).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  }
  /** A JWT with the given header algorithm and claims. */
  jwtWith(claims: Record<string, unknown>, alg = 'HS256'): string {
    const url = (s: string) => base64(new TextEncoder().encode(s)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    return `${url(JSON.stringify({ alg, typ: 'JWT' }))}.${url(JSON.stringify(claims))}.${this.base64UrlOf(alg.startsWith('RS') ? 256 : 32)}`;
  }

  // --- Google ------------------------------------------------------------------------------------
  googleOAuthSecret(): string {
    return `GOCSPX-${this.chars(WORD, 28)}`;
  }
  googleAccessToken(): string {
    return `ya29.${this.chars(WORD, this.int(120, 200))}`;
  }
  googleClientId(): string {
    return `${this.chars(DIGITS, 12)}-${this.chars(LOWER_ALNUM, 32)}.apps.googleusercontent.com`;
  }

  // --- Code hosts and CI -------------------------------------------------------------------------
  githubRefresh(): string {
    return `ghr_${this.chars(BASE62, 76)}`;
  }
  gitlabRunner(): string {
    return `glrt-${this.chars(WORD, 20)}`;
  }
  gitlabRunnerRegistration(): string {
    return `GR1348941${this.chars(WORD, 20)}`;
  }
  /** Cloudflare's prefixed tokens: 40 alphanumerics and their CRC-32 as big-endian hex. */
  cloudflareToken(): string {
    const body = this.chars(BASE62, 40);
    return `${this.pick(['cfut_', 'cfat_'])}${body}${crc32(body).toString(16).padStart(8, '0')}`;
  }
  cloudflareLegacy(): string {
    return this.chars(WORD, 40);
  }
  vercelToken(): string {
    return `vcp_${this.chars(BASE62, 56)}`;
  }
  vercelLegacy(): string {
    return this.chars(BASE62, 24);
  }
  netlifyToken(): string {
    return `nfp_${this.chars(BASE62, 36)}`;
  }
  netlifyLegacy(): string {
    return this.chars(WORD, 43);
  }
  herokuKey(): string {
    return `HRKU-AA${this.chars(WORD, 58)}`;
  }
  sentryUserToken(): string {
    return `sntryu_${this.hex(64)}`;
  }
  sentryLegacy(): string {
    return this.hex(64);
  }
  terraformToken(): string {
    return `${this.chars(BASE62, 14)}.atlasv1.${this.chars(WORD, 67)}`;
  }
  figma(): string {
    return `figd_${this.chars(WORD, 40)}`;
  }
  rubygems(): string {
    return `rubygems_${this.hex(48)}`;
  }

  // --- Cloud -------------------------------------------------------------------------------------
  azureStorageKey(): string {
    return this.base64Of(64);
  }
  /** Entra ID client secret: three characters, a digit, Q~, then 34. */
  azureClientSecret(): string {
    const alphabet = BASE62 + '_~.-';
    let tail = this.chars(alphabet, 34);
    // A secret does not end in a separator (the engine's boundary, and Microsoft's samples).
    tail = tail.slice(0, -1) + this.chars(BASE62, 1);
    return `${this.chars(BASE62, 3)}${this.chars(DIGITS, 1)}Q~${tail}`;
  }
  alibabaKeyId(): string {
    return `LTAI${this.chars(BASE62, 20)}`;
  }
  appsyncKey(): string {
    return `da2-${this.chars(LOWER_ALNUM, 26)}`;
  }
  newrelicLicense(): string {
    return `${this.hex(36)}NRAL`;
  }
  dropbox(): string {
    return `sl.${this.chars(WORD, this.int(135, 160))}`;
  }

  // --- Payments, messaging, productivity ------------------------------------------------------------
  /** Apideck: sk_live_ and 93 of [A-Za-z0-9-], a hyphen in it. */
  apideck(): string {
    const at = this.int(10, 80);
    return `sk_live_${this.chars(BASE62, at)}-${this.chars(BASE62, 92 - at)}`;
  }
  squareToken(): string {
    return `EAAA${this.chars(WORD, 60)}`;
  }
  brevo(): string {
    return `xkeysib-${this.hex(64)}-${this.chars(BASE62, 16)}`;
  }
  notion(): string {
    return `ntn_${this.chars(DIGITS, 11)}${this.chars(BASE62, 35)}`;
  }
  mailgunPrivate(): string {
    return `${this.hex(32)}-${this.hex(8)}-${this.hex(8)}`;
  }
  plaidAccess(): string {
    return `access-production-${this.uuid()}`;
  }
  braintree(): string {
    return `access_token$production$${this.chars(LOWER_ALNUM, 16)}$${this.hex(32)}`;
  }
  mapboxSecret(): string {
    const url = (s: string) => base64(new TextEncoder().encode(s)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    return `sk.${url(JSON.stringify({ u: this.pick(['acme-maps', 'fleetviz', 'geo-team']), a: this.chars(LOWER_ALNUM, 25) }))}.${this.chars(WORD, 22)}`;
  }
  mapboxPublic(): string {
    return this.mapboxSecret().replace(/^sk\./, 'pk.');
  }

  // --- Private keys ------------------------------------------------------------------------------
  /** A whole PEM file in base64, as kubeconfig's client-key-data holds it. */
  pemBase64(): string {
    return base64(new TextEncoder().encode(`${this.pem('RSA PRIVATE KEY')}\n`));
  }
  /** A base64 blob that is not a key (a certificate's DER, an image). */
  blob(n: number): string {
    return this.chars(B64, n);
  }
}

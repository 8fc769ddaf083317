// Pieces several provider files share.

import { base64Bytes, decodeBase64Url, decodePrintableBase64, isBase64OfSize } from '../base64';
import { isPlaceholder, looksRandom } from '../filters';
import type { KeywordRule, ShapeRule, Verdict } from './rule';
import { bounded } from './rule';

/** A UUID in lower-case hex, as exchanges issue key ids and secrets. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// Words that docs and tutorials put where a password or token goes (myPassword, your_token, changeme1).
const STAND_IN = /^(?:my|your|the|some)?[_-]?(?:pass(?:word|wd)?|secret|token|api[_-]?key|key|admin|root|user(?:name)?|mongo(?:db)?|redis|postgres|default|guest|demo|test|changeme|dbpass|example|value)[0-9!._-]*$/i;

/**
 * True for a stand-in where a password or token should be (URL passwords, Secret values, curl
 * headers): a word docs use there, a template or an obvious filler.
 */
export function isStandIn(value: string): boolean {
  return STAND_IN.test(value) || isPlaceholder(value);
}

const SECRETISH = new Set(['secret', 'private', 'priv', 'apisecret', 'secretkey', 'privatekey']);

/** Same-shape key/secret pairs (Binance, Bitfinex): the name decides which half this is. */
export function halfByName(secret: Verdict): (h: { label: { words: string[] } }) => Verdict {
  return (h) => (h.label.words.some((w) => SECRETISH.has(w)) ? secret : {});
}

/**
 * A public client id that shares its secret's shape (Dropbox app key, Linear client id): a
 * secret-ish name makes it the secret, anything else is the id, public by design.
 */
export function publicUnlessNamedSecret(secret: Verdict): (h: { label: { words: string[] } }) => Verdict {
  const half = halfByName(secret);
  return (h) => {
    const verdict = half(h);
    return verdict.rule ? verdict : { notCounted: 'public-by-design' };
  };
}

/** A prefixed bearer token with nothing else to it: one literal, one bounded pattern. */
export function simpleToken(id: string, keyword: string, core: string, sample: string): Omit<KeywordRule, 'provider'> {
  const prefix = new RegExp('^' + keyword.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
  return {
    id, match: 'keyword', kind: 'token', severity: 'high', confidence: 'high',
    keywords: [keyword], pattern: bounded(core), prefix,
    examples: { positive: [`API_KEY="«${sample}»"`], negative: [`${keyword}short`, `${keyword}${'x'.repeat(60)}`] },
  };
}

/**
 * Eight bytes in a row that step by one constant (01 02 03 …, one byte repeated): bytes counted
 * out by hand, such as test inputs that stand in for a key (TruffleHog's Kraken pattern test
 * encodes bytes 1 to 106), never random ones (about once in 256^6 at each place).
 */
export function hasByteProgression(bytes: Uint8Array, run = 8): boolean {
  let length = 2;
  for (let i = 2; i < bytes.length; i++) {
    const step = ((bytes[i] as number) - (bytes[i - 1] as number)) & 255;
    if (step === (((bytes[i - 1] as number) - (bytes[i - 2] as number)) & 255)) {
      if (++length >= run) return true;
    } else length = 2;
  }
  return false;
}

/**
 * Three zero bytes in a row: a length field or padding of a structure (an OpenSSH key's tail),
 * which 64 random bytes hold about once in 270,000.
 */
function hasZeroRun(bytes: Uint8Array): boolean {
  for (let i = 2; i < bytes.length; i++) if (bytes[i] === 0 && bytes[i - 1] === 0 && bytes[i - 2] === 0) return true;
  return false;
}

/**
 * Shape of a secret that is exactly `bytes` random bytes in canonical standard base64 (Kraken,
 * Coinbase Ed25519). Not random bytes: base64 of printable text (a message stored encoded) and
 * bytes with a run of three zeros (a structure's length field, as in an OpenSSH key's tail).
 */
export function base64OfBytes(bytes: number): Pick<ShapeRule, 'lengths' | 'pattern' | 'validate'> {
  const pad = (3 - (bytes % 3)) % 3;
  const length = Math.ceil(bytes / 3) * 4;
  return {
    lengths: [length],
    pattern: new RegExp(`^[A-Za-z0-9+/]{${length - pad}}${'='.repeat(pad)}$`),
    validate: (v) => {
      if (!isBase64OfSize(v, bytes) || !looksRandom(v) || decodePrintableBase64(v) !== null) return false;
      const decoded = base64Bytes(v);
      return !hasByteProgression(decoded) && !hasZeroRun(decoded);
    },
  };
}

/**
 * Block explorers built by Etherscan (Etherscan, BscScan and their family) issue API keys of 34
 * upper-case letters and digits: a key named as one next to the explorer's name.
 */
export function explorerApiKey(id: string, words: readonly string[], examples: ShapeRule['examples']): Omit<ShapeRule, 'provider'> {
  return {
    id, match: 'shape', kind: 'token', severity: 'medium', confidence: 'medium',
    lengths: [34], pattern: /^[0-9A-Z]{34}$/,
    validate: (v) => /[0-9]/.test(v) && /[A-Z]/.test(v),
    context: { words, strict: true },
    examples,
  };
}

/** Short random alphanumerics (under ~24 characters) often lack a digit: both cases is the check. */
export function mixedCase(s: string): boolean {
  return /[A-Z]/.test(s) && /[a-z]/.test(s);
}

/** The JSON object `s` holds, or null (malformed, not an object, or no text at all). */
export function parseJsonObject(s: string | null): Record<string, unknown> | null {
  if (s === null) return null;
  try {
    const v: unknown = JSON.parse(s);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** A JWT's first part decodes to a JSON header naming a signing algorithm other than 'none'. */
export function hasJwtHeader(jwt: string): boolean {
  const header = parseJsonObject(decodeBase64Url(jwt.slice(0, jwt.indexOf('.'))));
  return header !== null && typeof header.alg === 'string' && header.alg.toLowerCase() !== 'none';
}

/**
 * Atlassian Data Center personal access tokens (Jira, Confluence, Bamboo; Bitbucket's after
 * BBDC-): 44 characters of base64 over a 12-digit token id, ':' and 20 random bytes, as public
 * rule definitions (Kingfisher, CredSweeper) read them. Hand-made values decode to printable text.
 */
export function isDataCenterToken(b64: string): boolean {
  if (b64.length !== 44) return false;
  const bytes = base64Bytes(b64);
  if (bytes.length !== 33 || bytes[12] !== 0x3a) return false;
  for (let i = 0; i < 12; i++) if ((bytes[i] as number) < 0x30 || (bytes[i] as number) > 0x39) return false;
  for (let i = 13; i < 33; i++) if ((bytes[i] as number) < 0x20 || (bytes[i] as number) > 0x7e) return true;
  return false;
}

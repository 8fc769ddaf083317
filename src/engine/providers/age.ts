// age (file encryption): secret keys are Bech32 with the prefix AGE-SECRET-KEY-1; the last six
// characters are a checksum over the rest, so a lookalike is dropped offline. Post-quantum
// (ML-KEM-768 + X25519) identities, since age v1.3, are the same Bech32 under the prefix
// AGE-SECRET-KEY-PQ-1 (C2SP age spec, "The mlkem768x25519 recipient type").

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { fake } from '../rules/sample';

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const HRP = 'age-secret-key-';
const HRP_PQ = 'age-secret-key-pq-';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

/** BIP-173 checksum state over the expanded human-readable part and the data characters. */
function polymod(data: readonly number[], hrp = HRP): number {
  let chk = 1;
  for (const v of [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...data]) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >> i) & 1) chk = (chk ^ (GENERATOR[i] as number)) >>> 0;
  }
  return chk;
}

/** True when the 58 characters after the '1' carry a valid Bech32 checksum. */
function hasBech32Checksum(value: string, hrp = HRP): boolean {
  const data = [...value.slice(hrp.length + 1).toLowerCase()].map((c) => CHARSET.indexOf(c));
  return !data.includes(-1) && polymod(data, hrp) === 1;
}

/** A fake key with a valid checksum, for the examples. */
function fakeAgeKey(seed: number, hrp = HRP): string {
  const data = [...fake(CHARSET, 52, seed)].map((c) => CHARSET.indexOf(c));
  const mod = polymod([...data, 0, 0, 0, 0, 0, 0], hrp) ^ 1;
  const check = [0, 1, 2, 3, 4, 5].map((i) => (mod >> (5 * (5 - i))) & 31);
  return `${hrp.toUpperCase()}1${[...data, ...check].map((d) => CHARSET[d]).join('').toUpperCase()}`;
}

const key = fakeAgeKey(2040);
const pqKey = fakeAgeKey(9207, HRP_PQ);

export default defineProvider({
  slug: 'age',
  name: 'age',
  category: 'other',
  domains: ['age-encryption.org'],
  noKeysUrl: 'An age key is a file on its owner\'s machine, not an account: there is nothing to revoke, only files to re-encrypt to a new key.',
  canDo: 'Decrypt every file and backup encrypted to this key, including secrets kept with tools such as SOPS.',
  rules: [
    {
      id: 'age-secret-key',
      match: 'keyword',
      kind: 'private-key',
      severity: 'critical',
      confidence: 'high',
      keywords: ['AGE-SECRET-KEY-1'],
      pattern: bounded('AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}'),
      prefix: /^AGE-SECRET-KEY-1/,
      validate: hasBech32Checksum,
      examples: {
        positive: [`# public key: age1${fake(CHARSET, 58, 2041)}\n«${key}»`, `SOPS_AGE_KEY=«${fakeAgeKey(2042)}»`],
        negative: [`${key.slice(0, -1)}${key.endsWith('Q') ? 'P' : 'Q'}`, `AGE-SECRET-KEY-1${fake(CHARSET, 40, 2043).toUpperCase()}`],
      },
    },
    {
      id: 'age-post-quantum-secret-key',
      match: 'keyword',
      kind: 'private-key',
      severity: 'critical',
      confidence: 'high',
      keywords: ['AGE-SECRET-KEY-PQ-1'],
      pattern: bounded('AGE-SECRET-KEY-PQ-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}'),
      prefix: /^AGE-SECRET-KEY-PQ-1/,
      validate: (v) => hasBech32Checksum(v, HRP_PQ),
      examples: {
        positive: [`# created: 2026-01-05T10:00:00Z\n# public key: age1pq1${fake(CHARSET, 80, 9205)}...\n«${fakeAgeKey(9206, HRP_PQ)}»`],
        negative: [`${pqKey.slice(0, -1)}${pqKey.endsWith('Q') ? 'P' : 'Q'}`, `AGE-SECRET-KEY-PQ-1${fake(CHARSET, 40, 9208).toUpperCase()}`],
      },
    },
  ],
});

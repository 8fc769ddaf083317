// Wallet private keys in text. Checksummed forms prove themselves offline: WIF (version 0x80 or
// 0xef, 32 key bytes, 0x01 when compressed), extended private keys (xprv/yprv/zprv/tprv… 78
// bytes with a private-key marker) and BIP-38 encrypted keys (6P…) are base58check, so a random
// string passes one time in 2^32. Hex and Solana keys carry no checksum: a 64-hex value is a
// transaction hash as often as a key, and a 64-byte base58 value a signature, so those need a
// private-key name or call right before them. Public forms (xpub…, addresses) are never reported.
import { base58, createBase58check } from '@scure/base';
import { labelBefore, nearestWord } from '../context';
import { isPlaceholder } from '../filters';
import { sha256 } from '../sha256';
import { keyPreview, type WalletHit } from './found';

export const base58check = createBase58check(sha256);

const ALNUM_RUN = /^[A-Za-z0-9]+$/;
const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const HEX_ALPHABET = '0123456789ABCDEFabcdef';
const BASE58 = new RegExp(`^[${BASE58_ALPHABET}]+$`);
const HEX = new RegExp(`^[${HEX_ALPHABET}]+$`);

/**
 * Lengths of the key forms: WIF (51, 52), BIP-38 (58), hex (64, 0x + 64), Solana base58 (86-88),
 * extended keys (111, 112). The engine's first pass (prefilter.ts) notes runs of these lengths.
 */
export const WALLET_KEY_LENGTHS: readonly number[] = [51, 52, 58, 64, 66, 86, 87, 88, 111, 112];

/** Order of secp256k1: a private key is 1 … n-1. */
const SECP256K1_N = 'fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141';

const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

function inSecp256k1Range(hex: string): boolean {
  const h = hex.toLowerCase();
  return h !== '0'.repeat(64) && h < SECP256K1_N;
}

function decodeCheck(value: string): Uint8Array | undefined {
  if (!BASE58.test(value)) return undefined;
  try {
    return base58check.decode(value);
  } catch {
    return undefined;
  }
}

/** Version bytes of extended private keys (BIP-32 and SLIP-132), with their usual prefix. */
const EXTENDED_PRIVATE = new Map<number, string>([
  [0x0488ade4, 'xprv'], [0x049d7878, 'yprv'], [0x04b2430c, 'zprv'], [0x0295b005, 'Yprv'], [0x02aa7a99, 'Zprv'],
  [0x04358394, 'tprv'], [0x044a4e62, 'uprv'], [0x045f18bc, 'vprv'], [0x024285b5, 'Uprv'], [0x02575048, 'Vprv'],
]);

function secpHit(rule: string, label: string, value: string, start: number, keyHex: string, confidence: WalletHit['confidence']): WalletHit {
  return {
    rule, kind: 'private-key', severity: 'critical', confidence, start, end: start + value.length,
    redacted: keyPreview(label, value), secret: `secp256k1:${keyHex}`,
    ...(isPlaceholder(keyHex) ? { notCounted: 'placeholder' as const } : {}),
  };
}

/** A base58check value: WIF key, extended private key or BIP-38 encrypted key. */
function checksummed(value: string, start: number): WalletHit | undefined {
  const len = value.length;
  if (len !== 51 && len !== 52 && len !== 58 && len !== 111 && len !== 112) return undefined;
  const bytes = decodeCheck(value);
  if (!bytes) return undefined;
  const version = bytes[0] as number;
  if ((len === 51 || len === 52) && (version === 0x80 || version === 0xef)) {
    const compressed = bytes.length === 34 && bytes[33] === 0x01;
    if (bytes.length !== 33 && !compressed) return undefined;
    const keyHex = toHex(bytes.subarray(1, 33));
    if (!inSecp256k1Range(keyHex)) return undefined;
    return secpHit('wif-private-key', `WIF ${value[0]}`, value, start, keyHex, 'high');
  }
  if (len === 58 && bytes.length === 39 && version === 0x01 && (bytes[1] === 0x42 || bytes[1] === 0x43)) {
    return {
      rule: 'bip38-encrypted-key', kind: 'private-key', severity: 'medium', confidence: 'high', start, end: start + len,
      redacted: keyPreview('BIP-38 6P', value), secret: `bip38:${toHex(bytes)}`,
    };
  }
  if (bytes.length === 78) {
    const prefix = EXTENDED_PRIVATE.get(((bytes[0] as number) << 24 | (bytes[1] as number) << 16 | (bytes[2] as number) << 8 | (bytes[3] as number)) >>> 0);
    // Byte 45 is 0x00 before a private key (a public key starts 0x02 or 0x03 there).
    if (!prefix || bytes[45] !== 0x00) return undefined;
    return {
      rule: 'extended-private-key', kind: 'private-key', severity: 'critical', confidence: 'high', start, end: start + len,
      redacted: keyPreview(prefix, value), secret: `xprv:${toHex(bytes.subarray(4))}`,
    };
  }
  return undefined;
}

// Names of private keys. 'secret' alone is not one: jwt_secret_key, checksum/secret and API
// secrets hold 64-hex values that are not wallet keys.
const PRIVATE_WORDS = new Set(['private', 'priv', 'privkey', 'privatekey', 'keypair']);
// Calls that take a private key: ethers/viem/web3 (JS), eth-account (Python), Solana's Keypair.
const KEY_CALL = /(?:Wallet|privateKeyToAccount|fromPrivateKey|SigningKey|from_key|privateKeyToAddress|fromSecretKey|from_bytes|from_base58_string|importKey)\s*\(\s*(?:Uint8Array\.from\(\s*|bytes\.fromhex\(\s*|bs58\.decode\(\s*)?["'`]?$/;
const PROSE = /private[ _-]?key|priv[ _-]?key/i;
const SOLANA_WORDS = ['solana', 'phantom', 'solflare', 'keypair', 'backpack'];

/** 'secret' then 'key' (secretKey, SECRET_KEY): Solana's name for a keypair's 64 bytes. */
const secretKey = (words: readonly string[]): boolean => words.some((w, i) => w === 'secret' && words[i + 1] === 'key');

/**
 * How sure the surroundings make a value without a checksum: 'high' for a private-key name or
 * call, 'medium' for a key-ish name of a 0x value (`prefixed`) or private-key prose on the line,
 * undefined otherwise. `solana` also takes Solana's secretKey name.
 */
function keyContext(text: string, start: number, prefixed: boolean, solana = false): WalletHit['confidence'] | undefined {
  if (KEY_CALL.test(text.slice(Math.max(0, start - 64), start))) return 'high';
  const label = labelBefore(text, start);
  if (label.kind === 'trap' || label.words.some((w) => w === 'public' || w === 'pub' || w === 'address')) return undefined;
  if (label.words.some((w) => PRIVATE_WORDS.has(w)) || (solana && secretKey(label.words))) return 'high';
  if (prefixed && (label.words.includes('pk') || label.words.some((w) => w === 'accounts' || w === 'account' || w === 'signer'))) return 'high';
  if (prefixed && label.kind === 'keyish') return 'medium';
  // "my private key is 0x…" on the same line.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (PROSE.test(text.slice(Math.max(lineStart, start - 80), start))) return 'medium';
  return undefined;
}

/** A 64-hex secp256k1 private key (Ethereum and friends), 0x-prefixed or not. */
function hexKey(text: string, value: string, start: number): WalletHit | undefined {
  const prefixed = value.length === 66 && (value.startsWith('0x') || value.startsWith('0X'));
  if (value.length !== 64 && !prefixed) return undefined;
  const hex = prefixed ? value.slice(2) : value;
  if (!HEX.test(hex) || !inSecp256k1Range(hex)) return undefined;
  const confidence = keyContext(text, start, prefixed);
  if (!confidence) return undefined;
  return secpHit('hex-private-key', prefixed ? '0x' : 'hex ', value, start, hex.toLowerCase(), confidence);
}

/** A Solana secret key in base58 (64 bytes: seed and public key), named as a private key. */
function solanaKey(text: string, value: string, start: number): WalletHit | undefined {
  if (value.length < 86 || value.length > 88 || !BASE58.test(value)) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = base58.decode(value);
  } catch {
    return undefined;
  }
  if (bytes.length !== 64) return undefined;
  const confidence = keyContext(text, start, false, true) ?? (solanaNear(text, start) && labelBefore(text, start).kind !== 'trap' ? 'medium' : undefined);
  if (!confidence) return undefined;
  return solanaHit(start, start + value.length, bytes, confidence, keyPreview('Solana', value));
}

function solanaNear(text: string, start: number): boolean {
  return nearestWord(text, SOLANA_WORDS, start - 200, start, start) >= 0;
}

function solanaHit(start: number, end: number, bytes: Uint8Array, confidence: WalletHit['confidence'], redacted: string): WalletHit {
  return {
    rule: 'solana-secret-key', kind: 'private-key', severity: 'critical', confidence, start, end, redacted,
    secret: `ed25519:${toHex(bytes.subarray(0, 32))}`,
    ...(isPlaceholder(toHex(bytes)) ? { notCounted: 'placeholder' as const } : {}),
  };
}

const ARRAY_ALPHABET = '0123456789, \t\r\n';
const ARRAY_CHARS = new Uint8Array(128);
for (const c of ARRAY_ALPHABET) ARRAY_CHARS[c.charCodeAt(0)] = 1;

/**
 * The maximal runs of at least `min` characters of `table` in `text`, as start, end pairs. A run
 * that long must cover i + min - 1, so only that character is probed (as in prefilter.ts): most
 * text costs one read per `min` characters.
 *
 * It hands back a list rather than calling back, and reads every character through the one
 * ASCII test below: a callback (or a closure made per call) here, inlined into keyHits, made V8
 * drop keyHits' optimised code on almost every call (37–110 times over the 18.3 MB of assets).
 */
function runsOf(text: string, n: number, table: Uint8Array, min: number): number[] {
  const found: number[] = [];
  let i = 0;
  while (i + min - 1 < n) {
    const probe = i + min - 1;
    if (!inTable(table, text.charCodeAt(probe))) {
      i = probe + 1;
      continue;
    }
    let start = probe;
    while (start > i && inTable(table, text.charCodeAt(start - 1))) start--;
    let end = probe + 1;
    while (end < n && inTable(table, text.charCodeAt(end))) end++;
    if (end - start >= min) found.push(start, end);
    i = end + 1;
  }
  return found;
}

function inTable(table: Uint8Array, c: number): boolean {
  return c < 128 && table[c] === 1;
}

/** Shortest keypair array: 64 one-digit numbers and 63 commas. */
const MIN_ARRAY_RUN = 127;
const BYTE_NUMBER = /^\s*(\d{1,3})\s*$/;

/** A keypair file's array: 64 numbers, the 32-byte seed then the 32-byte public key. */
function solanaArray(text: string, start: number, end: number): WalletHit | undefined {
  const open = text.lastIndexOf('[', start);
  if (open < start - 8 || text.slice(open + 1, start).trim() !== '') return undefined;
  const close = text.indexOf(']', end);
  if (close < 0 || close > end + 8 || text.slice(end, close).trim() !== '') return undefined;
  const parts = text.slice(start, end).split(',');
  if (parts.length !== 64) return undefined;
  const numbers = parts.map((x) => Number(BYTE_NUMBER.exec(x)?.[1] ?? 256));
  if (numbers.some((x) => x > 255)) return undefined;
  // Lookup tables and sequences are not random: a seed and a public key have many distinct
  // bytes, high ones among them, in no order.
  if (new Set(numbers).size < 40 || Math.max(...numbers) < 128) return undefined;
  const whole = text.slice(0, open).trim() === '' && text.slice(close + 1).trim() === '';
  const confidence = whole ? 'medium' : (keyContext(text, open, false, true) ?? (solanaNear(text, open) ? 'medium' : undefined));
  if (!confidence) return undefined;
  return solanaHit(open, close + 1, Uint8Array.from(numbers), confidence, '[64 numbers]');
}

// Ethereum keystore v3 (geth, MetaMask exports): the key encrypted with a password-derived key.
// Its ciphertext (64 hex characters for a 32-byte key) is a key run like any other.
const CIPHERTEXT_NAME = /"ciphertext"\s*:\s*"$/;

function keystore(text: string, value: string, start: number): WalletHit | undefined {
  if (value.length !== 64 || !HEX.test(value) || !CIPHERTEXT_NAME.test(text.slice(Math.max(0, start - 24), start))) return undefined;
  const around = text.slice(Math.max(0, start - 1000), start + 1000);
  if (!/"kdf"\s*:/.test(around) || !/"mac"\s*:/.test(around)) return undefined;
  return {
    rule: 'ethereum-keystore', kind: 'private-key', severity: 'medium', confidence: 'high', start, end: start + value.length,
    redacted: 'keystore v3 (encrypted)', secret: `keystore:${value.toLowerCase()}`,
  };
}

/**
 * What the page's gate needs of these forms (gate-summary.ts): base58 keys of 51+ characters (WIF,
 * BIP-38, extended keys, Solana), hex keys of 64 (with or without 0x), keypair arrays.
 */
export const WALLET_KEY_SHAPES: ReadonlyArray<{ chars: string; min: number }> = [
  { chars: BASE58_ALPHABET, min: Math.min(...WALLET_KEY_LENGTHS.filter((n) => n !== 64 && n !== 66)) },
  { chars: `${HEX_ALPHABET}x`, min: 64 },
  { chars: ARRAY_ALPHABET, min: MIN_ARRAY_RUN },
];

/**
 * Every wallet key in `text`, in no particular order. `runs` are start, end pairs of the text's
 * runs of token characters (the prefilter's shape runs; lengths not in WALLET_KEY_LENGTHS are ignored).
 */
export function keyHits(text: string, runs: readonly number[]): WalletHit[] {
  const out: WalletHit[] = [];
  for (let k = 0; k < runs.length; k += 2) {
    const start = runs[k] as number;
    const end = runs[k + 1] as number;
    if (!WALLET_KEY_LENGTHS.includes(end - start)) continue;
    const value = text.slice(start, end);
    if (!ALNUM_RUN.test(value)) continue;
    const hit = checksummed(value, start) ?? keystore(text, value, start) ?? hexKey(text, value, start) ?? solanaKey(text, value, start);
    if (hit) out.push(hit);
  }
  const arrays = runsOf(text, text.length, ARRAY_CHARS, MIN_ARRAY_RUN);
  for (let k = 0; k < arrays.length; k += 2) {
    const hit = solanaArray(text, arrays[k] as number, arrays[k + 1] as number);
    if (hit) out.push(hit);
  }
  return out;
}

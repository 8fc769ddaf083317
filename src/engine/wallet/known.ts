// Wallet secrets printed in public documentation and test suites, stored as SHA-256 of their
// normalised form (see found.ts) so the bundle does not carry them in clear. A match is reported
// as a documentation example, never an alert. known.test.ts derives every entry again from the
// public mnemonics and seeds it names, with @scure/bip32.
import { docHash } from '../filters';

const KNOWN = new Set<string>([]);

export function isKnown(secret: string): boolean {
  return KNOWN.has(docHash(secret));
}

// A wallet detection as the engine's Finding: provider 'wallet', a preview that names the type and
// at most four characters, and a salted fingerprint of the normalised secret (the phrase's word
// indexes or the key's bytes, so a key written as WIF and as hex, or a phrase written in any
// layout or read from a SeedQR, has one fingerprint).
import { fingerprint } from '../fingerprint';
import type { Finding, Kind, NotCountedReason, ScanOptions, Severity } from '../types';
import { isKnown } from './known';

export const WALLET_PROVIDER = 'wallet';

export interface WalletHit {
  rule: string;
  kind: Kind;
  severity: Severity;
  confidence: Finding['confidence'];
  start: number;
  end: number;
  redacted: string;
  /** The normalised secret ('bip39:<indexes>', 'secp256k1:<hex>'…): hashed, never returned. */
  secret: string;
  /** Set for placeholders (repeated words, filler keys); well-known values are found in toFinding. */
  notCounted?: NotCountedReason;
}

export function toFinding(hit: WalletHit, options: ScanOptions): Finding {
  const example = isKnown(hit.secret) ? 'documentation-example' : hit.notCounted;
  const f: Finding = {
    rule: hit.rule,
    provider: WALLET_PROVIDER,
    kind: hit.kind,
    severity: example ? 'info' : hit.severity,
    example: example !== undefined,
    confidence: hit.confidence,
    start: hit.start,
    end: hit.end,
    redacted: hit.redacted,
    fingerprint: fingerprint(hit.secret, options.salt ?? ''),
    source: options.source ?? 'text',
  };
  if (example) f.notCounted = example;
  return f;
}

/** Type label and the last four characters: enough to recognise a key, nothing to use. */
export function keyPreview(label: string, value: string): string {
  return `${label}…${value.slice(-4)}`;
}

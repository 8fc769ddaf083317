// Public surface of the engine. (Stub: replaced by the real scanner.)
import type { Finding, ScanOptions } from './types';

export * from './types';

/** Every key-shaped string in `text`, classified. Pure and synchronous; linear in text length. */
export function scan(_text: string, _options: ScanOptions = {}): Finding[] {
  return [];
}

import { sha256Hex, utf8 } from './sha256';

/**
 * Salted fingerprint of a decoded key value: hex SHA-256(salt + NUL + value).
 * The NUL keeps (salt 'a', value 'bc') and (salt 'ab', value 'c') apart.
 */
export function fingerprint(value: string, salt = ''): string {
  return sha256Hex(utf8(salt + '\u0000' + value));
}

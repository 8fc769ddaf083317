// The engine's public vocabulary. Everything outside src/engine speaks these types.
// Deliberately absent: the raw key. A Finding points at the key with a span into the text the
// caller already holds; nothing the engine returns can be stored and later rebuilt into a key.

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

/** Ordered from most to least severe; index 0 wins when ranking. */
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

export type Confidence = 'high' | 'medium' | 'low';

/** Ordered from most to least certain. */
export const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];

/** The one ranking of severities and confidences: 0 is the most severe / most certain. */
export const severityRank = (severity: Severity): number => SEVERITIES.indexOf(severity);
export const confidenceRank = (confidence: Confidence): number => CONFIDENCES.indexOf(confidence);

/**
 * secret: a credential that grants access on its own or with its pair (API secret, private key).
 * token: a bearer token (GitHub PAT, Slack token, JWT) – one string is enough to act.
 * private-key: a PEM/OpenSSH private key block.
 * webhook: a URL that lets anyone post as the owner.
 * public: the public half of a key pair (Kraken public key, exchange API key id): not enough
 *   alone, but identifies the account and completes a leaked secret.
 * identifier: an id that is not a credential (Twilio account SID); reported at info at most.
 * recovery-phrase: a wallet's BIP-39 words (or their SeedQR): every key of the wallet, for good.
 */
export type Kind = 'secret' | 'token' | 'private-key' | 'webhook' | 'public' | 'identifier' | 'recovery-phrase';

/** Where the text came from: ordinary text, or a payload decoded from a QR image. */
export type Source = 'text' | 'qr';

/** Why a finding is not counted as an exposure (severity is then 'info'). */
export type NotCountedReason =
  | 'documentation-example'
  | 'placeholder'
  | 'public-by-design'
  | 'test-mode'
  /** A token whose own expiry time (a JWT's `exp`) has passed: it no longer opens anything. */
  | 'expired';

export interface Finding {
  /** Rule id, e.g. 'kraken-private-key'. Stable: used in SARIF and tests. */
  rule: string;
  /** Provider slug, e.g. 'kraken', 'github', 'aws'. Key of PROVIDERS. */
  provider: string;
  kind: Kind;
  severity: Severity;
  /** True for documentation examples and placeholders: never an alert. */
  example: boolean;
  /** Set when the finding is reported but not counted as an exposure. */
  notCounted?: NotCountedReason;
  /** Rules that need context (no prefix) or are generic report 'medium' or 'low'. */
  confidence: Confidence;
  /** UTF-16 offsets into the scanned text, covering exactly the key as written (escapes included). */
  start: number;
  end: number;
  /** Recognisable, never usable: e.g. 'ghp_…(40)…x9Qz'. */
  redacted: string;
  /** hex SHA-256 over salt + the decoded key value. Same key → same fingerprint. */
  fingerprint: string;
  source: Source;
  /** Fingerprint of the other half when a key/secret pair was recognised. */
  pairedWith?: string;
  /**
   * For a secret no rule recognises, the service its name names (GUMROAD_API_TOKEN → 'gumroad'):
   * where to revoke it. Lower-case letters and digits, from the text's own name for the value.
   */
  namedFor?: string;
}

export interface ScanOptions {
  /** Salt mixed into fingerprints. The extension uses a random per-install salt. */
  salt?: string;
  source?: Source;
  /** Also report lower-confidence generic detections (high-entropy values assigned to key-ish names). */
  includeGeneric?: boolean;
  /**
   * Text known to surround the whole input: a page's host and title, a QR URI scheme such as
   * 'kraken://apikey'. Counts as provider context for keys that have no prefix of their own.
   */
  context?: string;
  /**
   * The text is one value on its own: a field's whole content (the paste guard). A lone key shape
   * in it counts as named, as a whole QR payload does (source 'qr'): provider rules still need
   * their own evidence, the generic 64-byte rule reports it.
   */
  wholeValue?: boolean;
  /** The time tokens' expiry is judged at, in ms since 1970 (default: the time of the scan). */
  now?: number;
}

export type ProviderCategory = 'exchange' | 'cloud' | 'code' | 'ai' | 'payments' | 'messaging' | 'other';

export interface Provider {
  slug: string;
  /** Display name, e.g. 'Kraken'. */
  name: string;
  category: ProviderCategory;
  /** Registrable domains the provider's own pages live on, e.g. ['kraken.com']. */
  domains: string[];
  /** Where the owner revokes and replaces keys (shown as "what to do now"). */
  keysUrl?: string;
  /** In plain words, what someone holding a live secret could do. */
  canDo: string;
  /** Path to the key page inside the provider's UI, e.g. 'Settings → Security → API'. */
  keysPath?: string;
  /** Colour of the popup's initial badge (4.5:1 against white text). */
  badge?: string;
  /**
   * For a credential type (a private key, a JWT, a connection string), which no provider's page
   * revokes: what to do instead.
   */
  replaceHow?: string;
}

/** True when a finding counts as an exposure (badge, exit status, popup count). */
export function isAlert(f: Pick<Finding, 'severity' | 'example'>): boolean {
  return f.severity !== 'info' && !f.example;
}

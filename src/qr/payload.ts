// What a decoded QR payload is, and the keys in it. Structured forms (kraken:// URIs, JSON, query
// strings, Bitfinex's user:…-key:…-secret:…, two bare lines) are taken apart by hand so that '+'
// stays '+' and %2B/%2F/%3D or JSON escapes are undone; the decoded values go to the engine as
// labelled lines with provider words as context, and every finding's span is mapped back onto the
// payload exactly as the QR holds it. Forms that cannot hold an API key (Wi-Fi, payment requests)
// are not scanned at all: a Wi-Fi password or a wallet address is not an exposure we report.
import { scan } from '../engine/index';
import { phraseFindings, seedQrFindings } from '../engine/wallet';
import type { Finding, ScanOptions } from '../engine/types';

export type PayloadForm =
  | 'kraken-uri'
  | 'key-uri'
  | 'json'
  | 'query'
  | 'bitfinex'
  | 'lines'
  | 'wifi'
  | 'payment'
  | 'contact'
  | 'url'
  | 'text';

export interface PayloadField {
  /** The name as written (percent- or JSON-decoded), e.g. 'secret', 'apiKey'. */
  name: string;
  /** The value with escapes undone. */
  value: string;
  /** Span of the value as written in the payload. */
  start: number;
  end: number;
  /** offsets[i]: payload offset where value[i] is written; offsets[value.length] === end. */
  offsets: number[];
}

export interface ParsedQrPayload {
  form: PayloadForm;
  /** Named values, in payload order; empty for forms scanned as plain text. */
  fields: PayloadField[];
  /** Words that say what the values are, for the engine: 'kraken api key secret', JSON names. */
  context: string;
  /** False for forms that by construction hold no API key. */
  mayHoldKey: boolean;
}

const PAYMENT_SCHEMES =
  /^(bitcoin|bitcoincash|ethereum|litecoin|dogecoin|monero|solana|tron|ripple|xrp|cardano|dash|zcash|stellar|algorand|cosmos|polkadot|lightning|lnurl|upi|paypal|venmo|cashme)[:]/i;
// EPC (SEPA) and Swiss QR-bill payment slips start with a fixed service tag on the first line.
const PAYMENT_SLIPS = /^(BCD|SPC)\r?\n/;

function identity(value: string, start: number): number[] {
  const offsets: number[] = [];
  for (let i = 0; i <= value.length; i++) offsets.push(start + i);
  return offsets;
}

function field(name: string, value: string, start: number, offsets = identity(value, start)): PayloadField {
  return { name, value, start, end: offsets[offsets.length - 1] ?? start, offsets };
}

/** %XX → the byte as a char (ASCII only); '+' is kept: in a key it is a base64 digit, not a space. */
function percentDecode(raw: string, start: number): { value: string; offsets: number[] } {
  let value = '';
  const offsets: number[] = [];
  let i = 0;
  while (i < raw.length) {
    offsets.push(start + i);
    const hex = raw[i] === '%' ? /^[0-7][0-9A-Fa-f]$/.exec(raw.slice(i + 1, i + 3)) : null;
    if (hex) {
      value += String.fromCharCode(parseInt(hex[0], 16));
      i += 3;
    } else {
      value += raw[i];
      i++;
    }
  }
  offsets.push(start + raw.length);
  return { value, offsets };
}

/** name=value pairs separated by '&', decoded by hand (URLSearchParams would turn '+' into ' '). */
function parseQuery(payload: string, from: number, to = payload.length): PayloadField[] {
  const fields: PayloadField[] = [];
  let at = from;
  while (at <= to) {
    let next = payload.indexOf('&', at);
    if (next < 0 || next > to) next = to;
    const eq = payload.indexOf('=', at);
    if (eq > at && eq < next) {
      const name = percentDecode(payload.slice(at, eq), at).value;
      const { value, offsets } = percentDecode(payload.slice(eq + 1, next), eq + 1);
      fields.push(field(name, value, eq + 1, offsets));
    }
    at = next + 1;
  }
  return fields;
}

const JSON_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Reads the JSON string whose opening quote is at `open`; undefined when it is not closed. */
function readJsonString(payload: string, open: number): { value: string; offsets: number[]; close: number } | undefined {
  let value = '';
  const offsets: number[] = [];
  let i = open + 1;
  while (i < payload.length) {
    const c = payload[i] as string;
    if (c === '"') {
      offsets.push(i);
      return { value, offsets, close: i };
    }
    offsets.push(i);
    if (c === '\\') {
      const e = payload[i + 1] ?? '';
      const hex = e === 'u' ? /^[0-9A-Fa-f]{4}$/.exec(payload.slice(i + 2, i + 6)) : null;
      if (hex) {
        value += String.fromCharCode(parseInt(hex[0], 16));
        i += 6;
      } else {
        value += JSON_ESCAPES[e] ?? e;
        i += 2;
      }
    } else {
      value += c;
      i++;
    }
  }
  return undefined;
}

/** Every "name": "string" member anywhere in a JSON text (nested objects included). */
function parseJsonMembers(payload: string): { fields: PayloadField[]; words: string[] } {
  const fields: PayloadField[] = [];
  const words: string[] = [];
  let pendingName: string | undefined;
  let i = 0;
  while (i < payload.length) {
    if (payload[i] !== '"') {
      if (!/\s|:/.test(payload[i] as string)) pendingName = undefined;
      i++;
      continue;
    }
    const str = readJsonString(payload, i);
    if (!str) break;
    const after = /^\s*:/.exec(payload.slice(str.close + 1, str.close + 40));
    if (after) {
      pendingName = str.value;
      words.push(str.value);
    } else if (pendingName !== undefined) {
      fields.push(field(pendingName, str.value, i + 1, str.offsets));
      // Short word values ("exchange": "kraken") say which provider the keys belong to.
      if (/^[A-Za-z][A-Za-z .-]{1,23}$/.test(str.value)) words.push(str.value);
      pendingName = undefined;
    }
    i = str.close + 1;
  }
  return { fields, words };
}

function looksLikeJson(payload: string): boolean {
  const t = payload.trim();
  if (!/^[{[]/.test(t)) return false;
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
}

const BITFINEX = /^user:([^\s-]*)-key:(\S+)-secret:(\S+)$/;
// Names are identifiers: a base64 value ending in '==' must not read as name '=' value.
const QUERY = /^[A-Za-z_][\w.-]{0,63}=[^\s&]*(&[A-Za-z_][\w.-]{0,63}=[^\s&]*)*$/;
const URI = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;
const TOKEN_LINE = /^\S{16,}$/;

/** Classifies a decoded payload and takes its named values apart. */
export function parseQrPayload(payload: string): ParsedQrPayload {
  const text = payload.trim();
  const lead = payload.indexOf(text);
  const plain = (form: PayloadForm, mayHoldKey = true): ParsedQrPayload => ({ form, fields: [], context: '', mayHoldKey });

  if (/^WIFI:/i.test(text)) return plain('wifi', false);
  if (PAYMENT_SCHEMES.test(text) || PAYMENT_SLIPS.test(text)) return plain('payment', false);
  if (/^(BEGIN:VCARD|MECARD:|BEGIN:VEVENT|BEGIN:VCALENDAR)/i.test(text)) return plain('contact');

  const bitfinex = BITFINEX.exec(text);
  if (bitfinex) {
    const user = bitfinex[1] ?? '';
    const key = bitfinex[2] ?? '';
    const secret = bitfinex[3] ?? '';
    const keyAt = lead + 'user:'.length + user.length + '-key:'.length;
    const secretAt = keyAt + key.length + '-secret:'.length;
    return {
      form: 'bitfinex',
      fields: [field('key', key, keyAt), field('secret', secret, secretAt)],
      context: 'bitfinex api key secret',
      mayHoldKey: true,
    };
  }

  if (looksLikeJson(text)) {
    const { fields, words } = parseJsonMembers(payload);
    return { form: 'json', fields, context: words.join(' '), mayHoldKey: true };
  }

  const uri = URI.exec(text);
  if (uri) {
    const scheme = (uri[1] ?? '').toLowerCase();
    if (scheme === 'http' || scheme === 'https') return plain('url');
    const query = payload.indexOf('?', lead);
    if (query < 0) return plain('text');
    const fields = parseQuery(payload, query + 1, lead + text.length);
    const names = fields.map((f) => f.name).join(' ');
    return {
      form: scheme === 'kraken' ? 'kraken-uri' : 'key-uri',
      fields,
      context: `${scheme} api key secret ${names}`.trim(),
      mayHoldKey: true,
    };
  }

  if (QUERY.test(text)) {
    const fields = parseQuery(payload, lead, lead + text.length);
    return { form: 'query', fields, context: fields.map((f) => f.name).join(' '), mayHoldKey: true };
  }

  const lines = text.split(/\r?\n/);
  if (lines.length >= 2 && lines.length <= 3 && lines.every((l) => TOKEN_LINE.test(l.trim()))) {
    const names = ['key', 'secret', 'passphrase'];
    const fields: PayloadField[] = [];
    let at = lead;
    lines.forEach((line, n) => {
      const value = line.trim();
      const start = payload.indexOf(value, at);
      fields.push(field(names[n] ?? 'value', value, start));
      at = start + value.length;
    });
    return { form: 'lines', fields, context: 'api key secret', mayHoldKey: true };
  }

  return plain('text');
}

/**
 * Engine findings for one decoded QR payload: source 'qr', spans into `payload` as decoded from the
 * code. `options.context` (e.g. the page host) is kept and the payload's own words are added to it.
 */
export function scanQrPayload(payload: string, options: ScanOptions = {}): Finding[] {
  // SeedQR first, on the payload as decoded: a CompactSeedQR's bytes may start or end with
  // what trimming would cut (a line feed, a space).
  const seed = seedQrFindings(payload, options);
  if (seed.length > 0) return seed;
  const parsed = parseQrPayload(payload);
  if (!parsed.mayHoldKey) return [];
  const context = [options.context, parsed.context].filter(Boolean).join(' ');
  const scanOptions: ScanOptions = { ...options, source: 'qr', ...(context ? { context } : {}) };
  if (parsed.fields.length === 0) {
    const found = scan(payload, scanOptions);
    // SeedSigner also shows a phrase as the words' first four letters ("aban abil …").
    if (found.length > 0 || parsed.form !== 'text') return found;
    return phraseFindings(payload, scanOptions, true);
  }

  // One "name: value" line per field: an unambiguous layout for the engine's label and pair logic.
  let normalised = '';
  const placed: { at: number; field: PayloadField }[] = [];
  for (const f of parsed.fields) {
    normalised += `${f.name.replace(/[\s:]+/g, '_') || 'value'}: `;
    placed.push({ at: normalised.length, field: f });
    normalised += `${f.value}\n`;
  }
  const findings: Finding[] = [];
  for (const finding of scan(normalised, scanOptions)) {
    const home = placed.find((p) => finding.start >= p.at && finding.start < p.at + p.field.value.length);
    if (!home) continue; // inside a label we wrote ourselves: not the payload's text
    const from = finding.start - home.at;
    const to = Math.min(finding.end - home.at, home.field.value.length);
    const start = home.field.offsets[from];
    const end = home.field.offsets[to];
    if (start === undefined || end === undefined) continue;
    findings.push({ ...finding, start, end });
  }
  return findings;
}

// The pipeline: decode escapes → prefilter → candidate regexes and shape runs → validate →
// context → placeholder/example filters → classification → pairing → overlap and duplicate
// resolution → redaction and fingerprints, with spans mapped back to the text as written.

import { isUnnamedWord, labelBefore, nearestWord, contextHasWord, serviceOf, WORDS_AFTER, WORDS_BEFORE, type Label } from './context';
import { decodePrintableBase64At } from './base64';
import { decode, escapeIslands, mapSpan } from './decode';
import { inAnsibleModuleDocs, isDocumentationExample, isPlaceholder, isTemplate, mayHoldAnsibleDocs } from './filters';
import { fingerprint } from './fingerprint';
import { B64_MIN, RULE_GATES, SHAPE_RULES, SHAPE_RULES_BY_LENGTH, contextStandsIn, releaseTokens, tokensFor, type Tokens } from './prefilter';
import { redact } from './redact';
import { afterScheme, type Confidence, type ContextNeed, type RawMatch, type Rule, type ShapeRule, type Verdict } from './rules/rule';
import { CATALOG } from './providers';
import { RULES } from './rules';
import { confidenceRank, isAlert, type Finding, type NotCountedReason, type ScanOptions } from './types';
import { walletFindings } from './wallet';

/** Largest gap between the two halves of a pair (and between a value and its partner as context). */
export const PAIR_GAP = 400;

/**
 * How a candidate without a prefix stands:
 * 'alone' – its own surroundings suffice; 'any-partner' – needs the other half nearby (a Kraken
 * shape pair is context enough by itself); 'anchored-partner' – needs a nearby other half that
 * stands alone (a prefixed Gemini key, an AWS key id, a Binance key named near the word binance).
 */
type Standing = 'alone' | 'any-partner' | 'anchored-partner';

interface Candidate extends RawMatch {
  rule: Rule;
  order: number;
  label: Label;
  /** 3: provider word in the name; 2: provider word nearby, options.context, or an anchored partner; 1: name/pair/QR only. */
  strength: number;
  /** Distance to the nearest provider word (tie-break between same-shape rules). */
  wordDistance: number;
  standing: Standing;
  verdict: Verdict;
  example?: NotCountedReason;
}

/** Raw matches of every rule that could apply to `text`, in no particular order. */
export function collect(text: string, options: ScanOptions = {}): Array<RawMatch & { rule: Rule }> {
  const out: Array<RawMatch & { rule: Rule }> = [];
  const tokens = tokensFor(text, options);
  for (const rule of tokens.rules) {
    if (!gateOpen(rule, tokens, options)) continue;
    const { pattern: re, collector } = RUNNERS.get(rule) as Runner;
    if (collector !== null) {
      for (const m of collector(text)) out.push({ ...m, rule });
      continue;
    }
    runPattern(re, text, rule, out);
    // bounded() bars the '/' before a key; a token as a URL's user opens right after '://'.
    const viaScheme = tokens.afterScheme.has(rule) ? AFTER_SCHEME.get(rule) : undefined;
    if (viaScheme) runPattern(viaScheme, text, rule, out);
  }
  const shapes = tokens.shapes;
  for (let k = 0; k < shapes.length; k += 2) {
    const start = shapes[k] as number;
    const end = shapes[k + 1] as number;
    let value: string | undefined; // sliced once a rule's shape matches
    let label: Label | undefined; // the run's name, read once and only if a rule needs it
    for (const { sticky, rules, service } of SHAPE_GROUPS.get(end - start) ?? []) {
      // Any long run may be a service-named value: first, is it a whole value (no '.' or '(' after
      // it, as after most runs in scripts), and assigned (=, :)?
      if (service && (!endsValue(text, end) || !assignedAt(text, start))) continue;
      sticky.lastIndex = start;
      if (!sticky.test(text) || sticky.lastIndex !== end) continue;
      value ??= text.slice(start, end);
      for (const rule of rules) {
        if (!gateOpen(rule, tokens, options)) continue;
        // judge() rejects these without a key-ish name (or the provider's own) right before; most
        // runs in scripts have none.
        if (service) {
          // Random-looking, under a name that names a service.
          if (rule.validate && !rule.validate(value)) continue;
          label ??= labelBefore(text, start);
          if (!serviceOf(label)) continue;
        } else if (NAMED_ONLY.has(rule)) {
          // Offline checks first: most runs of these shapes are identifiers (encodeUTF8String).
          if (rule.validate && !rule.validate(value)) continue;
          label ??= labelBefore(text, start);
          if (label.kind !== 'keyish' && rule.context?.names?.includes(label.name.toLowerCase()) !== true) continue;
        }
        out.push({ value, start, end, rule });
      }
    }
  }
  return out;
}

function runPattern(re: RegExp, text: string, rule: Rule, out: Array<RawMatch & { rule: Rule }>): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const value = m[1] ?? m[0];
    const start = m.index + m[0].indexOf(value);
    out.push({ value, start, end: start + value.length, rule });
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** Each keyword rule's pattern once more, starting only right after '://' (prefilter.ts literalStart). */
const AFTER_SCHEME: ReadonlyMap<Rule, RegExp> = new Map(
  RULES.flatMap((r): [Rule, RegExp][] => {
    const variant = r.match === 'keyword' ? afterScheme(r.pattern) : null;
    return variant ? [[r, variant]] : [];
  }),
);

/**
 * How collect() runs a rule the first pass selects, in objects of one shape. Read off the rules
 * themselves (each provider file's literal has a hidden class of its own), `match` and `pattern`
 * made V8 drop collect()'s optimised code again and again as new rule shapes came by.
 */
type Runner = { pattern: RegExp; collector: null } | { pattern: null; collector: (text: string) => RawMatch[] };
const RUNNERS: ReadonlyMap<Rule, Runner> = new Map(
  RULES.flatMap((r): [Rule, Runner][] => {
    if (r.match === 'shape') return [];
    return [[r, r.match === 'collector' ? { pattern: null, collector: r.collect } : { pattern: r.pattern, collector: null }]];
  }),
);

/**
 * False when `rule` cannot report in this text: none of its gate's words occurs and no partner
 * that stands alone was selected. Outside context and a whole QR payload count as words, so the
 * gate stays open for them.
 */
function gateOpen(rule: Rule, tokens: Tokens, options: ScanOptions): boolean {
  const gate = RULE_GATES.get(rule);
  if (gate === undefined || contextStandsIn(options)) return true;
  return gate.words.some((w) => tokens.words.has(w)) || gate.partners.some((p) => tokens.rules.has(p));
}

/**
 * Each shape rule's anchored pattern, sticky and tested in place: the match must cover the run
 * (the lookahead keeps it from stopping inside one; '=' padding is checked by lastIndex), so most
 * runs, which no rule accepts, are never copied out of the text.
 */
const sticky = (pattern: RegExp): RegExp => new RegExp(`(?:${pattern.source.slice(1, -1)})(?![A-Za-z0-9+/_-])`, 'y');

/**
 * Per run length, each distinct shape pattern once (sticky), with the rules that share it in
 * SHAPE_RULES order: a 32-character run is tested against a handful of shapes (hex, letters and
 * digits, base64…), not once per provider that uses one of them.
 */
const SHAPE_GROUPS: ReadonlyMap<number, ReadonlyArray<{ sticky: RegExp; rules: readonly ShapeRule[]; service: boolean }>> = new Map(
  [...SHAPE_RULES_BY_LENGTH].map(([len, rules]) => {
    const groups = new Map<string, { sticky: RegExp; rules: ShapeRule[]; service: boolean }>();
    for (const r of rules) {
      // Service-named rules (context.service) keep a group of their own.
      const service = r.context?.service === true;
      const key = `${r.pattern.source}/${r.pattern.flags}/${service}`;
      const g = groups.get(key) ?? { sticky: sticky(r.pattern), rules: [], service };
      g.rules.push(r);
      groups.set(key, g);
    }
    return [len, [...groups.values()]];
  }),
);

/** Strict shape rules with no other half: they report only after a key-ish name or their own. */
const NAMED_ONLY = new Set(SHAPE_RULES.filter((r) => r.context?.strict && !r.context.pair && !r.context.selfEvident));

// What may follow a whole value: the text's end, a space, a quote, a separator; not '.', '@', ':'
// or '(' (a host, an address, a longer value, a call).
const VALUE_END = new Uint8Array(128);
for (const c of ' \t\r\n"\'`,;)}]<>&\\') VALUE_END[c.charCodeAt(0)] = 1;
const endsValue = (text: string, end: number): boolean => end === text.length || VALUE_END[text.charCodeAt(end)] === 1;

/**
 * True when an assignment (`=`, `:`, `=>`, `>` of a tag) precedes the value across spaces and
 * quotes: `f(symbolToken, useProvider2)` names nothing, `token: x` does.
 */
function assignedAt(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && start - i <= 8; i--) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 61 || c === 62) return true;
    if (c !== 32 && c !== 9 && c !== 34 && c !== 39 && c !== 96) return false;
  }
  return false;
}

function prefixLength(rule: Rule, value: string): number {
  const m = rule.prefix?.exec(value);
  return m && m.index === 0 ? m[0].length : 0;
}

/** How a candidate stands in its surroundings; see Candidate. */
interface Footing {
  strength: number;
  wordDistance: number;
  standing: Standing;
}

const ALONE: Footing = { strength: 3, wordDistance: 0, standing: 'alone' };
const SELF_EVIDENT: Footing = { strength: 2, wordDistance: 0, standing: 'alone' };

/** What the surroundings of a prefix-less value say, against what its rule needs; null: not enough. */
function contextFooting(text: string, raw: RawMatch, label: Label, need: ContextNeed, options: ScanOptions): Footing | null {
  const { value, start, end } = raw;
  if (label.kind === 'trap') return null;
  if (label.kind === 'neutral' && signatureNear(text, start)) return null;
  if (need.service) {
    // A service we know has its own rules: a value of another format under its name is not its key.
    const named = serviceOf(label) !== '' && !namesKnownService(label.words);
    return named ? { strength: 1, wordDistance: WORDS_BEFORE, standing: 'alone' } : null;
  }
  const at = nearestWord(text, need.words, start - WORDS_BEFORE, end + WORDS_AFTER, start);
  const inLabel = labelHas(label.words, need.words);
  const ownName = need.names?.includes(label.name.toLowerCase()) === true;
  const word = at >= 0 || inLabel || ownName || contextHasWord(options.context, need.words);
  const keyish = label.kind === 'keyish';
  const wordDistance = at >= 0 ? Math.abs(at - start) : inLabel || ownName ? 0 : WORDS_BEFORE;
  const viaPair: Standing | null = need.pair ? (need.pairAlone ? 'any-partner' : 'anchored-partner') : null;
  const footing = (strength: number, standing: Standing = 'alone'): Footing => ({ strength, wordDistance, standing });
  if (need.strict) {
    // Ambiguous shapes (UUIDs, hex): the word and a key-ish name, or one of them plus the
    // other half. A value named by anything else ("request id for support:") is not a key.
    // The provider's own name for its key (sonar.login) is both at once.
    if ((word && keyish) || ownName) return footing(inLabel || ownName ? 3 : 2);
    if (word && label.words.every((w) => need.words.includes(w)) && viaPair) return footing(1, 'any-partner');
    if (keyish && viaPair) return footing(1, 'anchored-partner');
    return null;
  }
  if (word) return footing(inLabel ? 3 : 2);
  if (need.label && (keyish || standsAlone(text, value, options))) return footing(1);
  if (need.prose && credentialNear(text, start)) return footing(1);
  if (viaPair) return footing(keyish ? 1 : 0, viaPair);
  return null;
}

/**
 * True when a label names one of `words`: one of its words (or a word starting with it:
 * krakenSecret), or consecutive words run together (account_key → accountkey).
 */
function labelHas(label: readonly string[], words: readonly string[]): boolean {
  for (const p of words) {
    for (let i = 0; i < label.length; i++) {
      let joined = label[i] as string;
      if (joined.startsWith(p)) return true;
      for (let j = i + 1; j < label.length && joined.length < p.length; j++) {
        joined += label[j] as string;
        if (joined === p) return true;
      }
    }
  }
  return false;
}

/** The whole text is this one value: a QR payload, or a field's content (ScanOptions.wholeValue). */
function standsAlone(text: string, value: string, options: ScanOptions): boolean {
  return (options.source === 'qr' || options.wholeValue === true) && text.length - value.length <= 64 && text.trim() === value;
}

/**
 * A candidate turned away only for want of provider evidence (no word, or no partner): a sibling
 * may vouch for it (adoptSiblings). `judged` is set when it was judged whole and lacked a partner.
 */
interface Unevidenced {
  raw: RawMatch & { rule: Rule };
  order: number;
  label: Label;
  judged?: Candidate;
}

function judge(
  text: string,
  raw: RawMatch & { rule: Rule },
  order: number,
  options: ScanOptions,
  unevidenced: Unevidenced[],
): Candidate | null {
  const { rule, value, start } = raw;
  // Shape checks, then context: the cheapest ways to reject the many runs in scripts. A value
  // failing validation is dropped unless it is a placeholder or a documented example (below).
  if (rule.context && rule.validate && !rule.validate(value)) {
    const b = value.slice(prefixLength(rule, value));
    if (!isPlaceholder(b) && !isDocumentationExample(value)) return null;
  }
  const label = labelBefore(text, start);
  let footing: Footing | null = ALONE;
  const need = rule.context;
  if (need) {
    footing = contextFooting(text, raw, label, need, options);
    // A value that proves itself offline (Discord's id, Telegram's marker) stands alone however
    // little its surroundings say; a name or word that says more still counts.
    if (need.selfEvident?.(value) && (footing === null || footing.strength < 2 || footing.standing !== 'alone')) footing = SELF_EVIDENT;
    if (footing === null) {
      if (mayBeSibling(text, raw, label)) unevidenced.push({ raw, order, label });
      return null;
    }
  }
  return finish(text, raw, order, label, footing, options);
}

/** The rest of judge() once a candidate stands: examples, placeholders, validation, classification. */
function finish(text: string, raw: RawMatch & { rule: Rule }, order: number, label: Label, footing: Footing, options: ScanOptions): Candidate | null {
  const { rule, value, start, end } = raw;
  const { strength, wordDistance, standing } = footing;
  const body = value.slice(prefixLength(rule, value));
  let example: NotCountedReason | undefined;
  if (isDocumentationExample(value)) example = 'documentation-example';
  else if (rule.structured ? isTemplate(body) : isPlaceholder(body)) example = 'placeholder';
  else if (rule.validate && !rule.validate(value)) return null;

  const near = (words: readonly string[]): boolean =>
    nearestWord(text, words, start - WORDS_BEFORE, end + WORDS_AFTER, start) >= 0 || contextHasWord(options.context, words);
  const verdict = rule.classify ? rule.classify({ value, text, start, end, label, options, near }) : {};
  if (verdict === null) return null;
  return { ...raw, order, label, strength, wordDistance, standing, verdict, example };
}

/** A shape candidate with a name, not a trap, not after prose about signatures, of a rule that is not strict. */
function mayBeSibling(text: string, raw: RawMatch & { rule: Rule }, label: Label): boolean {
  const need = raw.rule.context;
  if (raw.rule.match !== 'shape' || !need || need.strict || need.words.length === 0 || label.name === '') return false;
  return label.kind !== 'trap' && !(label.kind === 'neutral' && signatureNear(text, raw.start));
}

/**
 * Values listed together share their evidence: a value with no provider word of its own, named
 * like a value of the same rule within PAIR_GAP that has one (the second "value" of
 * `az storage account keys list`, the next "- secret:" of a list), is that provider's too, at low
 * confidence. Only the named, evidenced candidates are searched, so this stays linear.
 */
function adoptSiblings(text: string, judged: Candidate[], unevidenced: Unevidenced[], options: ScanOptions): Candidate[] {
  const evidenced = judged.filter((c) => c.rule.match === 'shape' && c.strength >= 2 && c.label.name !== '').sort((a, b) => a.start - b.start);
  if (evidenced.length === 0) return [];
  const adopted: Candidate[] = [];
  for (const u of unevidenced) {
    let lo = 0;
    let hi = evidenced.length;
    const from = u.raw.start - PAIR_GAP - MAX_PAIRED_LENGTH;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((evidenced[mid] as Candidate).start < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < evidenced.length; i++) {
      const c = evidenced[i] as Candidate;
      if (c.start > u.raw.end + PAIR_GAP) break;
      if (c.rule !== u.raw.rule || c.label.name !== u.label.name || gap(c, u.raw) > PAIR_GAP) continue;
      const footing: Footing = { strength: 1, wordDistance: c.wordDistance + gap(c, u.raw), standing: 'alone' };
      const sibling = u.judged ? { ...u.judged, ...footing } : finish(text, u.raw, u.order, u.label, footing, options);
      if (sibling) adopted.push(sibling);
      break;
    }
  }
  return adopted;
}

// Words that introduce a signature or digest in prose ("you should get this signature:").
const SIGNATURE_WORDS = ['signature', 'api-sign', 'signed', 'hmac', 'digest'];

const CREDENTIAL_WORDS = ['token', 'key', 'secret', 'password', 'passwd', 'credential', 'credentials'];

/** "which token are you using? mine is …": a credential word in the sentence before. */
function credentialNear(text: string, start: number): boolean {
  return nearestWord(text, CREDENTIAL_WORDS, start - 80, start, start) >= 0;
}

/** A value with no name of its own, shortly after prose about signatures, is a signature. */
function signatureNear(text: string, start: number): boolean {
  return nearestWord(text, SIGNATURE_WORDS, start - 80, start, start) >= 0;
}

function partnerOf(a: Candidate, b: Candidate): boolean {
  const p = a.rule.pair;
  const q = b.rule.pair;
  if (!p || !q || a === b || p.group !== q.group || gap(a, b) > PAIR_GAP) return false;
  // Same-shape halves (Binance key and secret) come from one rule.
  return p.role !== q.role || (p.secretVerdict !== undefined && a.rule === b.rule);
}

// Longest value of any paired rule, so a window of starts is enough to find every partner.
const MAX_PAIRED_LENGTH = 2_000;

/**
 * Calls `visit` for each pair-group candidate within PAIR_GAP of `c`. `sorted` is sorted by
 * start; only a bounded window of it is looked at, so pairing stays linear in the input.
 */
function eachNeighbour(sorted: Candidate[], c: Candidate, visit: (o: Candidate) => void): void {
  let lo = 0;
  let hi = sorted.length;
  const from = c.start - PAIR_GAP - MAX_PAIRED_LENGTH;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Candidate).start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sorted.length; i++) {
    const o = sorted[i] as Candidate;
    if (o.start > c.end + PAIR_GAP) break;
    if (partnerOf(c, o)) visit(o);
  }
}

/**
 * Keeps candidates that need their other half only when it is there. Halves that only vouch for
 * each other (Kraken's exact shapes, no word) pair one to one, nearest first: one public key
 * makes one secret Kraken's, not every 64-byte value around it.
 */
function resolvePairs(cands: Candidate[]): Candidate[] {
  const grouped = cands.filter((c) => c.rule.pair).sort((a, b) => a.start - b.start);
  const loose = new Set<Candidate>();
  const kept = cands.filter((c) => {
    if (c.standing === 'alone') return true;
    let anchored = false;
    let any = false;
    eachNeighbour(grouped, c, (o) => {
      if (o.standing === 'alone') anchored = true;
      else if (o.standing !== 'anchored-partner') any = true;
    });
    if (anchored) c.strength = Math.max(c.strength, 2);
    else if (any && c.standing === 'any-partner') loose.add(c);
    else return false;
    return true;
  });
  if (loose.size === 0) return kept;
  const matched = matchLoosePairs(grouped, loose);
  return kept.filter((c) => !loose.has(c) || matched.has(c));
}

/** Greedy one-to-one matching of loose halves by gap; matched ones get strength 1. */
function matchLoosePairs(grouped: Candidate[], loose: ReadonlySet<Candidate>): Set<Candidate> {
  const edges: [Candidate, Candidate, number][] = [];
  for (const c of loose) {
    eachNeighbour(grouped, c, (o) => {
      if (loose.has(o) && c.start < o.start) edges.push([c, o, gap(c, o)]);
    });
  }
  edges.sort((a, b) => a[2] - b[2]);
  const matched = new Set<Candidate>();
  for (const [a, b] of edges) {
    if (matched.has(a) || matched.has(b)) continue;
    matched.add(a).add(b);
    a.strength = Math.max(a.strength, 1);
    b.strength = Math.max(b.strength, 1);
  }
  return matched;
}

function gap(a: RawMatch, b: RawMatch): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

/** Words that name each service (its slug and name), for rules whose own need states none. */
const SERVICE_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  CATALOG.filter((p) => p.domains.length > 0).map((p) => [p.slug, [...new Set([p.slug, p.name.toLowerCase()])]]),
);

const squash = (w: string): string => w.toLowerCase().replace(/[^a-z0-9]/g, '');
/** Every provider's slug, name, words and domain names, squashed (newrelic, gateio, cfapi). */
const KNOWN_SERVICES: ReadonlySet<string> = new Set([
  ...CATALOG.flatMap((p) => [p.slug, p.name, ...p.domains.map((d) => d.split('.').slice(-2)[0] as string)]),
  ...RULES.flatMap((r) => r.context?.words ?? []),
].map(squash).filter((w) => w.length >= 3 && !isUnnamedWord(w)));

const namesNothing = (w: string): boolean => isUnnamedWord(w) || /(?:key|token|secret)$/.test(w);

/**
 * True when a name's words, alone or two or three run together (NEW_RELIC), name a provider we
 * know; words that name nothing do not on their own (api + key: Elastic's word `ApiKey`).
 */
function namesKnownService(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    let named = false;
    for (let j = i; j < Math.min(words.length, i + 3); j++) {
      joined += words[j] as string;
      named ||= !namesNothing(words[j] as string);
      if (named && KNOWN_SERVICES.has(joined)) return true;
    }
  }
  return false;
}

/** Distance from `c` to the nearest word naming its provider, WORDS_BEFORE when none is near. */
function namedDistance(text: string, c: Candidate): number {
  const at = nearestWord(text, SERVICE_WORDS.get(c.rule.provider) ?? [], c.start - WORDS_BEFORE, c.end + WORDS_AFTER, c.start);
  return at < 0 ? WORDS_BEFORE : Math.abs(at - c.start);
}

/**
 * Better of two overlapping candidates, by evidence: any provider's rule over a fallback
 * (generic) one; a prefixed rule over a context rule; of two providers' prefixed formats
 * sharing a literal (sk_live_), the one named nearby; then stronger context, then the closer
 * provider word. Rule order only breaks what evidence leaves tied.
 */
function better(text: string, a: Candidate, b: Candidate): Candidate {
  if (a.rule.fallback !== b.rule.fallback) return a.rule.fallback ? b : a;
  // Of two fallbacks, one that checked the value's shape over a catch-all that read only its
  // surroundings (a curl header, a Kubernetes Secret entry, a secret-ish name).
  if (a.rule.fallback && (a.rule.match === 'shape') !== (b.rule.match === 'shape')) return a.rule.match === 'shape' ? a : b;
  if (!a.rule.context && !b.rule.context && a.rule.provider !== b.rule.provider) {
    const da = namedDistance(text, a);
    const db = namedDistance(text, b);
    if (da !== db) return da < db ? a : b;
  }
  const key = (c: Candidate): number[] => [
    c.rule.match === 'assignment' ? -1 : c.rule.context ? 0 : 1,
    c.strength,
    -c.wordDistance,
    -confidenceRank(c.rule.confidence),
    c.end - c.start,
    -c.order,
  ];
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < ka.length; i++) {
    if ((ka[i] as number) !== (kb[i] as number)) return (ka[i] as number) > (kb[i] as number) ? a : b;
  }
  return a;
}

function removeOverlaps(text: string, cands: Candidate[]): Candidate[] {
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of cands) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) kept[kept.length - 1] = better(text, last, c);
    else kept.push(c);
  }
  return kept;
}

function toFinding(c: Candidate, fp: (value: string) => string, options: ScanOptions): Finding {
  const rule = c.rule;
  const v = c.verdict;
  let confidence: Confidence = v.confidence ?? rule.confidence;
  if (rule.context && !v.confidence) confidence = c.strength >= 3 ? 'high' : c.strength <= 1 ? 'low' : rule.confidence;
  const f: Finding = {
    rule: v.rule ?? rule.id,
    provider: v.provider ?? rule.provider,
    kind: v.kind ?? rule.kind,
    severity: v.severity ?? rule.severity,
    example: false,
    confidence,
    start: c.start,
    end: c.end,
    redacted: redact(c.value, prefixLength(rule, c.value)),
    fingerprint: fp(c.value),
    source: options.source ?? 'text',
  };
  if (rule.context?.service) {
    const service = serviceOf(c.label);
    if (service) f.namedFor = service;
  }
  if (v.notCounted) {
    f.notCounted = v.notCounted;
    f.severity = 'info';
    // A rule that recognises its provider's documented examples (jwt.io's claims) says so here.
    if (v.notCounted === 'documentation-example' || v.notCounted === 'placeholder') f.example = true;
  }
  if (c.example) {
    f.example = true;
    f.notCounted = c.example;
    f.severity = 'info';
  }
  return f;
}

/** Links findings of one pair group (Kraken public + private key) that sit near each other. */
function pairUp(cands: Candidate[], findings: Finding[]): void {
  const index = new Map(cands.map((c, i) => [c, i]));
  const grouped = cands.filter((c) => c.rule.pair); // already sorted by start
  for (const c of grouped) {
    let best: Candidate | undefined;
    let bestGap = PAIR_GAP + 1;
    eachNeighbour(grouped, c, (o) => {
      const g = gap(c, o);
      if (g < bestGap) {
        best = o;
        bestGap = g;
      }
    });
    if (!best) continue;
    const partner: Candidate = best;
    const f = findings[index.get(c) as number] as Finding;
    f.pairedWith = (findings[index.get(partner) as number] as Finding).fingerprint;
    // Same-shape halves (Binance key and secret look alike): the later one is the secret
    // unless its name already said what it is.
    const secretVerdict = c.rule.pair?.secretVerdict;
    if (secretVerdict && partner.rule === c.rule && partner.start < c.start && c.verdict.kind === undefined) {
      Object.assign(f, secretVerdict);
    }
  }
}

/** Findings in `text` as written, escapes not decoded, duplicates not yet collapsed. */
function scanPlain(text: string, options: ScanOptions): Finding[] {
  const judged: Candidate[] = [];
  const unevidenced: Unevidenced[] = [];
  const raws = collect(text, options);
  for (let i = 0; i < raws.length; i++) {
    const c = judge(text, raws[i] as RawMatch & { rule: Rule }, i, options, unevidenced);
    if (c) judged.push(c);
  }
  const paired = resolvePairs(judged);
  if (paired.length < judged.length) {
    const kept = new Set(paired);
    for (const c of judged) {
      if (!kept.has(c) && mayBeSibling(text, c, c.label)) unevidenced.push({ raw: c, order: c.order, label: c.label, judged: c });
    }
  }
  if (unevidenced.length > 0) paired.push(...adoptSiblings(text, paired, unevidenced, options));
  const kept = removeOverlaps(text, paired);
  const salt = options.salt ?? '';
  const memo = new Map<string, string>();
  const fp = (value: string): string => {
    let h = memo.get(value);
    if (h === undefined) memo.set(value, (h = fingerprint(value, salt)));
    return h;
  };
  const findings = kept.map((c) => toFinding(c, fp, options));
  pairUp(kept, findings);
  return findings;
}

/** How far around an escape its island reaches: a key, its name and context words, and its pair. */
export const ISLAND_RADIUS = WORDS_BEFORE + PAIR_GAP + 400;

/** Runs `fn` on each decoded escape island of `text`, spans mapped back onto `text`. */
export function eachIsland<T extends { start: number; end: number }>(text: string, fn: (decoded: string) => T[]): T[] {
  const out: T[] = [];
  for (const island of escapeIslands(text, ISLAND_RADIUS)) {
    const d = decode(text.slice(island.start, island.end));
    for (const x of fn(d.text)) {
      const [s, e] = mapSpan(d, x.start, x.end);
      x.start = s + island.start;
      x.end = e + island.start;
      out.push(x);
    }
  }
  return out;
}

/**
 * Each base64 token of `text` that decodes to printable text: `fn` gets that text, named like
 * the token (KEY: <base64> becomes KEY=<decoded>) with the words before it as context. Results
 * spanning the whole decoded value are returned with the token's span.
 */
export function eachBase64Value<T extends { start: number; end: number }>(
  text: string,
  options: ScanOptions,
  fn: (inner: string, options: ScanOptions) => T[],
): T[] {
  const out: T[] = [];
  for (const { start, end } of tokensFor(text, options).base64) {
    const decoded = decodePrintableBase64At(text, start, end);
    const value = decoded?.trim();
    if (!value || value.length < B64_MIN / 2 || /\s/.test(value)) continue;
    const name = labelBefore(text, start).words.join('_') || 'value';
    const context = `${options.context ?? ''} ${text.slice(Math.max(0, start - WORDS_BEFORE), start)}`;
    for (const x of fn(`${name}=${value}`, { ...options, context })) {
      if (x.start === name.length + 1 && x.end === name.length + 1 + value.length) {
        x.start = start;
        x.end = end;
        out.push(x);
      }
    }
  }
  return out;
}

export function scan(text: string, options: ScanOptions = {}): Finding[] {
  if (text.length === 0) return [];
  // The plain text first (the common case: no escapes, no copies), then each region around
  // an escape decoded, then base64-encoded values. A decoded finding replaces plain ones it
  // overlaps: those saw only a piece of an escaped key.
  let findings = scanPlain(text, options);
  // Wallet secrets (src/engine/wallet), while the first pass over `text` is still cached.
  const wallet = walletFindings(text, options);
  const decoded = [
    ...eachBase64Value(text, options, (t, o) => scanPlain(t, o)),
    ...eachIsland(text, (t) => scanPlain(t, options)),
  ];
  if (decoded.length > 0) {
    decoded.sort((a, b) => a.start - b.start);
    const replacing = decoded.filter((f) => !FALLBACK_RULES.has(f.rule));
    findings = [...decoded, ...findings.filter((f) => !overlapsAny(replacing, f))];
    findings.sort((a, b) => a.start - b.start);
  }
  // Checked wallet forms win over whatever shape rule saw in them.
  if (wallet.length > 0) {
    findings = [...wallet, ...findings.filter((f) => !overlapsAny(wallet, f))];
    findings.sort((a, b) => a.start - b.start);
  }
  releaseTokens();
  findings = withoutClaimedFallbacks(findings);
  const seen = new Set<string>();
  // Asked once, at the first alert: most texts hold no Ansible module, and each look back reads up to 64 KiB.
  let ansibleDocs: boolean | undefined;
  const out: Finding[] = [];
  for (const f of findings) {
    if (seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    if (isAlert(f) && (ansibleDocs ??= mayHoldAnsibleDocs(text)) && inAnsibleModuleDocs(text, f.start)) {
      f.example = true;
      f.notCounted = 'documentation-example';
      f.severity = 'info';
    }
    out.push(f);
  }
  return out;
}

/** Rule ids (variants included) of fallback rules: provider unknown. */
const FALLBACK_RULES: ReadonlySet<string> = new Set(RULES.filter((r) => r.fallback).flatMap((r) => [r.id, ...(r.variants ?? [])]));

/**
 * Drops generic findings of a value a provider's rule reported, here or anywhere in the text
 * (a decoded copy, an earlier occurrence), so the generic rules never replace a provider finding.
 */
function withoutClaimedFallbacks(sorted: Finding[]): Finding[] {
  if (!sorted.some((f) => FALLBACK_RULES.has(f.rule))) return sorted;
  const claimed = sorted.filter((f) => !FALLBACK_RULES.has(f.rule));
  const prints = new Set(claimed.map((f) => f.fingerprint));
  return sorted.filter((f) => !FALLBACK_RULES.has(f.rule) || (!prints.has(f.fingerprint) && !overlapsAny(claimed, f)));
}

/** True when `f` overlaps one of `sorted` (sorted by start) under another fingerprint. */
function overlapsAny(sorted: Finding[], f: Finding): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Finding).start < f.end) lo = mid + 1;
    else hi = mid;
  }
  // Candidates start before f ends; findings are short, so look back a bounded number.
  for (let i = lo - 1; i >= 0 && i >= lo - 64; i--) {
    const d = sorted[i] as Finding;
    if (d.end > f.start && d.fingerprint !== f.fingerprint) return true;
  }
  return false;
}

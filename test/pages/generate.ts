// Seeded generator of test pages for the extension's acceptance bar: each seed gives one page that
// mixes several of the places a key can sit (visible text, highlighter spans, form fields,
// attributes, inline scripts, shadow roots, frames, late content, an SPA navigation) with decoys
// that must not count, and says what the extension should report for it.
//
// Splits. DEV_SEEDS (1–20) were the only seeds run, in unit and end-to-end tests, while this
// generator was written and tuned. HELDOUT_SEEDS (101–124) were first run after the generator was
// frozen: they are the acceptance set, and must not be used to tune the generator or the extension.
// Seeds divisible by 6 give zero-key pages (decoys only).
//
// Pure: no I/O, no clock, no Math.random. The same seed (and cross origin) gives the same page.
import { AWS_DOC_EXAMPLE, FakeKeys, KRAKEN_DOC_EXAMPLE } from '../support/keys';
import { seededRandom } from '../support/random';

export const DEV_SEEDS: readonly number[] = Array.from({ length: 20 }, (_, i) => 1 + i);
export const HELDOUT_SEEDS: readonly number[] = Array.from({ length: 24 }, (_, i) => 101 + i);

/** Where a key sits, or what a page does; each page covers several. */
export const POSITIVE_CASES = [
  'text', 'split-spans', 'code', 'textarea', 'input-value', 'href', 'src', 'meta-content', 'data-attr',
  'inline-script', 'json-script', 'shadow-root', 'late-custom-element', 'frame-same-origin',
  'frame-cross-origin', 'late-insert', 'duplicate', 'spa-pushstate',
] as const;
export const DECOY_CASES = [
  'decoy-kraken-doc-example', 'decoy-aws-doc-example', 'decoy-stripe-publishable', 'decoy-sha1', 'decoy-sha256',
  'decoy-uuid',
] as const;
export type PositiveCase = (typeof POSITIVE_CASES)[number];
export type DecoyCase = (typeof DECOY_CASES)[number];
export type Case = PositiveCase | DecoyCase | 'zero-keys';
export const ALL_CASES: readonly Case[] = [...POSITIVE_CASES, ...DECOY_CASES, 'zero-keys'];

export type KeyKind =
  | 'github' | 'stripe-secret' | 'aws-key-id' | 'kraken-public' | 'kraken-private'
  | 'kraken-doc-example' | 'aws-doc-example' | 'stripe-publishable' | 'sha1' | 'sha256' | 'uuid';

const ALERTING: ReadonlySet<KeyKind> = new Set(['github', 'stripe-secret', 'aws-key-id', 'kraken-public', 'kraken-private']);

export interface PlantedKey {
  value: string;
  kind: KeyKind;
  /** True when the extension must count it. */
  alerts: boolean;
}

/**
 * Where one placement lives. `view` content is replaced by the SPA navigation; `head` and frames
 * stay. `next-view` is the content shown after the navigation.
 */
export type Zone = 'head' | 'view' | 'frame-same' | 'frame-cross' | 'next-view';

export interface Placement {
  case: Case;
  zone: Zone;
  keys: PlantedKey[];
  /** The text the extension reads for this placement (joined text, or the attribute value alone). */
  seen: string;
}

export interface FrameDoc {
  origin: 'same' | 'cross';
  path: string;
  html: string;
}

export interface GeneratedPage {
  seed: number;
  /** e.g. '/s101/'; the page's script is at `${path}app.js`. */
  path: string;
  title: string;
  html: string;
  /** The page's own script (shadow roots, late content, SPA router), served at `${path}app.js`. */
  script: string;
  frames: FrameDoc[];
  placements: Placement[];
  /** Sorted, without repeats. */
  cases: Case[];
  /** Every key-shaped value on the page (alerting or not), once each. */
  planted: PlantedKey[];
  /** Distinct exposed credentials on the page at the end (after the navigation, when there is one): a Kraken pair counts once. */
  expected: number;
  /** Whether the Firefox notice should show at the end. */
  notice: boolean;
  /** The SPA navigation: click `a[data-spa]`; `before` is the count before the click. */
  pushState: { to: string; before: number } | null;
  /** All scripted changes (late content, late custom element) have happened this long after load. */
  quietAfterMs: number;
}

// ---------------------------------------------------------------------------------------------
// The page's seeded stream
// ---------------------------------------------------------------------------------------------

/** The tests' stream over a mixed seed, so page seeds and corpus seeds never share a stream. */
function pageStream(seed: number): FakeKeys {
  return new FakeKeys(seededRandom(Math.imul(seed ^ 0x4b57_5047, 0x9e37_79b1) >>> 0));
}

/** A version-4 UUID (a decoy: request ids look like this). */
function uuid(dice: FakeKeys): string {
  const h = (n: number) => dice.hex(n);
  return `${h(8)}-${h(4)}-4${h(3)}-${dice.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`;
}

// ---------------------------------------------------------------------------------------------
// Markup as data: the same node specs become static HTML or are built by the page's script
// ---------------------------------------------------------------------------------------------

export type Spec = string | { tag: string; attrs?: Record<string, string>; children?: Spec[] };

const VOID = new Set(['meta', 'input', 'img', 'br']);
const RAW_TEXT = new Set(['script']);

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

function toHtml(spec: Spec, raw = false): string {
  if (typeof spec === 'string') {
    if (raw && spec.includes('</')) throw new Error('script text must not contain "</"');
    return raw ? spec : escapeText(spec);
  }
  const attrs = Object.entries(spec.attrs ?? {}).map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  if (VOID.has(spec.tag)) return `<${spec.tag}${attrs}>`;
  const inner = (spec.children ?? []).map((c) => toHtml(c, RAW_TEXT.has(spec.tag))).join('');
  return `<${spec.tag}${attrs}>${inner}</${spec.tag}>`;
}

/** The joined text of specs, blocks separated by a newline (what the content script reads). */
export function textOf(specs: readonly Spec[]): string {
  const text = (s: Spec): string => (typeof s === 'string' ? s : (s.children ?? []).map(text).join(''));
  return specs.map(text).join('\n');
}

const el = (tag: string, attrs: Record<string, string> = {}, ...children: Spec[]): Spec => ({ tag, attrs, children });

// ---------------------------------------------------------------------------------------------
// Placements: one case, its keys, its markup
// ---------------------------------------------------------------------------------------------

/** Names a key goes by, per style. */
const NAMES: Record<'github' | 'stripe-secret' | 'aws-key-id' | 'kraken-public' | 'kraken-private', {
  prose: string[]; env: string[]; js: string[]; attr: string[];
}> = {
  github: {
    prose: ['GitHub token', 'Deploy token', 'Personal access token', 'CI token'],
    env: ['GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_PAT'],
    js: ['githubToken', 'ghToken', 'accessToken'],
    attr: ['token', 'gh-token', 'access-token'],
  },
  'stripe-secret': {
    prose: ['Stripe secret key', 'Stripe live key', 'Payments secret'],
    env: ['STRIPE_SECRET_KEY', 'STRIPE_API_KEY'],
    js: ['stripeSecretKey', 'stripeKey', 'paymentsSecret'],
    attr: ['stripe-key', 'api-key', 'secret'],
  },
  'aws-key-id': {
    prose: ['AWS access key id', 'Access key ID', 'IAM access key'],
    env: ['AWS_ACCESS_KEY_ID'],
    js: ['accessKeyId', 'awsAccessKeyId'],
    attr: ['aws-key', 'access-key'],
  },
  'kraken-public': {
    prose: ['Kraken API key', 'Kraken public key'],
    env: ['KRAKEN_API_KEY'],
    js: ['krakenApiKey', 'krakenKey'],
    attr: [],
  },
  'kraken-private': {
    prose: ['Kraken private key', 'Kraken API secret'],
    env: ['KRAKEN_API_SECRET', 'KRAKEN_PRIVATE_KEY'],
    js: ['krakenPrivateKey', 'krakenSecret'],
    attr: [],
  },
};

type Alerting = keyof typeof NAMES;

/** One alerting key, or a Kraken pair (both halves alert; the pair is one credential, counted once). */
type KeySet = PlantedKey[];

const planted = (value: string, kind: KeyKind): PlantedKey => ({ value, kind, alerts: ALERTING.has(kind) });

/** Cases whose markup holds the key's name next to it: the only ones a Kraken pair can use. */
const LABELLED: ReadonlySet<PositiveCase> = new Set(['text', 'split-spans', 'code', 'textarea', 'inline-script', 'json-script']);
/** Cases whose markup is plain content (usable inside shadow roots, frames, late content, the next view). */
export type ContentCase = 'text' | 'split-spans' | 'code' | 'textarea' | 'input-value' | 'href' | 'data-attr' | 'json-script';
const CONTENT_CASES: readonly ContentCase[] = ['text', 'split-spans', 'code', 'textarea', 'input-value', 'href', 'data-attr', 'json-script'];

class PageBuilder {
  readonly placements: Placement[] = [];

  constructor(readonly dice: FakeKeys) {}

  /** A fresh alerting key set that suits `c`. */
  freshKeys(c: PositiveCase | ContentCase): KeySet {
    const kinds: Array<'github' | 'stripe-secret' | 'aws-key-id' | 'kraken'> = LABELLED.has(c as PositiveCase)
      ? ['github', 'github', 'stripe-secret', 'aws-key-id', 'kraken']
      : ['github', 'github', 'stripe-secret', 'aws-key-id'];
    const kind = this.dice.pick(kinds);
    if (kind === 'kraken') {
      const pair = this.dice.krakenPair();
      return [planted(pair.apiKey, 'kraken-public'), planted(pair.privateKey, 'kraken-private')];
    }
    const value = kind === 'github' ? this.dice.githubToken(['ghp', 'gho', 'ghs'])
      : kind === 'stripe-secret' ? this.dice.stripeSecretKey() : this.dice.awsAccessKeyId();
    return [planted(value, kind)];
  }

  private name(kind: KeyKind, style: 'prose' | 'env' | 'js' | 'attr'): string {
    const names = NAMES[kind as Alerting]?.[style];
    if (!names?.length) throw new Error(`no ${style} name for ${kind}`);
    return this.dice.pick(names);
  }

  add(c: Case, zone: Zone, keys: KeySet, seen: string): void {
    this.placements.push({ case: c, zone, keys, seen });
  }

  /** Markup (and what the extension reads) for content case `c` holding `keys`. */
  content(c: ContentCase, keys: KeySet): { specs: Spec[]; seen: string } {
    const d = this.dice;
    switch (c) {
      case 'text': {
        const specs = keys.map((k) => d.pick([
          () => el('p', {}, `${this.name(k.kind, 'prose')}: ${k.value}`),
          () => el('p', {}, `The ${this.name(k.kind, 'prose').toLowerCase()} for the build server is `, el('strong', {}, k.value), ', rotate it monthly.'),
          () => el('div', { class: 'row' }, el('span', { class: 'label' }, this.name(k.kind, 'prose')), ' ', el('span', {}, k.value)),
        ])());
        return { specs, seen: textOf(specs) };
      }
      case 'split-spans': {
        const lines: Spec[] = [];
        for (const k of keys) {
          const quoted = `"${k.value}"`;
          const cuts = new Set<number>();
          const pieces = d.int(2, 4);
          while (cuts.size < pieces - 1) cuts.add(d.int(2, quoted.length - 2));
          const bounds = [0, ...[...cuts].sort((a, b) => a - b), quoted.length];
          const parts = bounds.slice(1).map((end, i) => el('span', { class: 's' }, quoted.slice(bounds[i], end)));
          lines.push(el('span', { class: 'k' }, 'const'), ' ', el('span', { class: 'nx' }, this.name(k.kind, 'js')),
            ' ', el('span', { class: 'o' }, '='), ' ', ...parts, ';\n');
        }
        const specs = [el('pre', { class: 'highlight' }, el('code', { class: 'language-js' }, ...lines))];
        return { specs, seen: textOf(specs) };
      }
      case 'code': {
        if (keys.length === 1 && d.chance(0.4)) {
          const k = keys[0]!;
          const specs = [el('p', {}, 'Set ', el('code', {}, `${this.name(k.kind, 'env')}=${k.value}`), ' before deploying.')];
          return { specs, seen: textOf(specs) };
        }
        const text = `# .env\n${keys.map((k) => `${this.name(k.kind, 'env')}=${k.value}`).join('\n')}\nLOG_LEVEL=info\n`;
        return { specs: [el('pre', {}, el('code', {}, text))], seen: text };
      }
      case 'textarea': {
        const text = `${keys.map((k) => `${this.name(k.kind, 'env')}=${k.value}`).join('\n')}\nNODE_ENV=production`;
        return { specs: [el('label', {}, 'Environment ', el('textarea', { name: 'env', rows: '4', cols: '60' }, text))], seen: text };
      }
      case 'input-value': {
        const specs = keys.map((k) => el('input', { type: d.pick(['text', 'hidden']), name: this.name(k.kind, 'js'), value: k.value }));
        return { specs, seen: keys.map((k) => k.value).join('\n') };
      }
      case 'href': {
        const k = single(keys, c);
        const url = `https://${d.pick(['hooks.acme.invalid', 'api.widgets.invalid', 'status.corp.invalid'])}/v1/${d.pick(['notify', 'events', 'sync'])}?${d.pick(['key', 'token', 'access_token', 'api_key'])}=${k.value}`;
        return { specs: [el('p', {}, el('a', { href: url }, d.pick(['Webhook', 'Open dashboard', 'Status feed'])))], seen: url };
      }
      case 'data-attr': {
        const k = single(keys, c);
        const specs = [el(d.pick(['div', 'section', 'button']), { class: 'widget', [`data-${this.name(k.kind, 'attr')}`]: k.value }, d.pick(['Widget', 'Chat', 'Map']))];
        return { specs, seen: k.value };
      }
      case 'json-script': {
        const config = Object.fromEntries(keys.map((k) => [this.name(k.kind, 'js'), k.value]));
        const text = JSON.stringify({ props: { pageProps: { config, locale: 'en' } }, page: '/settings' });
        return { specs: [el('script', { type: 'application/json', id: `data-${d.below(1000)}` }, text)], seen: text };
      }
    }
  }

  /** Markup for a decoy: a value shaped like a key that must not count. */
  decoy(c: DecoyCase): { specs: Spec[]; key: PlantedKey; seen: string } {
    const d = this.dice;
    switch (c) {
      case 'decoy-kraken-doc-example': {
        const key = planted(KRAKEN_DOC_EXAMPLE, 'kraken-doc-example');
        const intro = 'Kraken\'s API documentation signs requests with this example private key:';
        return { specs: [el('p', {}, intro), el('pre', {}, el('code', {}, key.value))], key, seen: `${intro}\n${key.value}` };
      }
      case 'decoy-aws-doc-example': {
        const key = planted(AWS_DOC_EXAMPLE, 'aws-doc-example');
        const text = `[default]\naws_access_key_id = ${key.value}\nregion = eu-west-1`;
        return { specs: [el('pre', {}, el('code', {}, text))], key, seen: text };
      }
      case 'decoy-stripe-publishable': {
        const key = planted(this.dice.stripePublishableKey(), 'stripe-publishable');
        return d.pick([
          () => ({ specs: [el('div', { id: 'checkout', 'data-publishable-key': key.value })], key, seen: key.value }),
          () => ({ specs: [el('p', {}, `Publishable key (safe in the browser): ${key.value}`)], key, seen: `Publishable key (safe in the browser): ${key.value}` }),
        ])();
      }
      case 'decoy-sha1': {
        const key = planted(this.dice.hex(40), 'sha1');
        const specs = [el('footer', {}, 'Built from commit ', el('code', {}, key.value))];
        return { specs, key, seen: textOf(specs) };
      }
      case 'decoy-sha256': {
        const key = planted(this.dice.hex(64), 'sha256');
        const specs = [el('p', {}, 'Download checksum ', el('code', {}, `SHA-256: ${key.value}`))];
        return { specs, key, seen: textOf(specs) };
      }
      case 'decoy-uuid': {
        const key = planted(uuid(this.dice), 'uuid');
        return d.pick([
          () => ({ specs: [el('p', { class: 'muted' }, `Request ID: ${key.value}`)], key, seen: `Request ID: ${key.value}` }),
          () => ({ specs: [el('div', { class: 'row', 'data-row-id': key.value }, 'Queued')], key, seen: key.value }),
        ])();
      }
    }
  }
}

function single(keys: KeySet, c: string): PlantedKey {
  const k = keys[0];
  if (keys.length !== 1 || !k) throw new Error(`${c} holds one key`);
  return k;
}

// ---------------------------------------------------------------------------------------------
// The page's script: builds shadow roots, late content, the late custom element and the SPA view
// from node specs (createElement/textContent only). Not part of the DOM, so the keys it carries
// are seen only once it puts them on the page.
// ---------------------------------------------------------------------------------------------

interface ScriptData {
  shadows: Array<{ host: string; content: Spec[] }>;
  late: Array<{ delay: number; content: Spec[] }>;
  element: { tag: string; delay: number; content: Spec[] } | null;
  next: Spec[] | null;
}

const RUNTIME = `(function (data) {
  function build(spec) {
    if (typeof spec === 'string') return document.createTextNode(spec);
    var node = document.createElement(spec.tag);
    Object.keys(spec.attrs || {}).forEach(function (name) { node.setAttribute(name, spec.attrs[name]); });
    (spec.children || []).forEach(function (child) { node.append(build(child)); });
    return node;
  }
  var view = document.getElementById('view');
  data.shadows.forEach(function (s) {
    var root = document.getElementById(s.host).attachShadow({ mode: 'open' });
    s.content.forEach(function (c) { root.append(build(c)); });
  });
  window.addEventListener('load', function () {
    data.late.forEach(function (l) {
      setTimeout(function () { l.content.forEach(function (c) { view.append(build(c)); }); }, l.delay);
    });
    var e = data.element;
    if (e) setTimeout(function () {
      customElements.define(e.tag, class extends HTMLElement {
        constructor() {
          super();
          var root = this.attachShadow({ mode: 'open' });
          e.content.forEach(function (c) { root.append(build(c)); });
        }
      });
    }, e.delay);
  });
  if (data.next) document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-spa]');
    if (!link) return;
    event.preventDefault();
    history.pushState({}, '', link.getAttribute('href'));
    view.replaceChildren.apply(view, data.next.map(build));
  });
})`;

function scriptFor(data: ScriptData): string {
  return `${RUNTIME}(${JSON.stringify(data)});\n`;
}

// ---------------------------------------------------------------------------------------------
// Pages
// ---------------------------------------------------------------------------------------------

const TITLES = ['Team wiki', 'Deploy notes', 'Integration settings', 'Build log', 'Release checklist', 'Dashboard'];
const PROSE = [
  'Notes from the last release, kept here for the on-call rotation.',
  'This page collects settings for the staging and production environments.',
  'Ask in the platform channel before changing anything below.',
  'Last edited by the infrastructure team.',
];

/** Whether seed `seed` gives a page with decoys only. */
export const isZeroKeySeed = (seed: number): boolean => seed % 6 === 0;

export interface GenerateOptions {
  /** Origin of the second server that serves the cross-origin frame, e.g. 'http://127.0.0.1:41235'. */
  crossOrigin?: string;
}

export function generatePage(seed: number, { crossOrigin = 'http://127.0.0.1:9' }: GenerateOptions = {}): GeneratedPage {
  const dice = pageStream(seed);
  const path = `/s${seed}/`;
  const b = new PageBuilder(dice);
  const zero = isZeroKeySeed(seed);

  // Which cases: one anchor per seed (so every run of consecutive seeds covers them all), plus a
  // random mix; decoys on every page.
  const chosen = new Set<Case>();
  if (zero) chosen.add('zero-keys');
  else {
    chosen.add(POSITIVE_CASES[seed % POSITIVE_CASES.length]!);
    for (const c of POSITIVE_CASES) if (dice.chance(0.28)) chosen.add(c);
  }
  const decoys = new Set<DecoyCase>([DECOY_CASES[seed % DECOY_CASES.length]!]);
  for (const c of DECOY_CASES) if (dice.chance(zero ? 0.5 : 0.3)) decoys.add(c);

  const head: Spec[] = [];
  const view: Spec[] = [el('p', {}, dice.pick(PROSE))];
  const shadows: ScriptData['shadows'] = [];
  const late: ScriptData['late'] = [];
  let element: ScriptData['element'] = null;
  const frames: Array<{ origin: 'same' | 'cross'; body: Spec[]; zone: Zone }> = [];
  const frameOf = (origin: 'same' | 'cross') => {
    let f = frames.find((x) => x.origin === origin);
    if (!f) frames.push(f = { origin, body: [el('p', {}, 'Embedded panel.')], zone: origin === 'same' ? 'frame-same' : 'frame-cross' });
    return f;
  };

  /** Puts content case `c` with fresh keys into `zone`'s container; `as` is the case recorded. */
  const placeContent = (as: Case, zone: Zone, into: Spec[], c: ContentCase, keys = b.freshKeys(c)): void => {
    const { specs, seen } = b.content(c, keys);
    into.push(...specs);
    b.add(as, zone, keys, seen);
  };
  const someContent = (kraken: boolean): ContentCase =>
    dice.pick(kraken ? (['text', 'code', 'split-spans'] as const) : CONTENT_CASES);

  for (const c of POSITIVE_CASES) {
    if (!chosen.has(c)) continue;
    switch (c) {
      case 'text': case 'split-spans': case 'code': case 'textarea': case 'input-value': case 'href': case 'data-attr':
        placeContent(c, 'view', view, c);
        break;
      case 'json-script': {
        const inHead = dice.chance(0.5);
        placeContent(c, inHead ? 'head' : 'view', inHead ? head : view, c);
        break;
      }
      case 'src': {
        const k = b.freshKeys(c);
        const src = `${path}pixel.gif?${dice.pick(['key', 'token', 'client_token'])}=${single(k, c).value}`;
        view.push(el('img', { src, width: '1', height: '1', alt: '' }));
        b.add(c, 'view', k, src);
        break;
      }
      case 'meta-content': {
        const k = b.freshKeys(c);
        head.push(el('meta', { name: dice.pick(['api-token', 'github-token', 'app-key', 'config-secret']), content: single(k, c).value }));
        b.add(c, 'head', k, single(k, c).value);
        break;
      }
      case 'inline-script': {
        const k = b.freshKeys(c);
        const entries = k.map((x) => `${JSON.stringify(NAMES[x.kind as Alerting].js[dice.below(2)])}: ${JSON.stringify(x.value)}`);
        const text = `window.__APP_CONFIG__ = { ${entries.join(', ')}, "region": "eu-west-1" };`;
        const inHead = dice.chance(0.5);
        (inHead ? head : view).push(el('script', {}, text));
        b.add(c, inHead ? 'head' : 'view', k, text);
        break;
      }
      case 'shadow-root': {
        const host = `panel-${dice.below(1000)}`;
        view.push(el('div', { id: host, class: 'panel' }));
        const content: Spec[] = [];
        const cc = someContent(true);
        placeContent(c, 'view', content, cc);
        shadows.push({ host, content });
        break;
      }
      case 'late-custom-element': {
        const tag = `kw-card-${seed}`;
        view.push(el(tag, {}));
        const content: Spec[] = [];
        placeContent(c, 'view', content, someContent(true));
        element = { tag, delay: dice.int(100, 900), content };
        break;
      }
      case 'frame-same-origin': case 'frame-cross-origin': {
        const f = frameOf(c === 'frame-same-origin' ? 'same' : 'cross');
        placeContent(c, f.zone, f.body, someContent(true));
        if (dice.chance(0.4)) placeContent(c, f.zone, f.body, someContent(false));
        break;
      }
      case 'late-insert': {
        for (let i = dice.int(1, 2); i > 0; i--) {
          const content: Spec[] = [];
          placeContent(c, 'view', content, dice.pick(['text', 'code', 'data-attr'] as const));
          late.push({ delay: dice.int(150, 1200), content });
        }
        break;
      }
      case 'duplicate': case 'spa-pushstate':
        break; // after the rest: they reuse keys placed above
    }
  }

  if (chosen.has('duplicate')) {
    // The same key again elsewhere (possibly in a frame): counted once.
    let source = b.placements.find((p) => p.zone !== 'next-view' && p.keys.length === 1 && p.keys[0]!.alerts);
    if (!source) {
      placeContent('text', 'view', view, 'text', b.freshKeys('data-attr'));
      source = b.placements[b.placements.length - 1]!;
    }
    for (let i = dice.int(1, 2); i > 0; i--) {
      const where = dice.pick(['view', 'view', 'frame'] as const);
      const cc = dice.pick(['text', 'data-attr', 'code', 'input-value'] as const);
      if (where === 'frame') {
        const f = frameOf(dice.pick(['same', 'cross'] as const));
        placeContent('duplicate', f.zone, f.body, cc, source.keys);
      } else {
        placeContent('duplicate', 'view', view, cc, source.keys);
      }
    }
  }

  // Decoys go anywhere content goes, including frames, shadow roots and late content.
  for (const c of DECOY_CASES) {
    if (!decoys.has(c)) continue;
    const { specs, key, seen } = b.decoy(c);
    const spot = dice.pick(['view', 'view', 'frame', 'late'] as const);
    if (spot === 'frame') {
      const f = frameOf(dice.pick(['same', 'cross'] as const));
      f.body.push(...specs);
      b.add(c, f.zone, [key], seen);
    } else if (spot === 'late') {
      late.push({ delay: dice.int(150, 1200), content: specs });
      b.add(c, 'view', [key], seen);
    } else {
      view.push(...specs);
      b.add(c, 'view', [key], seen);
    }
  }

  let next: Spec[] | null = null;
  let pushState: GeneratedPage['pushState'] = null;
  if (chosen.has('spa-pushstate')) {
    next = [el('h2', {}, 'Next view')];
    for (let i = dice.int(1, 3); i > 0; i--) placeContent('spa-pushstate', 'next-view', next, someContent(true));
    // A key from the old view shown again: the count restarted, so it counts again.
    const old = b.placements.find((p) => p.zone === 'view' && p.keys.some((k) => k.alerts));
    if (old && dice.chance(0.5)) placeContent('spa-pushstate', 'next-view', next, 'text', old.keys);
    if (dice.chance(0.5)) {
      const { specs, key, seen } = b.decoy(dice.pick(DECOY_CASES));
      next.push(...specs);
      b.add('spa-pushstate', 'next-view', [key], seen);
    }
  }

  const title = `${dice.pick(TITLES)} ${seed}`;
  const crossBase = crossOrigin.replace(/\/$/, '');
  const frameDocs: FrameDoc[] = frames.map((f) => ({
    origin: f.origin,
    path: `${path}${f.origin === 'same' ? 'frame' : 'xframe'}`,
    html: documentHtml(`Panel ${seed}`, [], f.body),
  }));
  const body: Spec[] = [el('header', {}, el('h1', {}, title), ...(next ? [el('nav', {}, el('a', { href: `${path}next`, 'data-spa': '' }, 'Next'))] : []))];
  body.push(el('main', { id: 'view' }, ...view));
  for (const f of frameDocs) {
    body.push(el('iframe', { src: f.origin === 'same' ? f.path : crossBase + f.path, title: 'Embedded panel', width: '400', height: '120' }));
  }
  body.push(el('script', { src: `${path}app.js` }));
  const html = documentHtml(title, head, body);
  const script = scriptFor({ shadows, late, element, next });

  // One credential per key set: its first alerting value stands for it (a pair's halves sit together).
  const count = (zones: readonly Zone[]) =>
    new Set(b.placements.filter((p) => zones.includes(p.zone)).flatMap((p) => p.keys.filter((k) => k.alerts).slice(0, 1).map((k) => k.value))).size;
  const before = count(['head', 'view', 'frame-same', 'frame-cross']);
  const expected = next ? count(['head', 'frame-same', 'frame-cross', 'next-view']) : before;
  if (next) pushState = { to: `${path}next`, before };

  const cases = [...new Set<Case>([...chosen, ...decoys, ...b.placements.map((p) => p.case)])].sort();
  const seenValues = new Map<string, PlantedKey>();
  for (const p of b.placements) for (const k of p.keys) seenValues.set(k.value, k);
  const delays = [...late.map((l) => l.delay), ...(element ? [element.delay] : [])];
  return {
    seed,
    path,
    title,
    html,
    script,
    frames: frameDocs,
    placements: b.placements,
    cases,
    planted: [...seenValues.values()],
    expected,
    notice: expected > 0,
    pushState,
    quietAfterMs: Math.max(0, ...delays),
  };
}

function documentHtml(title: string, head: Spec[], body: Spec[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeText(title)}</title>`
    + `${head.map((s) => toHtml(s)).join('')}</head><body>${body.map((s) => toHtml(s)).join('\n')}</body></html>`;
}

export function generatePages(seeds: readonly number[], options: GenerateOptions = {}): GeneratedPage[] {
  return seeds.map((s) => generatePage(s, options));
}

// The paste and typing guard in the page: listeners that notice pastes and typing, the edited part
// of a field sent to the worker (guard:scan), the words of a group of per-word inputs
// (guard:phrase-inputs), and the warning the worker words (guard:words). Nothing is blocked or
// changed unless the user asks; keys stay in memory only while a warning shows. Wallet secrets
// warn on every site: a trusted or paused site silences API keys only, and "keep" on a wallet
// warning closes that warning and trusts nothing.
import { sendToBackground } from '../../platform';
import { isWalletKey, LIMITS, type GuardKey, type Span } from '../../shared/protocol';
import { hasPhraseRun, hasRun } from '../../gate';
import { guardActive, guardReady, guardRunning, trustSite } from './config';
import { fieldElementFor, fieldFor, isTextControl, type Field } from './fields';
import { locateNearest } from './remove-span';
import { PasteWarning } from './warning';
import { scanWindow } from './window';
import { groupField, wordGroupOf, type WordGroup } from './word-inputs';

/** Pause in typing before the edited part of a field is scanned. */
const TYPING_IDLE_MS = 200;
/** An insertion at least this long (a paste, a drop, an autofill) is checked without waiting. */
const BULK_INSERT = 16;

/** Could the engine find a key or a recovery phrase in `text`? (A phrase has no run of key characters.) */
const mayHoldSecret = (text: string): boolean => hasRun(text) || hasPhraseRun(text);

/** A key the current warning is about. `raw` stays in this tab's memory only, to find it again for removal. */
interface HeldKey extends Omit<GuardKey, 'end'> {
  raw: string;
  /** Where it was last seen in the field's text. */
  start: number;
}

interface FieldState {
  field: Field;
  /** A group of per-word inputs: its words go to the worker as guard:phrase-inputs. */
  group: boolean;
  timer?: ReturnType<typeof setTimeout>;
  /** The timer's callback, made once per field so a keystroke allocates nothing. */
  run: () => void;
  /** Characters typed or deleted since the last check: the scan reaches back this far from the caret. */
  typed: number;
  /** Selection start before a paste, drop or other bulk insertion: where the inserted text begins. */
  insertAt?: number;
  /** Scan the whole text (contenteditables, or when the edit's place is unknown). */
  whole: boolean;
  /** Keys the user closed the warning for, by fingerprint (in memory, this page only). */
  dismissed: Set<string>;
  keys: HeldKey[];
  warning?: PasteWarning;
  /** Bumped per check: an answer from the worker that a newer check overtook is dropped. */
  checks: number;
  /** Bumped per show or hide: words for a warning that changed meanwhile are dropped. */
  shows: number;
}

const states = new WeakMap<HTMLElement, FieldState>();
/** Groups of per-word inputs, by their container. */
const groups = new WeakMap<HTMLElement, FieldState>();
const shown = new Set<FieldState>();
/** Set while the guard itself edits a field, so its own input event is not taken for typing. */
let editing = false;

function newState(field: Field, group: boolean): FieldState {
  const state: FieldState = {
    field, group, typed: 0, whole: false, dismissed: new Set(), keys: [], checks: 0, shows: 0,
    run: () => {
      state.timer = undefined;
      void guardReady().then(() => check(state));
    },
  };
  return state;
}

function stateFor(el: HTMLElement): FieldState {
  let st = states.get(el);
  if (!st) {
    st = newState(fieldFor(el), false);
    states.set(el, st);
  }
  return st;
}

/**
 * The group's state. Its field follows the inputs the group holds now (forms add and drop some);
 * a warning already shown stays by the input it was placed at.
 */
function groupStateFor(group: WordGroup, edited: HTMLInputElement): FieldState {
  let st = groups.get(group.container);
  if (!st) {
    st = newState(groupField(group, edited), true);
    groups.set(group.container, st);
  } else {
    st.field = groupField(group, st.warning ? st.field.el as HTMLInputElement : edited);
  }
  return st;
}

/** The innermost target, through open shadow roots (web-component editors). */
function fieldOf(e: Event): HTMLElement | undefined {
  const target = e.target;
  // composedPath() allocates on every keystroke; only a shadow host needs it.
  const inner = target instanceof Element && target.shadowRoot ? e.composedPath()[0] ?? target : target;
  return fieldElementFor(inner);
}

/** A paste, a drop, an autofill or any insertion long enough to hold a key in one go. */
function isBulk(e: Event): boolean {
  return e instanceof InputEvent && (/^insertFrom/.test(e.inputType) || (e.data?.length ?? 0) >= BULK_INSERT);
}

function schedule(st: FieldState, delay: number): void {
  clearTimeout(st.timer);
  st.timer = setTimeout(st.run, delay);
}

// Per keystroke the handlers only note what happened and restart a timer: no value, selection or
// layout reads, which on a large textarea can cost more than the keystroke itself.
function onBeforeInput(e: Event): void {
  if (editing) return;
  const el = fieldOf(e);
  if (!el) return;
  const st = stateFor(el);
  if (isTextControl(el)) {
    if (isBulk(e)) st.insertAt ??= el.selectionStart ?? undefined;
  } else {
    // Editors such as Slate cancel beforeinput and render the change themselves: no input event follows.
    st.whole = true;
    schedule(st, isBulk(e) ? 0 : TYPING_IDLE_MS);
  }
}

function onInput(e: Event): void {
  if (editing) return;
  const el = fieldOf(e);
  if (!el) return;
  const st = stateFor(el);
  if (!isTextControl(el)) {
    st.whole = true;
  } else if (st.insertAt === undefined) {
    const data = e instanceof InputEvent ? e.data : null;
    if (isBulk(e) && data === null) st.whole = true;
    else st.typed += Math.max(1, data?.length ?? 0);
  }
  schedule(st, isBulk(e) || st.insertAt !== undefined ? 0 : TYPING_IDLE_MS);
}

function onPaste(e: Event): void {
  const el = fieldOf(e);
  if (!el) return;
  const pasted = e instanceof ClipboardEvent ? e.clipboardData?.getData('text/plain') ?? '' : '';
  if (pasted.length < BULK_INSERT || !mayHoldSecret(pasted)) return;
  // The text lands after this event, or the page's editor inserts it itself (some cancel the paste
  // and fire no input event at all): either way, check right after.
  const st = stateFor(el);
  if (isTextControl(el)) st.insertAt = el.selectionStart ?? undefined;
  else st.whole = true;
  schedule(st, 0);
}

function onKeyDown(e: KeyboardEvent): void {
  if (e.key !== 'Escape' || shown.size === 0) return;
  const el = fieldOf(e);
  const st = el && states.get(el);
  if (st?.warning) dismiss(st);
}

/** Provider context for keys without a prefix: the frame's host, its title and what the field asks for. */
function context(st: FieldState): string {
  return `${location.hostname} ${document.title.slice(0, LIMITS.titleChars)} ${st.field.describe()}`.slice(0, LIMITS.guardContextChars);
}

/** Pieces of text[win] no longer than one request, overlapping so no key is cut in half. */
function pieces(win: Span): Span[] {
  const overlap = 8192;
  const out: Span[] = [];
  for (let s = win.start; ; s += LIMITS.guardTextChars - overlap) {
    const e = Math.min(win.end, s + LIMITS.guardTextChars);
    out.push({ start: s, end: e });
    if (e >= win.end) return out;
  }
}

/** The real keys in text[win], found by the engine in our worker; spans into the whole text. */
async function keysIn(text: string, win: Span, context: string): Promise<GuardKey[]> {
  const found: GuardKey[] = [];
  for (const piece of pieces(win)) {
    const part = text.slice(piece.start, piece.end);
    if (!mayHoldSecret(part)) continue;
    const reply = await sendToBackground({ type: 'guard:scan', text: part, context });
    for (const k of reply?.keys ?? []) {
      if (!found.some((f) => f.fingerprint === k.fingerprint)) found.push({ ...k, start: k.start + piece.start, end: k.end + piece.start });
    }
  }
  return found;
}

/** The recovery phrases among a group's words (`text`: one line per input). */
async function phrasesIn(text: string, context: string): Promise<GuardKey[]> {
  if (text === '') return [];
  const reply = await sendToBackground({ type: 'guard:phrase-inputs', words: text.split('\n'), context });
  return reply?.keys ?? [];
}

async function check(st: FieldState): Promise<void> {
  const el = st.field.el;
  if (!el.isConnected || !guardRunning()) {
    hide(st);
    return;
  }
  // A word typed into one of a group's inputs: the group's words are checked too.
  if (!st.group && el instanceof HTMLInputElement) {
    const group = wordGroupOf(el);
    if (group) void check(groupStateFor(group, el));
  }
  const { text, caret } = st.field.read();
  const known = !st.whole && caret >= 0 && (st.insertAt !== undefined || st.typed > 0);
  const from = Math.max(0, Math.min(st.insertAt ?? caret, caret - st.typed));
  const win = known ? scanWindow(text, from, caret) : { start: 0, end: text.length };
  st.typed = 0;
  st.insertAt = undefined;
  st.whole = false;
  const checkId = ++st.checks;
  let found = st.group ? await phrasesIn(text, context(st)) : await keysIn(text, win, context(st));
  if (checkId !== st.checks) return;
  // On a site the user trusts with keys, or paused, only wallet secrets still warn.
  if (!guardActive(location.hostname)) found = found.filter(isWalletKey);

  // Keys already warned about stay while they are still in the field.
  const keys: HeldKey[] = [];
  for (const k of st.keys) {
    const at = locateNearest(text, k.raw, k.start);
    if (at) keys.push({ ...k, start: at.start });
  }
  for (const k of found) {
    if (st.dismissed.has(k.fingerprint) || keys.some((held) => held.fingerprint === k.fingerprint)) continue;
    keys.push({ fingerprint: k.fingerprint, provider: k.provider, kind: k.kind, detail: k.detail, raw: text.slice(k.start, k.end), start: k.start });
  }
  const changed = keys.length !== st.keys.length || keys.some((k, i) => k.fingerprint !== st.keys[i]?.fingerprint);
  st.keys = keys;
  if (keys.length === 0) hide(st);
  else if (changed || !st.warning) await show(st);
}

/** Shows the warning for the field's keys, in the words the worker formats for this frame's site. */
async function show(st: FieldState): Promise<void> {
  const asked = ++st.shows;
  const keys = st.keys.slice(0, LIMITS.warningKeys).map(({ provider, kind, detail }) => ({ provider, kind, detail }));
  const words = await sendToBackground({ type: 'guard:words', keys });
  if (!words || asked !== st.shows || !st.field.el.isConnected) return;
  st.warning ??= new PasteWarning(st.field.el, {
    remove: () => remove(st),
    keep: () => (st.keys.some(isWalletKey) ? dismiss(st) : void keep()),
    dismiss: () => dismiss(st),
  });
  st.warning.render(words);
  shown.add(st);
  watchLayout();
}

function hide(st: FieldState): void {
  st.shows++;
  st.warning?.destroy();
  st.warning = undefined;
  st.keys = [];
  shown.delete(st);
  if (shown.size === 0) unwatchLayout();
}

function dismiss(st: FieldState): void {
  for (const k of st.keys) st.dismissed.add(k.fingerprint);
  hide(st);
}

function remove(st: FieldState): void {
  const { text } = st.field.read();
  const spans = st.keys.map((k) => locateNearest(text, k.raw, k.start)).filter((s): s is Span => s !== undefined);
  editing = true;
  try {
    st.field.remove(spans);
  } finally {
    editing = false;
  }
  st.keys = [];
  st.field.el.focus();
  void sendToBackground({ type: 'guard:kept-out' });
  const warning = st.warning;
  warning?.showRemoved(() => {
    if (st.warning === warning) hide(st);
  });
}

/** "Keep it (I trust this site)": closes the warnings about keys; wallet warnings stay. */
async function keep(): Promise<void> {
  for (const st of [...shown]) if (!st.keys.some(isWalletKey)) hide(st);
  await trustSite(location.hostname);
}

// Layout tracking only while a warning is on screen: scroll/resize coalesced to one frame, and a
// slow poll for fields that move or disappear without either event.
let frame = 0;
let poll: ReturnType<typeof setInterval> | undefined;

function reposition(): void {
  frame = 0;
  for (const st of [...shown]) {
    if (st.field.el.isConnected) st.warning?.position();
    else hide(st);
  }
}

function onLayout(): void {
  if (frame === 0) frame = requestAnimationFrame(reposition);
}

function watchLayout(): void {
  if (poll !== undefined) return;
  window.addEventListener('scroll', onLayout, { capture: true, passive: true });
  window.addEventListener('resize', onLayout, { passive: true });
  poll = setInterval(reposition, 1000);
}

function unwatchLayout(): void {
  if (poll === undefined) return;
  window.removeEventListener('scroll', onLayout, { capture: true });
  window.removeEventListener('resize', onLayout);
  clearInterval(poll);
  poll = undefined;
}

/** Registers the listeners; call at document_start so they run before the page's own. */
export function startPasteGuard(): void {
  const opts = { capture: true, passive: true } as const;
  window.addEventListener('paste', onPaste, opts);
  window.addEventListener('beforeinput', onBeforeInput, opts);
  window.addEventListener('input', onInput, opts);
  window.addEventListener('keydown', onKeyDown, opts);
}

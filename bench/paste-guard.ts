// Paste-guard benchmark: what typing costs in a 1 MB textarea with and without Keywarden, in real
// Chromium. Prints figures only.
//   npx tsx bench/paste-guard.ts        (needs `npm run build`: loads dist/chrome)
//
// Per keystroke: each synthetic keystroke is a beforeinput and an input event (insertText, one
// character) dispatched on the textarea from the page, so the guard's capture listeners run as for
// typing. The browser's own insertion is left out: on 1 MB of visible text it costs the same with or
// without the extension and is printed once for scale (setRangeText, a few samples). Timed in batches
// of 25 because Chromium coarsens performance.now() to 100 µs outside cross-origin isolation; figures
// are per keystroke. The debounced check after a pause is timed in its parts: reading the 1 MB value
// and the caret in the page, and the engine's scan of the window around the edit (timed in Node; the
// extension runs it in the worker, off the page's main thread).
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_PATH, html, servePages } from '../test/e2e/harness';
import { launchChromium } from '../test/e2e/driver/chromium';
import { findAlerts } from '../src/background/guard-scan';
import { scanWindow } from '../src/content/paste-guard/window';

const TEXT_SIZE = 1_000_000;
const BATCHES = 200;
const BATCH = 25;
const READS = 5;
const INSERTS = 3;

export interface PasteGuardFigures {
  keystrokeUs: { without: Summary; with: Summary };
  /** One debounced check, in parts: reading value + caret in the page, and the engine's window scan. */
  checkReadMs: Summary;
  engineWindowUs: Summary;
  browserInsertMs: Summary;
}

interface Summary {
  median: number;
  p95: number;
  max: number;
}

function summary(values: number[]): Summary {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? NaN };
}

/**
 * Runs in the page: fills the textarea, then times synthetic keystrokes, insertions and reads.
 * Plain JavaScript source, because tsx's name-keeping helpers do not exist in the page.
 */
const IN_PAGE = `async (args) => {
  const ta = document.getElementById('ta');
  const line = 'The quick brown fox jumps over the lazy dog, 0123456789 times.\\n';
  ta.value = line.repeat(Math.ceil(args.size / line.length)).slice(0, args.size);
  ta.focus();
  let pos = Math.floor(args.size / 2);
  ta.setSelectionRange(pos, pos);
  function key() {
    ta.dispatchEvent(new InputEvent('beforeinput', { bubbles: true, cancelable: true, inputType: 'insertText', data: 'a' }));
    ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'a' }));
  }
  const insertMs = [];
  for (let i = 0; i < args.inserts; i++) {
    const t0 = performance.now();
    ta.setRangeText('a', pos, pos, 'end');
    ta.getBoundingClientRect(); // the layout the next frame would do anyway
    insertMs.push(performance.now() - t0);
  }
  const perKey = [];
  for (let b = 0; b < args.batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < args.batch; i++) key();
    perKey.push(((performance.now() - t0) * 1000) / args.batch);
  }
  // What a debounced check reads from the page: the whole value and the caret (fresh after an edit).
  const readMs = [];
  for (let i = 0; i < args.reads; i++) {
    ta.setRangeText(i % 2 ? 'b' : 'a', pos, pos + 1, 'end');
    const t0 = performance.now();
    const n = ta.value.length + (ta.selectionEnd ?? 0);
    readMs.push(performance.now() - t0 + (n < 0 ? 1 : 0));
  }
  return { perKey, readMs, insertMs };
}`;

async function measure(page: Page, url: string) {
  await page.goto(url);
  const args = { size: TEXT_SIZE, batches: BATCHES, batch: BATCH, inserts: INSERTS, reads: READS };
  return page.evaluate(`(${IN_PAGE})(${JSON.stringify(args)})`) as Promise<{ perKey: number[]; readMs: number[]; insertMs: number[] }>;
}

/** The engine part of one debounced check (window + scan) over a 1 MB text, in Node. */
function engineWindowCost(): number[] {
  const text = 'The quick brown fox jumps over the lazy dog, 0123456789 times.\n'.repeat(16_000).slice(0, TEXT_SIZE);
  const out: number[] = [];
  for (let i = 0; i < 300; i++) {
    const at = Math.floor(Math.random() * text.length);
    const t0 = performance.now();
    findAlerts(text, scanWindow(text, at, at + 1), { context: 'example.org', salt: 'x' });
    out.push((performance.now() - t0) * 1000);
  }
  return out;
}

export async function runPasteGuardBench(): Promise<PasteGuardFigures> {
  const site = await servePages({ '/': html('<textarea id="ta" rows="20" cols="100"></textarea>') });
  try {
    const plain = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    const without = await measure(await plain.newPage(), site.url('/')).finally(() => plain.close());
    const ext = await launchChromium();
    const withGuard = await measure(await ext.context.newPage(), site.url('/')).finally(() => ext.close());
    const figures: PasteGuardFigures = {
      keystrokeUs: { without: summary(without.perKey), with: summary(withGuard.perKey) },
      checkReadMs: summary(withGuard.readMs),
      engineWindowUs: summary(engineWindowCost()),
      browserInsertMs: summary(without.insertMs),
    };
    const us = (s: Summary) => `median ${s.median.toFixed(1)} µs, p95 ${s.p95.toFixed(1)} µs, max ${s.max.toFixed(1)} µs`;
    const ms = (s: Summary) => `median ${s.median.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms`;
    console.log(`Paste guard, 1 MB textarea, Chromium (${BATCHES * BATCH} keystrokes each):
  per keystroke without Keywarden   ${us(figures.keystrokeUs.without)}
  per keystroke with Keywarden      ${us(figures.keystrokeUs.with)}
  added per keystroke (medians)     ${(figures.keystrokeUs.with.median - figures.keystrokeUs.without.median).toFixed(1)} µs
  once per pause (debounced check), reading value + caret: ${ms(figures.checkReadMs)}
  once per pause, engine scan of the edit window (Node):  ${us(figures.engineWindowUs)}
  for scale: the browser's own insertion + layout on 1 MB (no extension): ${ms(figures.browserInsertMs)}`);
    return figures;
  } finally {
    await site.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runPasteGuardBench();

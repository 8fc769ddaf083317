// In-page A/B of ways to do the content script's element pass (src/content/scanner/elements.ts) on
// the real documentation pages, without the extension: each way runs in a fresh isolated world (as
// a content script does: no wrapper exists there yet), rounds rotating the order. Prints per-page
// medians and their sums; what was learned is in docs/extension.md, "Costs and budgets".
//   KW_REAL_PAGES=genindex,x86_64/index,Wrapping,stdtypes npx tsx bench/element-pass.ts
//   KW_WAYS=today,pickedQuery npx tsx bench/element-pass.ts     (some ways only; KW_ROUNDS=n)
// The page clock in an isolated world ticks in 0.1 ms: compare sums over pages, and whole-page ways.
import type { CDPSession } from 'playwright-core';
import { SCANNED_ATTRIBUTES } from '../src/shared/surfaces';
import { FULL_PASS_ELEMENTS } from '../src/content/scanner/budgets';
import { PICKED_ELEMENTS } from '../src/content/scanner/elements';
import { launchPlainChromium } from './page-cost';
import { realPageSet, serveDirs } from './real-pages';
import { median } from './stats';

const ROUNDS = Number(process.env.KW_ROUNDS ?? 5);

/**
 * The ways, defined on the isolated world's globalThis. `read` is the element pass's per-element
 * work (elements.ts elementData) with values counted instead of sent; `PICKED` its query.
 */
const SETUP = String.raw`
const SCANNED = ${JSON.stringify(SCANNED_ATTRIBUTES)};
const FULL = ${FULL_PASS_ELEMENTS};
const isScanned = (n) => SCANNED.includes(n) || n.startsWith('data-');
const PICKED = ${JSON.stringify(PICKED_ELEMENTS)};
let sink = 0;
const add = (v) => { if (v && v.length >= 16) sink += v.length; };
/** With named, without data-*: the six scanned attributes asked for by name instead of getAttributeNames. */
function read(el, named) {
  const shadow = el.shadowRoot; if (shadow) sink++;
  const tag = el.tagName; let live;
  if (tag === 'INPUT' || tag === 'TEXTAREA') { live = el.value; add(live); }
  else if (tag === 'IMG' || tag === 'CANVAS' || tag === 'svg') sink++;
  if (!el.hasAttributes() || (tag.startsWith('KEYWARDEN-') && el.hasAttribute('data-keywarden'))) return;
  const names = named ? SCANNED : el.getAttributeNames();
  for (const name of names) {
    if (!named && !isScanned(name)) continue;
    const v = el.getAttribute(name);
    if (v === null || (name === 'value' && v === live)) continue;
    add(v);
  }
}
const root = () => document.documentElement;
const first = (each) => { const all = root().getElementsByTagName('*'); let i = 0; for (let el = all[i]; el && i < FULL; el = all[++i]) each(el); return all[i]; };
const whole = (each) => { for (const el of root().getElementsByTagName('*')) each(el); };
const count = (selector) => root().querySelectorAll(selector).length;
globalThis.ways = {
  // What the element pass does today: the first FULL elements read whole, then the picked query.
  today() { if (first(read)) for (const el of root().querySelectorAll(PICKED)) read(el); },
  firstFull() { first(read); },
  pickedQuery() { count(PICKED); },
  pickedRead() { for (const el of root().querySelectorAll(PICKED)) read(el); },
  // Floors: a wrapper per element (live collection), the native traversals alone.
  wrappers() { whole(() => sink++); },
  gebtLength() { return root().getElementsByTagName('*').length; },
  qsaAll() { count('*'); },
  // The picked query's halves.
  qTags() { count('input, textarea, img, canvas, svg, meta, iframe'); },
  qUrls() { count('[href*="?"], [href*="@"], [src*="?"]'); },
  qIs() { count(':is(' + PICKED + ')'); },
  // The first FULL through a static query instead of the live collection.
  firstQsa() { const all = root().querySelectorAll('*'); for (let i = 0; i < all.length && i < FULL; i++) read(all[i]); },
  // One query of what a full pass reads, data-* and shadow hosts aside (neither can be selected).
  scannedQuery() { count(SCANNED.map((n) => '[' + n + ']').join(', ') + ', input, textarea, img, canvas, svg'); },
  // data-* by XPath, the one native way to select attributes by a name prefix.
  dataXPath() { document.evaluate('.//*[@*[starts-with(name(), "data-")]]', root(), null, XPathResult.UNORDERED_NODE_SNAPSHOT_TYPE, null); },
  // Per-element calls, over the whole page so that they show above the clock's tick.
  wholeRead() { whole(read); },
  wholeNamed() { whole((el) => read(el, true)); },
  wholeNames() { whole((el) => { if (el.hasAttributes()) sink += el.getAttributeNames().length; }); },
  wholeShadow() { whole((el) => { if (el.shadowRoot) sink++; }); },
};
globalThis.stats = () => {
  const all = [...root().getElementsByTagName('*')];
  let values = 0, dataValues = 0;
  for (const e of all) for (const n of e.getAttributeNames()) {
    const v = isScanned(n) ? e.getAttribute(n) : null;
    if (v && v.length >= 16) { values++; if (n.startsWith('data-')) dataValues++; }
  }
  return { elements: all.length, withAttributes: all.filter((e) => e.hasAttributes()).length, values, dataValues,
    picked: count(PICKED), shadowHosts: all.filter((e) => e.shadowRoot).length };
};
`;

async function inFreshWorld(cdp: CDPSession, frameId: string, expression: string): Promise<unknown> {
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId, worldName: `kw-${Math.random()}` });
  await cdp.send('Runtime.evaluate', { expression: SETUP, contextId: executionContextId });
  const r = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true });
  if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
  return r.result.value;
}

async function main(): Promise<void> {
  const { mounts, paths } = await realPageSet();
  const site = await serveDirs(mounts);
  const { context } = await launchPlainChromium();
  const ways = (process.env.KW_WAYS ?? 'today,firstFull,pickedQuery,pickedRead,wrappers,gebtLength,qsaAll,qTags,qUrls,qIs,firstQsa,scannedQuery,dataXPath,wholeRead,wholeNamed,wholeNames,wholeShadow').split(',');
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const totals = new Map<string, number>(ways.map((w) => [w, 0]));
  try {
    for (const path of paths) {
      const times = new Map<string, number[]>(ways.map((w) => [w, []]));
      let stats: unknown;
      for (let round = 0; round < ROUNDS; round++) {
        await page.goto(site.url(path));
        await page.waitForLoadState('load');
        await page.waitForTimeout(300);
        const { frameTree } = await cdp.send('Page.getFrameTree');
        stats ??= await inFreshWorld(cdp, frameTree.frame.id, 'stats()');
        for (let i = 0; i < ways.length; i++) {
          const way = ways[(i + round) % ways.length]!;
          const ms = await inFreshWorld(cdp, frameTree.frame.id, `{ const t = performance.now(); ways.${way}(); performance.now() - t }`);
          times.get(way)!.push(ms as number);
        }
      }
      console.log(`${path}  ${JSON.stringify(stats)}`);
      for (const way of ways) {
        const m = median(times.get(way)!);
        totals.set(way, totals.get(way)! + m);
        console.log(`  ${way.padEnd(14)} ${m.toFixed(1).padStart(7)} ms`);
      }
    }
    console.log(`all ${paths.length} pages, sum of medians:`);
    for (const way of ways) console.log(`  ${way.padEnd(14)} ${totals.get(way)!.toFixed(1).padStart(7)} ms`);
  } finally {
    await context.close();
    await site.close();
  }
}

await main();

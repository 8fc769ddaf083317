// What handing a page's text to the extension's worker costs the page, per way, in Chromium and
// Firefox ESR: a throwaway extension whose content script hands the text of a real docs page over
// (bench/real-pages.ts's pages, served from 127.0.0.1) and whose worker reads and checks it. Prints
// figures only.
//   npx tsx bench/handover.ts        (KW_HANDOVER_PAGES=word,word: other pages; KW_HANDOVER_REPEATS=n)
//
// Ways: a Blob of the strings (the page's encoder), a Blob of TextEncoder.encode's bytes, a Blob of
// encodeInto's bytes in one reused buffer (each: a blob: URL in Chromium, the Blob itself in Firefox),
// the strings in runtime.sendMessage, the strings over one runtime.connect Port. Batches of 128 K,
// 512 K, 1 M characters and the whole text, as arrays of reads of at most 32 K characters (the
// scanner's). Per way: the page's synchronous time per call and per MB (build, URL, send), its longest
// single step, the round trip, and the worker's time to have the text; in Chromium also the page's
// sampled main-thread time in extension code (V8 profiler), which counts what runs after the call
// returns (the reply) too. Fixed costs per call from 200 calls of 16 characters.
import { rm } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../test/e2e/driver/chromium';
import { launchFirefox } from '../test/e2e/driver/firefox';
import type { ExtensionDriver, Tab } from '../test/e2e/driver';
import { waitFor } from '../test/e2e/harness';
import { extensionTime, newBreakdown, printBreakdown, SAMPLING_US, type Profile } from './page-cost';
import { realPageSet, referenceExtension, serveDirs } from './real-pages';
import { median } from './stats';

const WAYS = ['none', 'blob', 'blob-encode', 'blob-encodeInto', 'message', 'port', 'blob-twobyte', 'message-twobyte'] as const;
type Way = (typeof WAYS)[number];
const BATCHES = [128 * 1024, 512 * 1024, 1024 * 1024, Infinity];
const READ_CHARS = 32 * 1024;
/** Each command hands the page's text over this many times (KW_HANDOVER_ROUNDS). */
const ROUNDS = Number(process.env.KW_HANDOVER_ROUNDS ?? 4);

/** Per call of one way and batch size, as the content script measured it. */
interface Calls {
  calls: number;
  chars: number;
  bytes: number;
  /** Synchronous page time per step, summed over the calls, ms. */
  build: number;
  url: number;
  send: number;
  /** Longest synchronous step of one call (build + url + send), ms. */
  longest: number;
  /** Median round trip (send to reply), ms. */
  roundTrip: number;
  /** The worker's time to have the text, summed, ms. */
  worker: number;
  ok: boolean;
}

// The content script: waits for a command in the page's <html data-kw-command>, runs it and leaves
// the result in data-kw-result (attributes are shared by the page's and the script's worlds).
const CONTENT = String.raw`
const api = globalThis.browser ?? globalThis.chrome;
const firefox = api.runtime.getURL('').startsWith('moz-extension:');
const root = document.documentElement;
let port;
let portWaiting = new Map();
let nextId = 0;
function viaPort(message) {
  if (!port) {
    port = api.runtime.connect({ name: 'handover' });
    port.onMessage.addListener((m) => { portWaiting.get(m.id)?.(m); portWaiting.delete(m.id); });
  }
  const id = ++nextId;
  return new Promise((ok) => { portWaiting.set(id, ok); port.postMessage({ ...message, id }); });
}
let buffer = new Uint8Array(0);
const encoder = new TextEncoder();
function reads(text, batch) {
  const out = [];
  for (let at = 0; at < text.length; at += batch) {
    const piece = text.slice(at, Math.min(text.length, at + batch));
    const parts = [];
    for (let p = 0; p < piece.length; p += ${READ_CHARS}) parts.push(piece.slice(p, p + ${READ_CHARS}));
    out.push(parts);
  }
  return out;
}
async function handOver(way, parts) {
  // '-twobyte': the same reads with one character past Latin-1 each (V8 then holds them two bytes a character).
  if (way.endsWith('-twobyte')) {
    parts = parts.map((p) => '\u2014' + p.slice(1));
    way = way.slice(0, -'-twobyte'.length);
  }
  const t = { build: 0, url: 0, send: 0, roundTrip: 0, bytes: 0 };
  const chars = parts.reduce((a, p) => a + p.length, 0);
  const lengths = parts.map((p) => p.length);
  let t0 = performance.now();
  let body;
  if (way === 'blob') body = new Blob(parts);
  else if (way === 'blob-encode') body = new Blob([encoder.encode(parts.length === 1 ? parts[0] : parts.join(''))]);
  else if (way === 'blob-encodeInto') {
    if (buffer.length < 3 * chars) buffer = new Uint8Array(3 * chars);
    let at = 0;
    for (const p of parts) at += encoder.encodeInto(p, buffer.subarray(at)).written;
    body = new Blob([buffer.subarray(0, at)]);
  }
  let t1 = performance.now();
  t.build = t1 - t0;
  let url;
  if (way === 'none') return { ...t, ok: true, worker: 0 };
  if (body && !firefox) {
    url = URL.createObjectURL(body);
    t.url = performance.now() - t1;
  }
  t.bytes = body ? body.size : 0;
  t0 = performance.now();
  const message = body ? { body: url ?? body, bytes: body.size, lengths } : { texts: parts, lengths };
  const reply = way === 'port' ? viaPort(message) : api.runtime.sendMessage(message);
  t.send = performance.now() - t0;
  const answer = await reply;
  t.roundTrip = performance.now() - t0;
  if (url) URL.revokeObjectURL(url);
  t.ok = answer?.chars === chars;
  t.worker = answer?.ms ?? NaN;
  return t;
}
async function run(command) {
  const text = document.body.textContent;
  if (command.kind === 'fixed') {
    const out = {};
    const tiny = 'abcdefghijklmnop';
    const n = 200;
    let t0 = performance.now();
    const blobs = [];
    for (let i = 0; i < n; i++) blobs.push(new Blob([tiny]));
    out.blob = (performance.now() - t0) / n;
    if (!firefox) {
      t0 = performance.now();
      const urls = blobs.map((b) => URL.createObjectURL(b));
      out.createObjectURL = (performance.now() - t0) / n;
      t0 = performance.now();
      for (const u of urls) URL.revokeObjectURL(u);
      out.revokeObjectURL = (performance.now() - t0) / n;
    }
    let sync = 0;
    const t1 = performance.now();
    for (let i = 0; i < n; i++) {
      const s = performance.now();
      const r = api.runtime.sendMessage({ texts: [tiny], lengths: [tiny.length] });
      sync += performance.now() - s;
      await r;
    }
    out.sendMessage = sync / n;
    out.sendMessageRoundTrip = (performance.now() - t1) / n;
    sync = 0;
    const t2 = performance.now();
    for (let i = 0; i < n; i++) {
      const s = performance.now();
      const r = viaPort({ texts: [tiny], lengths: [tiny.length] });
      sync += performance.now() - s;
      await r;
    }
    out.port = sync / n;
    out.portRoundTrip = (performance.now() - t2) / n;
    return out;
  }
  // Every batch, command.rounds times (Firefox gives content scripts a clock of 1 ms steps).
  const batches = [];
  for (let r = 0; r < command.rounds; r++) batches.push(...reads(text, command.batch));
  const sum = { twoByte: /[^\x00-\xff]/.test(text), calls: batches.length, chars: text.length * command.rounds, bytes: 0, build: 0, url: 0, send: 0, longest: 0, worker: 0, ok: true, trips: [] };
  for (const parts of batches) {
    const t = await handOver(command.way, parts);
    sum.bytes += t.bytes; sum.build += t.build; sum.url += t.url; sum.send += t.send; sum.worker += t.worker;
    sum.longest = Math.max(sum.longest, t.build + t.url + t.send);
    sum.trips.push(t.roundTrip);
    sum.ok &&= t.ok;
  }
  sum.trips.sort((a, b) => a - b);
  sum.roundTrip = sum.trips[sum.trips.length >> 1];
  delete sum.trips;
  return sum;
}
new MutationObserver(() => {
  const command = root.getAttribute('data-kw-command');
  if (!command) return;
  root.removeAttribute('data-kw-command');
  run(JSON.parse(command)).then(
    (r) => root.setAttribute('data-kw-result', JSON.stringify(r)),
    (e) => root.setAttribute('data-kw-result', JSON.stringify({ error: String(e) })),
  );
}).observe(root, { attributes: true, attributeFilter: ['data-kw-command'] });
root.setAttribute('data-kw-ready', '1');
`;

// The worker: reads what it was handed, checks its length against the page's, answers with its time.
const WORKER = String.raw`
const api = globalThis.browser ?? globalThis.chrome;
async function receive(m) {
  const t0 = performance.now();
  let chars = 0;
  if (m.body !== undefined) {
    const blob = typeof m.body === 'string' ? await (await fetch(m.body)).blob() : m.body;
    if (blob.size !== m.bytes) return { chars: -1 };
    chars = new TextDecoder().decode(await blob.arrayBuffer()).length;
  } else {
    for (const t of m.texts) chars += t.length;
  }
  const expected = m.lengths.reduce((a, n) => a + n, 0);
  return { chars: chars === expected ? chars : -1, ms: performance.now() - t0 };
}
api.runtime.onMessage.addListener((m) => receive(m));
api.runtime.onConnect.addListener((port) => {
  port.onMessage.addListener((m) => void receive(m).then((r) => port.postMessage({ ...r, id: m.id })));
});
`;

async function command(tab: Tab, cmd: object): Promise<unknown> {
  await tab.evaluate((c: string) => {
    document.documentElement.removeAttribute('data-kw-result');
    document.documentElement.setAttribute('data-kw-command', c);
  }, JSON.stringify(cmd));
  let result: string | null = null;
  await waitFor(async () => (result = await tab.evaluate(() => document.documentElement.getAttribute('data-kw-result'))) !== null,
    { timeout: 120_000, message: 'handover result' });
  const parsed = JSON.parse(result!) as { error?: string };
  if (parsed.error) throw new Error(parsed.error);
  return parsed;
}

interface Row { way: Way; batch: number; runs: Calls[]; profileMs: number[] }

async function measure(browser: 'chromium' | 'firefox', url: string, repeats: number): Promise<{ rows: Row[]; fixed: Record<string, number>[] }> {
  const dir = await referenceExtension('handover', CONTENT, WORKER, browser, ['http://127.0.0.1/*']);
  const ext: ExtensionDriver = browser === 'chromium' ? await launchChromium({ extensionDir: dir }) : await launchFirefox({ extensionDir: dir });
  const rows: Row[] = WAYS.flatMap((way) => BATCHES.map((batch) => ({ way, batch, runs: [], profileMs: [] })));
  const fixed: Record<string, number>[] = [];
  try {
    const tab = await ext.newTab();
    await tab.goto(url);
    await waitFor(async () => (await tab.evaluate(() => document.documentElement.getAttribute('data-kw-ready'))) === '1', { timeout: 30_000 });
    // Chromium: the page's sampled main-thread time in extension code, per command.
    const chromiumPage = browser === 'chromium' ? (tab as unknown as { page: import('playwright-core').Page }).page : undefined;
    const cdp = chromiumPage ? await chromiumPage.context().newCDPSession(chromiumPage) : undefined;
    await cdp?.send('Profiler.enable');
    await cdp?.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    const breakdowns = new Map<string, ReturnType<typeof newBreakdown>>();
    const totals = new Map<string, number>();
    for (let r = 0; r < repeats; r++) {
      fixed.push(await command(tab, { kind: 'fixed' }) as Record<string, number>);
      // Alternate the order each repeat, so a slow spell of the machine does not fall on one way.
      const order = r % 2 ? [...rows].reverse() : rows;
      for (const row of order) {
        await cdp?.send('Profiler.start');
        row.runs.push(await command(tab, { way: row.way, batch: row.batch === Infinity ? 1e12 : row.batch, rounds: ROUNDS }) as Calls);
        if (cdp) {
          const { profile } = await cdp.send('Profiler.stop') as { profile: Profile };
          const key = `${row.way} ${row.batch}`;
          const b = breakdowns.get(key) ?? newBreakdown();
          breakdowns.set(key, b);
          const { ms } = extensionTime(profile, b);
          row.profileMs.push(ms);
          totals.set(key, (totals.get(key) ?? 0) + ms);
        }
      }
    }
    if (process.env.KW_PROFILE_TOP) {
      for (const [key, b] of breakdowns) console.log(`  ${browser} ${key}:\n${printBreakdown(b, totals.get(key) ?? 0, Number(process.env.KW_PROFILE_TOP))}`);
    }
  } finally {
    await ext.close();
    await rm(dir, { recursive: true, force: true });
  }
  return { rows, fixed };
}

function print(browser: string, page: string, { rows, fixed }: Awaited<ReturnType<typeof measure>>): void {
  const f2 = (x: number) => x.toFixed(2);
  const med = (k: (c: Calls) => number, row: Row) => median(row.runs.map(k));
  const first = rows[0]!.runs[0]!;
  // Per MB handed over (the page's text, ROUNDS times).
  const mb = first.chars / 1e6;
  console.log(`${browser}, ${page}: ${first.chars / ROUNDS} characters handed over ${ROUNDS} times (${mb.toFixed(2)} MB${(first as Calls & { twoByte: boolean }).twoByte ? ', some past Latin-1' : ''}), median of ${rows[0]!.runs.length} runs; page ms per MB and per call`);
  const fixedKeys = Object.keys(fixed[0] ?? {});
  console.log(`  fixed cost per call (16 characters): ${fixedKeys.map((k) => `${k} ${(median(fixed.map((x) => x[k]!)) * 1000).toFixed(0)} µs`).join(', ')}`);
  for (const row of rows) {
    const calls = row.runs[0]!.calls / ROUNDS;
    const sync = med((c) => c.build + c.url + c.send, row);
    const none = rows.find((r) => r.way === 'none' && r.batch === row.batch)!;
    const profiled = row.profileMs.length
      ? `  sampled ${f2(median(row.profileMs) / mb).padStart(6)} ms/MB (beyond reading: ${f2((median(row.profileMs) - median(none.profileMs)) / mb)})` : '';
    console.log(`  ${row.way.padEnd(16)} ${(row.batch === Infinity ? 'whole' : `${row.batch / 1024} K`).padStart(6)} ×${String(calls).padStart(3)}: ` +
      `sync ${f2(sync / mb).padStart(6)} ms/MB (build ${f2(med((c) => c.build, row) / mb)}, url ${f2(med((c) => c.url, row) / mb)}, send ${f2(med((c) => c.send, row) / mb)}), ` +
      `${f2(sync / ROUNDS / calls).padStart(6)} ms/call, longest step ${f2(Math.max(...row.runs.map((c) => c.longest))).padStart(6)} ms${profiled}  ` +
      `round trip ${f2(med((c) => c.roundTrip, row)).padStart(6)} ms  worker ${f2(med((c) => c.worker, row) / mb).padStart(6)} ms/MB` +
      `${row.runs.every((c) => c.ok) ? '' : '  LENGTHS DIFFER'}`);
  }
}

export async function runHandoverBench(): Promise<void> {
  const { mounts, paths } = await realPageSet();
  const wanted = (process.env.KW_HANDOVER_PAGES ?? 'genindex-all,x86_64/index').split(',');
  const pages = paths.filter((p) => wanted.some((w) => p.includes(w)));
  if (pages.length === 0) {
    console.log('  hand-over: skipped (no real docs pages; `npm run bench:setup`)');
    return;
  }
  const repeats = Number(process.env.KW_HANDOVER_REPEATS ?? 3);
  const site = await serveDirs(mounts);
  try {
    const browsers = (process.env.KEYWARDEN_BROWSERS ?? 'chromium,firefox').split(',') as Array<'chromium' | 'firefox'>;
    for (const browser of browsers) {
      for (const page of pages) print(browser, page, await measure(browser, site.url(page), repeats));
    }
  } finally {
    await site.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runHandoverBench();
}

// The page scanner on real DOM: what it sends the worker is judged by the real engine, bundled into
// this test page: the worker's own answer to page:chunks (answerChunks: the windows of the first
// reads and of attribute and field values that hold a finding), then the findings the worker would
// record from the located windows.
import { answerChunks } from '../../src/background/chunk-gate';
import { isAlert, scan } from '../../src/engine';
import { whereInWindow, type CandidateWindow } from '../../src/shared/protocol';
import type { Where } from '../../src/shared/surfaces';
import { Scanner, type ScannerOptions } from '../../src/content/scanner';
import { fakeKeys } from '../support/keys';
import { fakeWallet } from '../corpus/wallet/fake-wallet';
import { check, equal, fixture, test, until } from './runner';

const keys = fakeKeys(11);

interface Scanned {
  /** Located windows, sent to be recorded. */
  windows: CandidateWindow[];
  /** First reads, as the worker got them (page:chunks). */
  chunks: string[];
  /** Windows the worker answered the first reads with. */
  answered: number;
  stopped: boolean;
  scanner: Scanner;
}

/** Scans `root` (the whole document by default) until the scanner has nothing left to do. */
async function scanned(root: Node = document.documentElement, options: Partial<ScannerOptions> = {}): Promise<Scanned> {
  const windows: CandidateWindow[] = [];
  const chunks: string[] = [];
  let answered = 0;
  let calls = 0;
  let answers = 0;
  let stopped = false;
  const scanner = new Scanner({
    gate: async (texts) => {
      calls++;
      chunks.push(...texts);
      await new Promise((r) => setTimeout(r, 1));
      answers++;
      const reply = answerChunks(texts, { includeGeneric: false, host: '', title: '' });
      answered += reply.flat().length;
      return { windows: reply };
    },
    send: (w, s) => {
      windows.push(...w);
      stopped ||= s;
    },
    ...options,
  });
  scanner.scanTree(root);
  await settled(scanner, () => calls - answers);
  return { windows, chunks, answered, stopped, scanner };
}

/** Waits until the scanner is idle and no question to the worker is open (`open()`). */
async function settled(scanner: Scanner, open: () => number): Promise<void> {
  // An answer queues a locate step: idle twice in a row, with nothing open in between.
  let quiet = 0;
  await until(() => {
    quiet = !scanner.busy && open() === 0 ? quiet + 1 : 0;
    return quiet >= 2;
  }, 'the scanner to finish');
}

/** Alerting findings in the windows, as the worker records them: rule and surface. */
function found(windows: readonly CandidateWindow[]): Array<{ rule: string; where: Where }> {
  const seen = new Set<string>();
  const out: Array<{ rule: string; where: Where }> = [];
  for (const w of windows) {
    for (const f of scan(w.text, { salt: 's' }).filter(isAlert)) {
      if (seen.has(f.fingerprint)) continue;
      seen.add(f.fingerprint);
      out.push({ rule: f.rule, where: whereInWindow(w, f.start) });
    }
  }
  return out.sort((a, b) => a.rule.localeCompare(b.rule) || a.where.localeCompare(b.where));
}

const prose = (n: number) => Array.from({ length: n }, (_, i) => `word${i % 7} alpha beta gamma`).join(' ');

test('a key split over highlighter spans is one token, seen in a code block', async () => {
  const key = keys.github();
  fixture(`<pre><code><span class="k">const</span> <span class="v">token</span> = <span class="s">"${key.slice(0, 10)}</span><span class="s">${key.slice(10)}"</span>;</code></pre>`);
  equal(found((await scanned()).windows), [{ rule: 'github-token', where: 'code' }], 'findings');
});

test('a key split over highlighter spans where a first read’s chunk would end is one token, found once', async () => {
  const key = fakeKeys(14).github();
  const line = (i: number) => `<span class="k">let</span> <span class="n">value_${i}</span> = <span class="f">compute</span>(${i});\n`;
  // ~16.3 KB of highlighted code before the key: past CHUNK_CHARS, inside the same block.
  const before = Array.from({ length: 330 }, (_, i) => line(i)).join('');
  fixture(`<pre><code>${before}<span class="s">"${key.slice(0, 20)}</span><span class="s">${key.slice(20)}"</span>;\n${line(1)}</code></pre><p>after</p>`);
  const { windows, chunks } = await scanned();
  equal(found(windows), [{ rule: 'github-token', where: 'code' }], 'findings');
  check(chunks.some((c) => c.includes(key)), 'the key whole in one chunk');
});

test('steps that end on the clock cut no token: with zero-length slices every key split over spans is found', async () => {
  const own = fakeKeys(19);
  const tokens = Array.from({ length: 40 }, () => own.github());
  // Each key in two highlighter spans, among enough other nodes that 64-node steps end everywhere
  // (lines end in <br>, so the listing is walked node by node, not read in one piece).
  const line = (i: number) => `<span class="k">let</span> <span class="n">v${i}</span> = <span class="f">f</span>(${i});<br>`;
  const body = tokens.map((t, i) => `${Array.from({ length: 12 }, (_, j) => line(i * 12 + j)).join('')}`
    + `<span class="s">"${t.slice(0, 17)}</span><span class="s">${t.slice(17)}"</span>;<br>`).join('');
  fixture(`<pre><code>${body}</code></pre>`);
  const { windows, chunks } = await scanned(document.documentElement, { sliceMs: 0 });
  // ~4,000 nodes: with every step ended at its first look at the clock, dozens of chunks.
  check(chunks.length >= 40, `steps ended on the clock (${chunks.length} chunks)`);
  // A key cut where a step ended would match no rule: 40 findings means every key was read whole.
  equal(found(windows).length, tokens.length, 'one finding per key');
});

test('a run of inline elements is read in one piece, and a block or custom element deep inside one still breaks it', async () => {
  const own = fakeKeys(20);
  const [inPara, inBlock, inWidget] = [own.github(), own.stripeSecret(), own.awsKeyId()];
  fixture(`<p>Use <a href="#t"><code>GH_TOKEN</code></a>=<b><i>${inPara.slice(0, 9)}</i>${inPara.slice(9)}</b> for the bot</p>`);
  // No whitespace anywhere: only the block (a div inside inline elements) keeps the words apart.
  fixture(`<ul><li><span><b>Billing key</b><div>${inBlock}</div>rotated monthly</span></li></ul>`);
  fixture(`<p><span>AWS access key</span> <key-view>${inWidget}</key-view></p>`);
  const { windows, chunks } = await scanned();
  equal(found(windows).map((f) => f.rule), ['aws-access-key-id', 'github-token', 'stripe-secret-key'], 'findings');
  const read = chunks.join('');
  check(read.includes(`Use GH_TOKEN=${inPara} for the bot`), 'the paragraph read whole');
  check(read.includes(`Billing key\n${inBlock}\nrotated monthly`), 'the nested block read apart');
});

test('blocks never fuse: table cells written without whitespace stay apart', async () => {
  const id = keys.awsKeyId();
  const secret = keys.awsSecret();
  fixture(`<table><tr><th>AWS access key</th><td>${id}</td><td>${secret}</td><td>Rotated</td></tr></table>`);
  const rules = found((await scanned()).windows).map((f) => f.rule);
  check(rules.includes('aws-access-key-id'), `the key id is found: ${rules.join()}`);
});

test('keys glued to a neighbouring block\'s text are found, in long lists and in short rows', async () => {
  // Keys of their own: the other tests' keys are drawn in the same order as before this one.
  const own = fakeKeys(12);
  const github = own.github();
  const secret = own.awsSecret();
  const items = Array.from({ length: 80 }, (_, i) => `<li>item ${i} ${prose(1)}</li>`);
  items.splice(40, 0, `<li>Deploy token</li><li>${github}</li>`);
  fixture(`<ul>${items.join('')}</ul><div><table><tr><th>AWS secret access key</th><td>${secret}</td><td>Rotated</td></tr></table></div>`);
  const { windows, chunks } = await scanned();
  equal(found(windows).map((f) => f.rule), ['aws-secret-access-key', 'github-token'], 'findings');
  const read = chunks.join('');
  check(read.includes(`Deploy token\n${github}\nitem 40`) && read.includes(`AWS secret access key\n${secret}\nRotated`), 'blocks read apart');
});

test('a key glued to the block before it, or to the block after it, is found', async () => {
  const own = fakeKeys(13);
  const left = own.awsKeyId();
  const right = own.github();
  // No whitespace between the blocks: one textContent of either container reads "…keyAKIA…".
  fixture(`<div><div>AWS access key</div><div>${left}</div></div>`);
  fixture(`<section><p>${right}</p><p>is the deploy token, rotated weekly</p></section>`);
  equal(found((await scanned()).windows).map((f) => f.rule), ['aws-access-key-id', 'github-token'], 'findings');
});

test('10,000 siblings: the one key among them is found, in one window', async () => {
  const key = keys.stripeSecret();
  const list = fixture('<div></div>');
  for (let i = 0; i < 10_000; i++) {
    const p = document.createElement('p');
    p.textContent = i === 7777 ? `stripe key ${key}` : `paragraph ${i} ${prose(2)}`;
    list.append(p);
  }
  const { windows } = await scanned();
  equal(found(windows), [{ rule: 'stripe-secret-key', where: 'text' }], 'findings');
  equal(windows.filter((w) => w.text.includes(key)).length, 1, 'windows holding the key');
});

/** A large page of sections (~65 KB of text, several chunks), with `inner` as its 30th section. */
function sections(inner: string): void {
  // Figures, not words: no run of words the gate could take for a recovery phrase.
  const rows = (i: number) => Array.from({ length: 24 }, (_, j) => `${i}.${j}: ${i * 37 + j} of ${j * 11}, 2.${j}%;`).join(' ');
  const body = Array.from({ length: 60 }, (_, i) => `<section><h2>Part ${i}</h2><p>${rows(i)}</p><p>${rows(i + 60)}</p></section>`);
  body.splice(30, 0, inner);
  fixture(`<main><article>${body.join('')}</article></main>`);
}

test('in a large page, hidden parts, inline scripts and closed details are read as the DOM holds them', async () => {
  const own = fakeKeys(16);
  const hidden = own.github();
  const scripted = own.stripeSecret();
  const closed = own.awsKeyId();
  sections(`<section><div hidden><pre><code>export GH_TOKEN=${hidden}</code></pre></div>`
    + `<script type="text/plain">const stripe = "${scripted}";</script>`
    + `<details><summary>AWS</summary><p>AWS access key</p><p>${closed}</p></details></section>`);
  equal(found((await scanned()).windows), [
    { rule: 'aws-access-key-id', where: 'text' },
    { rule: 'github-token', where: 'code' },
    { rule: 'stripe-secret-key', where: 'inline-script' },
  ], 'findings');
});

test('past the page budget, a key read before it ran out is still located, across a large page', async () => {
  const key = fakeKeys(17).github();
  const rows = Array.from({ length: 400 }, (_, i) => `<p>${prose(20)} ${i}</p>`).join('');
  fixture(`<main><section><p>token ${key}</p></section><section>${rows}</section><section>${rows}</section></main>`);
  const { windows, stopped } = await scanned(document.documentElement, { maxChars: 40_000 });
  check(stopped, 'stoppedEarly reported');
  equal(found(windows).map((f) => f.rule), ['github-token'], 'findings');
});

test('open shadow roots, nested ones too, are read and marked as such', async () => {
  const outerKey = keys.github();
  const innerKey = keys.npm();
  const host = fixture('<div class="host"></div>');
  const root = host.attachShadow({ mode: 'open' });
  fixture(`<p>token ${outerKey}</p><span class="inner"></span>`, root);
  const inner = root.querySelector('.inner')!.attachShadow({ mode: 'open' });
  fixture(`<p>npm token ${innerKey}</p>`, inner);
  const roots: ShadowRoot[] = [];
  const { windows } = await scanned(document.documentElement, { onShadowRoot: (r) => roots.push(r) });
  equal(found(windows), [{ rule: 'github-token', where: 'shadow-root' }, { rule: 'npm-token', where: 'shadow-root' }], 'findings');
  equal(roots.length, 2, 'shadow roots handed on to be observed');
});

test('a megabyte text node is read piece by piece, keys across a piece boundary included', async () => {
  const first = keys.github();
  const across = keys.stripeSecret();
  const filler = prose(40_000);
  const text = `${filler.slice(0, 300_000)} token ${first} ${filler.slice(0, 262_130)} stripe ${across} ${filler.slice(0, 500_000)}`;
  const pre = fixture('<pre></pre>');
  pre.append(document.createTextNode(text));
  check(text.length > 1_000_000, 'a megabyte of text');
  equal(found((await scanned()).windows), [{ rule: 'github-token', where: 'code' }, { rule: 'stripe-secret-key', where: 'code' }], 'findings');
});

test('live field values, data-* attributes and URLs with a query', async () => {
  const typed = keys.github();
  const inData = keys.slackToken();
  const inUrl = keys.stripeSecret();
  const form = fixture(`<form><input name="token" value=""><div data-config="slack token=${inData}">x</div>`
    + `<a href="https://api.example/v1?key=${inUrl}">api</a></form>`);
  (form.querySelector('input') as HTMLInputElement).value = typed;
  const where = Object.fromEntries(found((await scanned()).windows).map((f) => [f.rule, f.where]));
  equal(where, { 'github-token': 'form-field', 'slack-token': 'attribute', 'stripe-secret-key': 'attribute' }, 'findings');
});

test('attribute and field values are gated in the worker, and only what it finds is located', async () => {
  const wallet = fakeWallet(8);
  const boxed = wallet.phrase('en', 12).split(' ');
  const inAttribute = keys.openai();
  const inData = keys.slackToken();
  const typed = keys.github();
  const inUrl = keys.stripeSecret();
  // Token-shaped values whose checksum fails: the gate lets them through, the engine does not.
  const decoys = Array.from({ length: 30 }, () => keys.checksumFailing());
  const build = () => {
    document.body.replaceChildren();
    const form = fixture(`<form><meta content="openai ${inAttribute}"><input name="token"><div data-config="slack ${inData}">x</div>`
      + `<a href="https://api.example/v1/charges?api_key=${inUrl}">api</a>`
      + `${decoys.map((d) => `<span data-build="${d}">build</span>`).join('')}`
      + `${boxed.map((w, i) => `<label>${i + 1}<input value="${w}"></label>`).join('')}</form>`);
    (form.querySelector('input[name=token]') as HTMLInputElement).value = typed;
  };
  const expected = [{ rule: 'bip39-phrase', where: 'form-field' as Where }]
    .concat(([[typed, 'form-field'], [inAttribute, 'attribute'], [inData, 'attribute'], [inUrl, 'attribute']] as const)
      .map(([key, where]) => ({ rule: scan(key)[0]!.rule, where })))
    .sort((a, b) => a.rule.localeCompare(b.rule));
  build();
  equal(found((await scanned()).windows), expected, 'findings');
  // Values that only look like keys, away from any: the worker names none of them, so nothing is located.
  document.body.replaceChildren();
  fixture(`<div>${decoys.map((d) => `<span data-build="${d}">build</span>`).join('')}<input value="${decoys[0]}"></div>`);
  const { windows, answered } = await scanned();
  equal([windows.length, answered], [0, 0], 'windows located and answered about decoys');
});

test('an attribute changed after load is read again, a value a chunk long among them by pieces', async () => {
  const el = fixture('<div data-state="idle">x</div>');
  const { windows, scanner } = await scanned();
  const key = keys.github();
  el.setAttribute('data-state', `${'a1 '.repeat(30_000)}token ${key}`);
  scanner.scanAttribute(el, 'data-state');
  await until(() => windows.length > 0, 'the changed attribute');
  equal(found(windows), [{ rule: 'github-token', where: 'attribute' }], 'findings');
});

test('styles, templates, inline SVG and our own UI are not page text', async () => {
  fixture(`<style>/* ${keys.github()} */</style><template><p>${keys.github()}</p></template>`
    + `<svg><text>${keys.github()}</text></svg><keywarden-notice data-keywarden="notice"><p>${keys.github()}</p></keywarden-notice><p>nothing here</p>`);
  equal(found((await scanned()).windows), [], 'findings');
});

test('a page cannot hide text or attributes by marking an ordinary element the way we mark our UI', async () => {
  const own = fakeKeys(18);
  const key = own.github();
  const inAttribute = own.stripeSecret();
  fixture(`<div data-keywarden="notice" data-config="stripe ${inAttribute}"><pre><code>export GH_TOKEN=${key}</code></pre></div>`);
  equal(found((await scanned()).windows), [{ rule: 'github-token', where: 'code' }, { rule: 'stripe-secret-key', where: 'attribute' }], 'findings');
});

test('provider words just before a subtree read on its own count as context', async () => {
  const key = keys.krakenPublic();
  fixture(`<h2>Kraken API key</h2><main><section><div><article><p>${key}</p></article></div></section></main>`);
  equal(found((await scanned()).windows).map((f) => f.rule), ['kraken-public-key'], 'findings');
});

test('past the page budget nothing new is read, the stop is reported, and what hit is still sent', async () => {
  const key = keys.github();
  fixture(`<p>token ${key}</p>`);
  for (let i = 0; i < 200; i++) fixture(`<p>${prose(20)}</p>`);
  const { windows, stopped } = await scanned(document.documentElement, { maxChars: 5_000 });
  check(stopped, 'stoppedEarly reported');
  equal(found(windows).map((f) => f.rule), ['github-token'], 'findings');
});

test('each window goes once per page, and again after a reset (SPA navigation)', async () => {
  const key = keys.github();
  fixture(`<p>token ${key}</p>`);
  const { windows, scanner } = await scanned();
  scanner.scanTree(document.body);
  await until(() => !scanner.busy, 'the rescan');
  await new Promise((r) => setTimeout(r, 50));
  equal(windows.filter((w) => w.text.includes(key)).length, 1, 'sent once');
  scanner.reset();
  scanner.scanTree(document.body);
  await until(() => windows.filter((w) => w.text.includes(key)).length === 2, 'sent again after reset');
});

test('text added to a scanned page is read when handed over on its own', async () => {
  const { windows, scanner } = await scanned();
  const key = keys.github();
  const p = fixture('<p>later: </p>');
  const added = document.createTextNode(`token ${key}`);
  p.append(added);
  scanner.scanTree(added);
  await until(() => windows.length > 0, 'the added text');
  equal(found(windows).map((f) => f.rule), ['github-token'], 'findings');
});

test('a question about first reads the worker never answers is asked again', async () => {
  const key = keys.github();
  fixture(`<pre><code>export GH_TOKEN=${key}</code></pre>`);
  const answer = (texts: string[]) => ({ windows: answerChunks(texts, { includeGeneric: false, host: '', title: '' }) });
  let asked = 0;
  // The first asking is lost (a worker stopped while it read): neither answered nor failed.
  const gate = (texts: string[]) => (asked++ === 0 ? new Promise<never>(() => undefined) : Promise.resolve(answer(texts)));
  const { windows } = await scanned(document.documentElement, { gate, answerTimeoutMs: 200 });
  equal([asked, found(windows)], [2, [{ rule: 'github-token', where: 'code' }]], 'askings, findings');
});

test('only windows the worker found something in are located and sent', async () => {
  const key = keys.github();
  // Token-shaped values whose checksum fails: the gate lets them through, the engine does not.
  const hashes = Array.from({ length: 40 }, (_, i) => `<li>build ${i}: ${keys.checksumFailing()}</li>`).join('');
  fixture(`<ul>${hashes}</ul><div><p>release notes</p><pre><code>export GH_TOKEN=${key}</code></pre></div>`);
  const { windows, answered } = await scanned();
  equal(answered, 1, 'windows the worker answered with');
  equal(windows.every((w) => scan(w.text).length > 0), true, 'every located window holds a finding');
  equal(found(windows), [{ rule: 'github-token', where: 'code' }], 'findings');
});

test('a recovery phrase one word per list item, and one per input, is found; its bad-checksum twin is not', async () => {
  const wallet = fakeWallet(5);
  const listed = wallet.phrase('en', 12).split(' ');
  const boxed = wallet.phrase('en', 24).split(' ');
  const twin = wallet.badTwin(wallet.phrase('en', 12)).split(' ');
  fixture(`<div><h2>Backup</h2><ol>${listed.map((w) => `<li>${w}</li>`).join('')}</ol>
    <ul>${twin.map((w) => `<li>${w}</li>`).join('')}</ul></div>`);
  fixture(`<form>${boxed.map((w, i) => `<label>${i + 1}<input value="${w}"></label>`).join('')}</form>`);
  const { windows } = await scanned();
  equal(found(windows), [{ rule: 'bip39-phrase', where: 'form-field' }, { rule: 'bip39-phrase', where: 'text' }], 'findings');
});

test('a phrase in a grid of 24 word boxes, read by small groups of children, is found', async () => {
  const words = fakeWallet(6).phrase('en', 24).split(' ');
  fixture(`<main><h2>Your recovery phrase</h2><div class="grid">${words.map((w) => `<div class="word">${w}</div>`).join('')}</div></main>`);
  equal(found((await scanned()).windows), [{ rule: 'bip39-phrase', where: 'text' }], 'findings');
});

/** Numbered boxes as backup pages and phishing forms draw them: a number element beside a word element. */
const NUMBERED_BOXES: Record<string, (words: readonly string[]) => string> = {
  'span beside span': (w) => `<div class="grid">${w.map((x, i) => `<div class="cell"><span class="n">${i + 1}.</span><span class="w">${x}</span></div>`).join('')}</div>`,
  'number in bold': (w) => `<ol class="grid">${w.map((x, i) => `<li><b>${i + 1}</b> ${x}</li>`).join('')}</ol>`,
  'div beside div, indented': (w) => `<div class="grid">\n${w.map((x, i) => `  <div class="cell">\n    <div class="n">${i + 1}</div>\n    <div class="w">${x}</div>\n  </div>`).join('\n')}\n</div>`,
  'table by rows': (w) => `<table>${Array.from({ length: w.length / 3 }, (_, r) => `<tr>${[0, 1, 2].map((c) => `<td>${r * 3 + c + 1}</td><td>${w[r * 3 + c]}</td>`).join('')}</tr>`).join('')}</table>`,
  'table numbered down two columns': (w) => numberedDown(w, 2),
  'table numbered down three columns': (w) => numberedDown(w, 3),
};

/** A table whose numbers run down its columns (1 7 / 2 8 …): its rows read out of order. */
function numberedDown(w: readonly string[], cols: number): string {
  const rows = w.length / cols;
  const row = (r: number) => Array.from({ length: cols }, (_, c) => `<td class="n">${c * rows + r + 1}</td><td>${w[c * rows + r]}</td>`).join('');
  return `<table><tbody>${Array.from({ length: rows }, (_, r) => `<tr>${row(r)}</tr>`).join('')}</tbody></table>`;
}

test('a phrase in numbered boxes is found in every layout, in the numbers’ order; twins and numbered decoys are not', async () => {
  const wallet = fakeWallet(7);
  const expected: string[] = [];
  let n = 0;
  for (const [name, layout] of Object.entries(NUMBERED_BOXES)) {
    const phrase = wallet.phrase('en', n++ % 2 === 0 ? 24 : 12);
    expected.push(scan(phrase, { salt: 's' })[0]!.fingerprint);
    const twin = wallet.badTwin(phrase).split(' ');
    fixture(`<section><h2>${name}: your recovery phrase</h2>${layout(phrase.split(' '))}</section>`);
    fixture(`<section><h2>${name}: not a phrase</h2>${layout(twin)}</section>`);
  }
  // Numbered lists of ordinary words and tables of numbers and words.
  const steps = ['Preheat', 'Whisk', 'Fold', 'Bake', 'Cool', 'Slice', 'Serve', 'Store', 'Freeze', 'Thaw', 'Reheat', 'Enjoy'];
  fixture(`<ol>${steps.map((x, i) => `<li><b>${i + 1}</b> ${x}</li>`).join('')}</ol>`);
  const cities = ['Lisbon', 'Porto', 'Madrid', 'Paris', 'Lyon', 'Rome', 'Milan', 'Vienna', 'Prague', 'Berlin', 'Oslo', 'Dublin'];
  fixture(`<table>${cities.map((x, i) => `<tr><td>${i + 1}</td><td>${x}</td><td>${12 - i}</td><td>${(i * 37) % 90} points</td></tr>`).join('')}</table>`);
  const { windows } = await scanned();
  const prints = new Set(windows.flatMap((w) => scan(w.text, { salt: 's' }).filter(isAlert).map((f) => f.fingerprint)));
  equal([...prints].sort(), [...expected].sort(), 'one finding per layout, each the phrase in its numbers’ order');
});

test('a docs sidebar of capitalised names read in one go is not taken for a phrase', async () => {
  const names = ['Implementations', 'Any', 'Borrow', 'BorrowMut', 'Clone', 'ToOwned', 'TryFrom', 'TryInto', 'Debug', 'Display', 'Hash', 'Ord', 'PartialOrd', 'Send', 'Sync', 'Unpin'];
  fixture(`<nav><ul>${names.map((n) => `<li><a href="#${n}">${n}</a></li>`).join('')}</ul></nav>`);
  const { windows, answered } = await scanned();
  equal([windows.length, answered], [0, 0], 'nothing located, nothing found');
});

test('a docs page of long identifiers, index entries and highlighted code, without keys: nothing is sent', async () => {
  const names = ['_mm256_add_epi32', '_mm512_mask_cvtusepi32_storeu_epi16', 'Py_TPFLAGS_HAVE_VERSION_TAG', 'wrapping_add_assign',
    'PyUnicode_AsUTF8AndSize', 'checked_next_power_of_two', 'PyObject_GenericGetAttr', 'overflowing_shl'];
  const index = Array.from({ length: 400 }, (_, i) => `<dt><a href="#i${i}"><code>${names[i % names.length]}${i}</code></a> (module)</dt><dd>${names[(i + 3) % names.length]}_${i * 7919}</dd>`).join('');
  const code = Array.from({ length: 200 }, (_, i) => `<span class="kw">let</span> <span class="n">${names[i % names.length]}</span> = <span class="n">x${i}</span>.<span class="f">${names[(i + 1) % names.length]}</span>();\n`).join('');
  fixture(`<nav><ul>${names.map((n) => `<li><a href="#${n}">${n}</a></li>`).join('')}</ul></nav><main><dl>${index}</dl><pre class="rust"><code>${code}</code></pre></main>`);
  const { windows, answered, chunks } = await scanned();
  check(chunks.join('').includes('_mm512_mask_cvtusepi32_storeu_epi16'), 'the page was read');
  equal([windows.length, answered], [0, 0], 'windows sent, found');
});

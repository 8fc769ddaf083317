// The gate's hits on real documentation pages (bench/real-pages.ts's set), by kind, read as the
// scanner's first reads see text: blocks run together (the worst case: every block boundary of the
// page fused, as one textContent read of a subtree fuses them). Per kind: how many hits, how many
// of them the engine finds something around (±WINDOW_RADIUS of the fused text), and how many the
// worker's answer (src/background/chunk-gate.ts, spansToNarrow) sends back to be narrowed down: as
// they are, or `ifFused` (narrowed only where a block boundary runs through the hit: here, where
// one of the page's boundaries does). Then whether that loses anything: every finding the engine
// makes in the text with its blocks apart must lie in a narrowed hit's window. Prints figures only.
//   npx tsx bench/gate-hits.ts        (no browser; reads the HTML files)
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';
import { scan } from '../src/engine';
import { firstAtLeast, KeyGate, WINDOW_RADIUS, type HitKind } from '../src/gate';
import { spansToNarrow } from '../src/background/chunk-gate';
import { realPageSet } from './real-pages';

/** Elements that start a block (the scanner joins those with a newline once it narrows down). */
const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'td', 'th', 'thead', 'tr', 'ul', 'br', 'summary', 'body', 'html']);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'iframe', 'head']);

/** The page's text with every block boundary fused, and where a newline goes in the text with blocks apart. */
function texts(html: string): { fused: string; breaks: number[] } {
  const parts: string[] = [];
  const breaks: number[] = [];
  let length = 0;
  const walk = (nodes: ChildNode[]) => {
    for (const n of nodes) {
      if (n.type === 'text') {
        parts.push(n.data);
        length += n.data.length;
      } else if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
        if (SKIPPED.has(n.name)) continue;
        const block = BLOCKS.has(n.name);
        if (block) breaks.push(length);
        walk(n.children);
        if (block) breaks.push(length);
      }
    }
  };
  walk(parseDocument(html).children);
  return { fused: parts.join(''), breaks: [...new Set(breaks)] };
}

/** The text with a newline at each break, and a map from fused offsets to its offsets. */
function apart(fused: string, breaks: readonly number[]): { text: string; at: (i: number) => number } {
  const out: string[] = [];
  let from = 0;
  for (const b of breaks) {
    out.push(fused.slice(from, b), '\n');
    from = b;
  }
  out.push(fused.slice(from));
  const at = (i: number) => i + firstAtLeast(breaks, i);
  return { text: out.join(''), at };
}

const finds = (text: string) => scan(text, { includeGeneric: false }).length > 0;

const CHUNK = 16 * 1024;

async function main(): Promise<void> {
  const { mounts, paths } = await realPageSet();
  const gate = new KeyGate();
  const byKind = new Map<HitKind, { hits: number; found: number; narrowed: number; ifFused: number; fused: number }>();
  let chunks = 0;
  let narrowedChunks = 0;
  let lost = 0;
  let findings = 0;
  for (const p of paths) {
    const [, prefix = '', ...rest] = p.split('/');
    const { fused, breaks } = texts(await readFile(join(mounts[prefix]!, ...rest), 'utf8'));
    const { text: blocks, at } = apart(fused, breaks);
    const covered: Array<[number, number]> = [];
    let pageHits = 0;
    let pageNarrowed = 0;
    // Chunks as the first reads cut them; a hit's window stays inside its chunk, as in the page.
    for (let c = 0; c < fused.length; c += CHUNK) {
      const chunk = fused.slice(c, c + CHUNK);
      chunks++;
      const hits = gate.hits(chunk, true);
      // An ifFused span is narrowed where a block boundary of the page lies inside it.
      const fusedAt = (s: { start: number; end: number }) => at(c + s.end) - at(c + s.start + 1) !== s.end - s.start - 1;
      const narrow = spansToNarrow(chunk, hits, finds).filter((s) => !s.ifFused || fusedAt(s));
      if (narrow.length) narrowedChunks++;
      for (const h of hits) {
        const k = byKind.get(h.kind) ?? { hits: 0, found: 0, narrowed: 0, ifFused: 0, fused: 0 };
        k.hits++;
        pageHits++;
        if (finds(chunk.slice(Math.max(0, h.start - WINDOW_RADIUS), h.end + WINDOW_RADIUS))) k.found++;
        const s = spansToNarrow(chunk, [h], finds)[0];
        if (s?.ifFused) {
          k.ifFused++;
          if (fusedAt(s)) {
            k.fused++;
            if (process.env.KW_SHOW && k.fused <= 8) console.log(`    ${h.kind}: ${JSON.stringify(blocks.slice(at(c + s.start), at(c + s.end)))}`);
          }
        } else if (s) {
          k.narrowed++;
        }
        if (s && (!s.ifFused || fusedAt(s))) pageNarrowed++;
        byKind.set(h.kind, k);
      }
      for (const s of narrow) covered.push([at(c + Math.max(0, s.start - WINDOW_RADIUS)), at(c + Math.min(chunk.length, s.end + WINDOW_RADIUS))]);
    }
    const inBlocks = scan(blocks, { includeGeneric: false });
    const missed = inBlocks.filter((f) => !covered.some(([a, z]) => f.start >= a && f.end <= z));
    findings += inBlocks.length;
    lost += missed.length;
    console.log(`  ${p}: ${(fused.length / 1e6).toFixed(2)} MB, ${pageHits} hits, ${pageNarrowed} to narrow; findings with blocks apart ${inBlocks.length}, outside every narrowed window ${missed.length}`
      + missed.map((f) => `\n      missed ${f.rule}`).join(''));
  }
  console.log(`  chunks of ${CHUNK / 1024} K: ${chunks}, with something to narrow ${narrowedChunks}`);
  console.log('  kind           hits   engine finds   narrowed   ifFused   of which a boundary runs through');
  for (const [kind, k] of [...byKind].sort((a, b) => b[1].hits - a[1].hits)) {
    console.log(`  ${kind.padEnd(12)} ${String(k.hits).padStart(6)} ${String(k.found).padStart(14)} ${String(k.narrowed).padStart(10)} ${String(k.ifFused).padStart(9)} ${String(k.fused).padStart(10)}`);
  }
  console.log(`  findings with blocks apart: ${findings}, outside every narrowed window: ${lost}`);
}

await main();

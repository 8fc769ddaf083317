// The gate's hits on real documentation pages (bench/real-pages.ts's set), by kind, read as the
// scanner's first reads see text: blocks apart (a newline at each block boundary), in chunks of
// 16 K with the end of the chunk before as context. Per kind: how many hits, and how many of them
// the engine finds something around (±WINDOW_RADIUS); per page, the windows the worker's answer
// (src/background/chunk-gate.ts, foundWindows) names, which the page then locates. Then whether
// that loses anything: every finding the engine makes in the page's text must lie in a window
// named. For comparison, the hits the same text has with its blocks run together (one textContent
// of the page). Prints figures only.
//   npx tsx bench/gate-hits.ts        (no browser; reads the HTML files)
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';
import { scan } from '../src/engine';
import { KeyGate, WINDOW_RADIUS, type HitKind } from '../src/gate';
import { foundWindows } from '../src/background/chunk-gate';
import { realPageSet } from './real-pages';

/** Elements that start a block (the scanner puts a newline between those). */
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

/** The text with a newline at each break. */
function apart(fused: string, breaks: readonly number[]): string {
  const out: string[] = [];
  let from = 0;
  for (const b of breaks) {
    out.push(fused.slice(from, b), '\n');
    from = b;
  }
  out.push(fused.slice(from));
  return out.join('');
}

const finds = (text: string) => scan(text, { includeGeneric: false }).length > 0;

const CHUNK = 16 * 1024;

async function main(): Promise<void> {
  const { mounts, paths } = await realPageSet();
  const gate = new KeyGate();
  const byKind = new Map<HitKind, { hits: number; found: number }>();
  let chunks = 0;
  let answered = 0;
  let lost = 0;
  let findings = 0;
  let fusedHits = 0;
  for (const p of paths) {
    const [, prefix = '', ...rest] = p.split('/');
    const { fused, breaks } = texts(await readFile(join(mounts[prefix]!, ...rest), 'utf8'));
    const blocks = apart(fused, breaks);
    for (let c = 0; c < fused.length; c += CHUNK) fusedHits += gate.hits(fused.slice(Math.max(0, c - WINDOW_RADIUS), c + CHUNK), true).length;
    const covered: Array<[number, number]> = [];
    let pageHits = 0;
    let pageWindows = 0;
    // Chunks as the first reads cut them, each after the end of the chunk before.
    for (let c = 0; c < blocks.length; c += CHUNK) {
      const from = Math.max(0, c - WINDOW_RADIUS);
      const chunk = blocks.slice(from, c + CHUNK);
      chunks++;
      const hits = gate.hits(chunk, true);
      const windows = foundWindows(chunk, hits, finds);
      if (windows.length) answered++;
      pageWindows += windows.length;
      pageHits += hits.length;
      for (const h of hits) {
        const k = byKind.get(h.kind) ?? { hits: 0, found: 0 };
        k.hits++;
        if (finds(chunk.slice(Math.max(0, h.start - WINDOW_RADIUS), h.end + WINDOW_RADIUS))) k.found++;
        byKind.set(h.kind, k);
      }
      for (const w of windows) covered.push([from + w.start, from + w.end]);
    }
    const inBlocks = scan(blocks, { includeGeneric: false });
    const missed = inBlocks.filter((f) => !covered.some(([a, z]) => f.start >= a && f.end <= z));
    findings += inBlocks.length;
    lost += missed.length;
    console.log(`  ${p}: ${(fused.length / 1e6).toFixed(2)} MB, ${pageHits} hits, ${pageWindows} windows found; findings ${inBlocks.length}, outside every window ${missed.length}`
      + missed.map((f) => `\n      missed ${f.rule}`).join(''));
  }
  console.log(`  chunks of ${CHUNK / 1024} K: ${chunks}, with a window found ${answered}`);
  console.log('  kind           hits   engine finds');
  for (const [kind, k] of [...byKind].sort((a, b) => b[1].hits - a[1].hits)) {
    console.log(`  ${kind.padEnd(12)} ${String(k.hits).padStart(6)} ${String(k.found).padStart(14)}`);
  }
  console.log(`  hits with blocks apart: ${[...byKind.values()].reduce((n, k) => n + k.hits, 0)}; the same text with every block run together: ${fusedHits}`);
  console.log(`  findings: ${findings}, outside every window found: ${lost}`);
}

await main();

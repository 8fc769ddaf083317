// The worker's side of the page's first reads (page:chunks), pure apart from the engine. The page reads text and gates none
// of it; the worker runs the page's own gate on each chunk and answers where the page must read
// the text again with its blocks apart (narrow down), which is where the cost of a page is.
//
// Chunk text is read as the DOM gives it in one call, so text of neighbouring blocks may run
// together ("AWS keyAKIA…"): the engine then misses a key glued to a neighbour on either side,
// which it finds once the blocks are apart. So a hit is narrowed down when the engine finds
// something around it in the text as read, or when its kind says fused text cannot rule it out;
// a literal or shape hit the engine found nothing around goes back marked `ifFused`: the page
// narrows it only if a block boundary may run through it (measured on 22 real docs pages with
// `npx tsx bench/gate-hits.ts`: literal and shape hits are 98% of hits there and none holds a
// finding; docs/extension.md, "A finding, from page to popup").
import { customGate } from '../engine/custom';
import { KeyGate, WINDOW_RADIUS, type Hit, type HitKind } from '../gate';
import { boundedCustomGate, type NarrowSpan, type Span } from '../shared/protocol';
import { holdingFindings } from './classify';

/**
 * Hits the engine's answer on fused text settles only where no block boundary runs through them:
 * a key with a literal, or without one. Not among them: a phrase's word run (a word glued to a
 * neighbour lies outside the run), letters of per-word elements run together, base64, escapes and
 * the rest, which are few (bench/gate-hits.ts).
 */
const SETTLED_UNLESS_FUSED: ReadonlySet<HitKind> = new Set<HitKind>(['literal', 'shape']);

/** True when the chunk holds all the context the engine reads around `h` (ENGINE's WINDOW_RADIUS ≤ ours). */
const inside = (text: string, { start, end }: Span): boolean => start >= WINDOW_RADIUS && text.length - end >= WINDOW_RADIUS;

/** Hits whose windows overlap are asked about together, in a window of at most this many characters. */
const CLUSTER_CHARS = 8 * 1024;

/**
 * The hits of `text` (one chunk as read) the page must narrow down, by start: those where the
 * engine finds something within WINDOW_RADIUS, as they are; the others only when their kind may
 * hide a key in fused text: literal and shape hits `ifFused`, everything else as they are. A key
 * that passed the gate only because its provider word may lie past the chunk's edge is settled
 * like a shape when the chunk holds the engine's whole window around it, else narrowed down.
 * `finds`: the engine's answer for a piece of the text, asked once per cluster of hits whose
 * windows overlap (a page of 50,000 keys would otherwise scan each key with all its neighbours);
 * where it finds something, every hit of the cluster is narrowed down.
 */
export function spansToNarrow(text: string, hits: readonly Hit[], finds: (window: string) => boolean): NarrowSpan[] {
  const out: NarrowSpan[] = [];
  let cluster: Hit[] = [];
  const settle = () => {
    if (cluster.length === 0) return;
    const found = finds(text.slice(Math.max(0, cluster[0]!.start - WINDOW_RADIUS), cluster[cluster.length - 1]!.end + WINDOW_RADIUS));
    // The whole run: a key glued to a neighbour's text is inside it (the gate names only the first
    // stretch of a run that passes, which may not be the key's).
    for (const h of cluster) out.push(found ? { start: h.start, end: h.end } : { start: h.start, end: h.end, ifFused: true });
    cluster = [];
  };
  for (const h of hits) {
    if (!(SETTLED_UNLESS_FUSED.has(h.kind) || (h.kind === 'shape-open' && inside(text, h)))) {
      out.push({ start: h.start, end: h.end });
      continue;
    }
    const first = cluster[0];
    const last = cluster[cluster.length - 1];
    if (last && (h.start - last.end > 2 * WINDOW_RADIUS || h.end - first!.start > CLUSTER_CHARS)) settle();
    cluster.push(h);
  }
  settle();
  return out.sort((a, b) => a.start - b.start);
}

/** What the worker's gate and engine need to know of the page a chunk comes from. */
export type ChunkContext = Parameters<typeof holdingFindings>[1];

/** The answer to page:chunks: per chunk, the spans to narrow down. */
export function answerChunks(chunks: readonly string[], ctx: ChunkContext): NarrowSpan[][] {
  const gateCustom = boundedCustomGate(customGate(ctx.custom));
  // The gate the page would have run: its host and title, the generic rule, the custom rules' words.
  const page = `${ctx.host} ${ctx.title}`.toLowerCase();
  const gate = new KeyGate({ page: () => page, generic: () => ctx.includeGeneric, custom: () => gateCustom });
  const finds = (window: string) => holdingFindings([{ text: window, where: 'text' }], ctx).length > 0;
  return chunks.map((text) => spansToNarrow(text, gate.hits(text, true), finds));
}

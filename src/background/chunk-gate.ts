// The worker's side of the page's first reads (page:chunks), pure apart from the engine. The page
// reads text and gates none of it; the worker runs the page's own gate on each chunk, then the
// engine around the gate's hits, and answers with the windows where the engine finds something:
// the page only cuts those out and locates them (its blocks were marked while it read). The
// answer is final: the page reads text with its blocks apart (a newline between blocks, pieces of
// one block joined), so the engine sees here exactly what any later read of the page would show it.
import { customGate } from '../engine/custom';
import { KeyGate, WINDOW_RADIUS, type Hit } from '../gate';
import { boundedCustomGate, LIMITS, type Span } from '../shared/protocol';
import { holdingFindings } from './classify';

/**
 * Hits whose windows overlap are asked about together, in one window that still fits one
 * candidate window (LIMITS.windowChars) with its radius on both sides.
 */
const CLUSTER_CHARS = LIMITS.windowChars - 2 * WINDOW_RADIUS;

/**
 * The windows of `text` (one chunk as read) that hold a finding, by start: the gate's `hits` (by
 * start) in clusters whose windows overlap, each widened by WINDOW_RADIUS (the engine's context),
 * kept where `finds` (the engine, asked once per cluster: a page of 50,000 keys would otherwise
 * scan each key with all its neighbours) says so.
 */
export function foundWindows(text: string, hits: readonly Hit[], finds: (window: string) => boolean): Span[] {
  const out: Span[] = [];
  let first: Span | undefined;
  let last: Span | undefined;
  const settle = () => {
    if (!first || !last) return;
    const window = { start: Math.max(0, first.start - WINDOW_RADIUS), end: Math.min(text.length, last.end + WINDOW_RADIUS) };
    if (finds(text.slice(window.start, window.end))) out.push(window);
    first = last = undefined;
  };
  for (const h of hits) {
    if (last && (h.start - last.end > 2 * WINDOW_RADIUS || Math.max(h.end, last.end) - first!.start > CLUSTER_CHARS)) settle();
    first ??= h;
    // Hits may nest (a literal inside a longer shape): the cluster ends at the furthest end.
    last = !last || h.end > last.end ? h : last;
  }
  settle();
  return out;
}

/** What the worker's gate and engine need to know of the page a chunk comes from. */
export type ChunkContext = Parameters<typeof holdingFindings>[1];

/** The answer to page:chunks: per chunk, the windows that hold a finding. */
export function answerChunks(chunks: readonly string[], ctx: ChunkContext): Span[][] {
  const gateCustom = boundedCustomGate(customGate(ctx.custom));
  // The gate the page would have run: its host and title, the generic rule, the custom rules' words.
  const page = `${ctx.host} ${ctx.title}`.toLowerCase();
  const gate = new KeyGate({ page: () => page, generic: () => ctx.includeGeneric, custom: () => gateCustom });
  const finds = (window: string) => holdingFindings([{ text: window, where: 'text' }], ctx).length > 0;
  // `open`: a key whose provider word may stand just past the chunk's end passes the gate here;
  // the engine, which sees only the chunk, judges it (the next chunk reads this one's end again).
  return chunks.map((text) => foundWindows(text, gate.hits(text, true), finds));
}

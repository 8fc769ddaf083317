// A contenteditable's text as one string, with a map back to DOM positions. The map is pure data
// (segments of text owned by a node), so the offset → position arithmetic is tested without a DOM.

export interface Segment<N> {
  /** Offset of the segment in the joined text. */
  start: number;
  length: number;
  /** The text node the segment's characters live in; undefined for synthetic line breaks. */
  node: N | undefined;
}

export interface Point<N> {
  node: N;
  offset: number;
}

/**
 * The DOM point for a text offset. At a boundary between two nodes, `bias` picks the side: a span's
 * start belongs to the node after the boundary, its end to the node before it, so a range covers the
 * key and nothing of its neighbours.
 */
export function pointAt<N>(segments: readonly Segment<N>[], offset: number, bias: 'start' | 'end'): Point<N> | undefined {
  let fallback: Point<N> | undefined;
  for (const s of segments) {
    if (s.node === undefined) continue;
    const end = s.start + s.length;
    if (offset < s.start) return bias === 'start' || !fallback ? { node: s.node, offset: 0 } : fallback;
    if (bias === 'start' ? offset < end : offset <= end) return { node: s.node, offset: offset - s.start };
    fallback = { node: s.node, offset: s.length };
  }
  return fallback;
}

/** Text offset of a DOM point that lies in a text node; undefined for element points. */
export function offsetOf<N>(segments: readonly Segment<N>[], node: N, offset: number): number | undefined {
  for (const s of segments) if (s.node === node) return s.start + Math.min(offset, s.length);
  return undefined;
}

// Every limit the page scanner works within, by name. Why these values: docs/extension.md, "Costs
// and budgets" (each was measured on the bench pages and the real documentation pages).

/** Main-thread time per idle slice; a slice also ends when the browser's idle deadline says so. */
export const SLICE_MS = 8;
/** A slice gets at least this long even when the idle deadline leaves less. */
export const MIN_SLICE_MS = 2;
/** An idle callback runs after at most this long, however busy the page is. */
export const IDLE_TIMEOUT_MS = 1000;
/** Without requestIdleCallback, slices are this far apart. */
export const FALLBACK_DELAY_MS = 16;

/** Per page: past this much text or this many nodes nothing new is read (stoppedEarly). */
export const PAGE_CHARS = 24 * 1024 * 1024;
export const PAGE_NODES = 600_000;

/** A text that passed the gate and is at most this long is walked node by node at once. */
export const SMALL_TEXT = 16 * 1024;
/**
 * Children are read until their text reaches this size, then the chunk goes to the worker to be
 * gated (or, narrowing down, is gated here); a child with more text than this is read by its own
 * children. The gate reads ~60–120 ms per MB of identifier-rich documentation on this machine: a
 * chunk stays well inside one frame.
 */
export const CHUNK_CHARS = 16 * 1024;
/** A single text node longer than this is read piece by piece, one piece per step. */
export const PIECE_CHARS = 32 * 1024;
/** More child elements than this: read child by child, never in one call. */
export const SPLIT_CHILDREN = 64;
/** Structural wrappers down to this depth below the document are read by children (html 0, body 1). */
export const WRAPPER_DEPTH = 5;
/** A wrapper among at most this many siblings is part of a chain of wrappers, not of a list. */
export const FEW_SIBLINGS = 8;
/**
 * Children per group read in one call: the first group's size (one: a child may hold megabytes),
 * and the most it grows to.
 */
export const GROUP_START = 1;
export const GROUP_MAX = 4096;
/**
 * A group's text below this doubles the next group; above GROUP_TEXT_HIGH it is not kept but read
 * again as a smaller group (one child: by its own children), so that no step reads, or narrows
 * down, more than a frame's worth.
 */
export const GROUP_TEXT_LOW = 8 * 1024;
export const GROUP_TEXT_HIGH = 32 * 1024;
/** A hit group of at most this many child nodes is read child by child; a bigger one by quarters. */
export const NARROW_CHILDREN = 32;

/** Elements of one subtree that get their attributes and shadow root read, at most. */
export const FULL_PASS_ELEMENTS = 1000;
/** Elements read per step of an elements pass. */
export const ELEMENT_BATCH = 512;

/** Counts what a page has cost so far against PAGE_CHARS and PAGE_NODES. */
export class PageBudget {
  chars = 0;
  nodes = 0;

  constructor(private readonly maxChars = PAGE_CHARS, private readonly maxNodes = PAGE_NODES) {}

  get spent(): boolean {
    return this.chars > this.maxChars || this.nodes > this.maxNodes;
  }

  reset(): void {
    this.chars = 0;
    this.nodes = 0;
  }
}

// Every limit the page scanner works within, by name. Why these values: docs/extension.md, "Costs
// and budgets" (each was measured on the bench pages and the real documentation pages).

/** Main-thread time per idle slice; a slice also ends when the browser's idle deadline says so. */
export const SLICE_MS = 8;
/** A slice gets at least this long even when the idle deadline leaves less (a shorter SLICE_MS wins). */
export const MIN_SLICE_MS = 2;
/** An idle callback runs after at most this long, however busy the page is. */
export const IDLE_TIMEOUT_MS = 1000;
/** Without requestIdleCallback, slices are this far apart. */
export const FALLBACK_DELAY_MS = 16;

/** Per page: past this much text or this many nodes nothing new is read (stoppedEarly). */
export const PAGE_CHARS = 24 * 1024 * 1024;
export const PAGE_NODES = 600_000;

/**
 * A first read reads this much text per step, then hands it to the worker as one chunk to be
 * gated; a text node or leaf element with more than that is read on its own (up to PIECE_CHARS).
 * The worker's gate reads ~60–120 ms per MB of identifier-rich documentation on this machine.
 */
export const CHUNK_CHARS = 16 * 1024;
/** A single text node longer than this is read piece by piece, one piece per step. */
export const PIECE_CHARS = 32 * 1024;
/**
 * Nodes a first read visits per step at most: a page of many tiny nodes (an index, a highlighted
 * listing) costs per node, not per character, and a step must stay well inside one frame (at 2,048,
 * steps on Rust's docs took up to ~15 ms and slices ran past 16 ms).
 */
export const STEP_NODES = 1024;
/**
 * A step looks at the clock after every this many nodes or elements (a power of two) and ends once
 * its slice is over: a page's first steps run in cold, unoptimised code, where a node costs several
 * times what it does later (steps of 1,024 nodes took 5–17 ms on Rust's docs).
 */
export const CLOCK_NODES = 64;

/** Elements of one subtree that get their attributes and shadow root read, at most. */
export const FULL_PASS_ELEMENTS = 1000;
/** Elements read per step of an elements pass. */
export const ELEMENT_BATCH = 512;

/** True when the slice a step runs in is over (checked every CLOCK_NODES). */
export type Overtime = () => boolean;

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

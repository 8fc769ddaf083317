// The scanner's units of work: one kind per thing it does, each with only the state that kind
// needs. The scanner keeps them on a stack (the newest first: a shadow root found by the element
// pass is read before the rest of the page goes on) and runs one step of the top job at a time
// (scanner/index.ts).

import type { Answer } from './chunks';
import type { Pending } from './emitter';
import type { BlockWalk } from './readers';

export type Container = Element | ShadowRoot;

export type Job =
  /**
   * A first read of a subtree (an element or shadow root) or of a text node, with its blocks
   * apart, a chunk per step (readers.ts). Counts against the page budget.
   */
  | { kind: 'read'; walk: BlockWalk }
  /**
   * Attribute values, field values, images and shadow roots of a subtree's elements, a batch per
   * step: `all` of them first; on a giant subtree the `query` of those worth reading is one step,
   * and the `picked` ones are read from it.
   */
  | { kind: 'elements'; root: Container; all: ArrayLike<Element | undefined>; index: number; phase: 'all' | 'query' | 'picked' }
  /** One attribute changed after load. */
  | { kind: 'attribute'; el: Element; name: string }
  /** Windows the worker found something in: the surface of each of their parts. */
  | { kind: 'locate'; windows: Pending[] }
  /** The worker's answers about first reads (page:chunks): the windows of one chunk cut out per step, from `index` on. */
  | { kind: 'answers'; answers: Answer[]; index: number };

export type JobKind = Job['kind'];
export type JobOf<K extends JobKind> = Extract<Job, { kind: K }>;

/**
 * Jobs that go on after the page budget ran out: they take the worker's answers about text already
 * read or locate what it found, and read nothing new.
 */
const AFTER_BUDGET: ReadonlySet<JobKind> = new Set(['answers', 'locate']);

export function goesOnAfterBudget(job: Job): boolean {
  return AFTER_BUDGET.has(job.kind);
}

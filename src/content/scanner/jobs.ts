// The scanner's units of work: one kind per thing it does, each with only the state that kind
// needs. The scanner keeps them on a stack (the newest first: a narrowing runs before the read that
// found it goes on) and runs one step of the top job at a time (scanner/index.ts).

import type { Answer } from './chunks';
import type { Pending } from './emitter';

export type Container = Element | ShadowRoot;

export type Job =
  /** A subtree's text: in one call when small enough, else by children. */
  | { kind: 'subtree'; node: Container; inShadow: boolean }
  /**
   * A container's text by groups of `size` child nodes from child `index` on, to its end: the
   * group size follows the text read. `tail`: the end of the text read so far, gated again with the
   * next group (a recovery phrase one word per child spans many small groups). Counts against the
   * page budget.
   */
  | { kind: 'groups'; parent: Container; index: number; size: number; tail: string; inShadow: boolean; depth: number }
  /**
   * A container's children one by one from `next` on (a container with few children). Big
   * children get jobs of their own; `few`: at most FEW_SIBLINGS element children, so structural
   * wrappers among them are read by their children too. Counts against the page budget.
   */
  | { kind: 'children'; parent: Container; next: ChildNode | null; few: boolean; inShadow: boolean; depth: number }
  /** A gate hit in the text of child nodes [index, end) already read: by smaller groups (`tail` as for groups). */
  | { kind: 'narrow-groups'; parent: Container; index: number; end: number; size: number; tail: string; inShadow: boolean; depth: number }
  /** A gate hit in the text of children `next` up to (not including) `stop` already read: child by child. */
  | { kind: 'narrow-children'; parent: Container; next: ChildNode | null; stop: ChildNode | null; inShadow: boolean; depth: number }
  /** A single text node added or changed on its own. */
  | { kind: 'text'; node: Text; inShadow: boolean }
  /** A text node too long for one gate call, `offset` characters in. */
  | { kind: 'piece'; node: Text; offset: number; inShadow: boolean }
  /**
   * Attribute values, field values, images and shadow roots of a subtree's elements, a batch per
   * step; `picked`: `all` is the query of the elements worth reading on a giant subtree.
   */
  | { kind: 'elements'; root: Container; all: ArrayLike<Element | undefined>; index: number; picked: boolean }
  /** One attribute changed after load. */
  | { kind: 'attribute'; el: Element; name: string }
  /** Windows the worker found something in: the surface of each of their parts. */
  | { kind: 'locate'; windows: Pending[] }
  /** The worker's answers about first reads (page:chunks): one narrowed down per step, from `index` on. */
  | { kind: 'answers'; answers: Answer[]; index: number };

export type JobKind = Job['kind'];
export type JobOf<K extends JobKind> = Extract<Job, { kind: K }>;

/**
 * Jobs that go on after the page budget ran out: they narrow down text already read and counted
 * (where the worker or the gate says) or locate what the worker confirmed, and read nothing new.
 */
const AFTER_BUDGET: ReadonlySet<JobKind> = new Set(['answers', 'narrow-groups', 'narrow-children', 'locate']);

export function goesOnAfterBudget(job: Job): boolean {
  return AFTER_BUDGET.has(job.kind);
}

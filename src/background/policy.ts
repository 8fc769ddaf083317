// The organisation's policy in the worker: read once per worker life from storage.managed and
// again when Chrome reports a change (Firefox reads policies at its own start only). A policy that
// answers late (shared/managed.ts) counts as a change when it arrives.
import { onManagedChanged, readManaged } from '../platform';
import { parseManaged, policyWithin, type Managed } from '../shared/managed';

let cached: Promise<Managed> | undefined;
const listeners: Array<() => void> = [];

export function managed(): Promise<Managed> {
  const read: Promise<Managed> = (cached ??= policyWithin(readManaged().then(parseManaged), (late) => {
    if (cached !== read) return;
    cached = Promise.resolve(late);
    for (const listener of listeners) listener();
  }));
  return read;
}

/** Forgets the cached policy when it changes, then calls `listener` (registered at top level). */
export function onPolicyChanged(listener: () => void): void {
  listeners.push(listener);
  onManagedChanged(() => {
    cached = undefined;
    listener();
  });
}

// The organisation's policy in the worker: read once per worker life from storage.managed and
// again when Chrome reports a change (Firefox reads policies at its own start only). A policy that
// answers late (shared/managed.ts) counts as a change when it arrives.
import { onManagedChanged, readManaged } from '../platform';
import { parseManaged, policyCache, type Managed } from '../shared/managed';

const listeners: Array<() => void> = [];
const policy = policyCache(() => readManaged().then(parseManaged), () => {
  for (const listener of listeners) listener();
});

export const managed = (): Promise<Managed> => policy.get();

/** Forgets the cached policy when it changes, then calls `listener` (registered at top level). */
export function onPolicyChanged(listener: () => void): void {
  listeners.push(listener);
  onManagedChanged(() => {
    policy.forget();
    listener();
  });
}

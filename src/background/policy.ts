// The organisation's policy in the worker: read once per worker life from storage.managed and
// again when Chrome reports a change (Firefox reads policies at its own start only).
import { onManagedChanged, readManaged } from '../platform';
import { parseManaged, type Managed } from '../shared/managed';

let cached: Promise<Managed> | undefined;

export function managed(): Promise<Managed> {
  cached ??= readManaged().then(parseManaged);
  return cached;
}

/** Forgets the cached policy when it changes, then calls `listener` (registered at top level). */
export function onPolicyChanged(listener: () => void): void {
  onManagedChanged(() => {
    cached = undefined;
    listener();
  });
}

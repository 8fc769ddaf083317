// Background side of "kept out of N pastes": the one writer of Totals.pastesKeptOut, so two tabs
// removing keys at the same moment cannot both read 3 and both write 4.
import browser from 'webextension-polyfill';
import { STORAGE_KEYS, type Totals } from '../messages';

let queue: Promise<unknown> = Promise.resolve();

/** Adds one kept-out paste to storage.local totals; resolves with the new totals. */
export function recordKeptOut(): Promise<Totals> {
  const next = queue.then(async () => {
    const stored = await browser.storage.local.get(STORAGE_KEYS.totals);
    const old = (stored[STORAGE_KEYS.totals] ?? {}) as Partial<Totals>;
    const totals: Totals = {
      flagged: typeof old.flagged === 'number' ? old.flagged : 0,
      pastesKeptOut: (typeof old.pastesKeptOut === 'number' ? old.pastesKeptOut : 0) + 1,
    };
    await browser.storage.local.set({ [STORAGE_KEYS.totals]: totals });
    return totals;
  });
  queue = next.catch(() => undefined);
  return next;
}

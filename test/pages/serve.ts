// Serves generated pages on the e2e servers: the page and its script on `site`, each frame on
// `site` (same origin) or `other` (cross origin), and which seeds a run uses.
import type { Site } from '../e2e/harness';
import { DEV_SEEDS, HELDOUT_SEEDS, type GeneratedPage } from './generate';

export function servePage(page: GeneratedPage, site: Site, other: Site): void {
  site.set(page.path, page.html);
  site.set(`${page.path}app.js`, { body: page.script, type: 'text/javascript; charset=utf-8' });
  for (const f of page.frames) (f.origin === 'same' ? site : other).set(f.path, f.html);
}

/**
 * Held-out seeds unless KEYWARDEN_PAGES=dev: the dev split is for working on the generator, the
 * held-out split is the acceptance bar.
 */
export function seedsForRun(): { split: 'dev' | 'held-out'; seeds: readonly number[] } {
  return process.env.KEYWARDEN_PAGES === 'dev'
    ? { split: 'dev', seeds: DEV_SEEDS }
    : { split: 'held-out', seeds: HELDOUT_SEEDS };
}

/** What a failing page held, for the report: case, zone and key kinds of each placement. */
export function describePage(page: GeneratedPage): string {
  const parts = page.placements.map((p) => `${p.case}@${p.zone}[${p.keys.map((k) => k.kind).join('+')}]`);
  return `seed ${page.seed} expected ${page.expected}${page.pushState ? ` (before pushState ${page.pushState.before})` : ''}: ${parts.join(' ')}`;
}

/** Waits until `ms` since the epoch (no-op when already past). */
export const sleepUntil = (at: number): Promise<void> => new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())));

/**
 * When every scripted change of the page has had time to reach the worker: its last change plus
 * `margin`. (A late custom element's shadow root is found later, by the content script's late-host
 * check, but it always holds new alerting keys: the count reaching its expected value shows it
 * was found.)
 */
export function quietAt(page: GeneratedPage, loadedAt: number, margin: number): number {
  return loadedAt + page.quietAfterMs + margin;
}

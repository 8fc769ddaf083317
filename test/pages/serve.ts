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

/** The content script looks for late custom elements' shadow roots this long after it starts. */
const LATE_HOST_CHECK_MS = 1500;

/**
 * When every scripted change of the page has had time to reach the worker: its last change (or
 * the first late-host check, for a custom element defined after load), plus `margin`.
 */
export function quietAt(page: GeneratedPage, loadedAt: number, margin: number): number {
  const lateElement = page.cases.includes('late-custom-element') ? LATE_HOST_CHECK_MS : 0;
  return loadedAt + Math.max(page.quietAfterMs, lateElement) + margin;
}

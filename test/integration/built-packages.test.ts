// The built packages (`npm run build` first; `npm test` does it): per-browser manifests without the
// other browser's keys, and the content scripts and pages they name exist. (`web-ext lint` on the
// Firefox package is `npm run lint:firefox`, also in `npm test`.)
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_DIR, FIREFOX_DIR } from '../e2e/harness';

const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

describe('packages', () => {
  it('Chrome manifest: service worker, no Firefox keys, smallest permissions', () => {
    const m = manifest(CHROME_DIR);
    expect(m.manifest_version).toBe(3);
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m.permissions).toEqual(['storage']);
    expect(m.optional_permissions).toEqual(['notifications']);
    expect(m.content_security_policy.extension_pages).toMatch(/^script-src 'self'( 'wasm-unsafe-eval')?; object-src 'self'$/);
    for (const cs of m.content_scripts) for (const js of cs.js) expect(existsSync(join(CHROME_DIR, js)), js).toBe(true);
  });

  it('Firefox manifest: event page, gecko id, no data collected', () => {
    const m = manifest(FIREFOX_DIR);
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.browser_specific_settings.gecko.id).toBe('keywarden@keywarden.dev');
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

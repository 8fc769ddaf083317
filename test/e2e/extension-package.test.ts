// The built packages: per-browser manifests without the other browser's keys, the content scripts
// and pages they name exist, and `web-ext lint` reports no errors and no warnings for Firefox.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROME_DIR, FIREFOX_DIR, REPO_ROOT } from './harness';

const run = promisify(execFile);
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

  it('web-ext lint: 0 errors, 0 warnings', async () => {
    const bin = join(REPO_ROOT, 'node_modules/.bin/web-ext');
    const { stdout } = await run(bin, ['lint', '-s', FIREFOX_DIR, '-o', 'json', '--no-input'], { maxBuffer: 16 << 20 })
      .catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '{}' }));
    const report = JSON.parse(stdout) as { summary: { errors: number; warnings: number }; errors: unknown[]; warnings: unknown[] };
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
  }, 120_000);
});

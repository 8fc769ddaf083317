// Per-browser manifests and the deterministic zip writer used for the store packages.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { manifestFor, type Manifest } from '../../../scripts/manifest';
import { zip } from '../../../scripts/zip';
import { unzip } from '../../support/unzip';

const source = JSON.parse(readFileSync('manifest.json', 'utf8')) as Manifest;

describe('manifestFor', () => {
  it('Chrome: service worker only, no gecko settings', () => {
    const m = manifestFor('chrome', source, '1.2.3');
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m.version).toBe('1.2.3');
  });

  it('Firefox: event page, gecko id and data collection none', () => {
    const m = manifestFor('firefox', source, '1.2.3') as { background: unknown; browser_specific_settings: { gecko: Record<string, unknown> } };
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.browser_specific_settings.gecko).toMatchObject({ id: 'keywarden@keywarden.dev', strict_min_version: '140.0' });
  });

  it('keeps the content script and the main-world shadow hook at document_start, and allows WebAssembly for the QR reader', () => {
    const m = manifestFor('chrome', source, '1.2.3') as { content_scripts: Array<Record<string, unknown>>; content_security_policy: Record<string, string> };
    expect(m.content_scripts[0]).toMatchObject({ js: ['content.js'], run_at: 'document_start', all_frames: true });
    expect(m.content_scripts[0]!.world).toBeUndefined();
    expect(m.content_scripts[1]).toMatchObject({ js: ['shadow-hook.js'], run_at: 'document_start', all_frames: true, world: 'MAIN' });
    expect(m.content_security_policy.extension_pages).toBe("script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
  });

  it('never mutates the source', () => {
    const before = JSON.stringify(source);
    manifestFor('firefox', source, '1.2.3');
    expect(JSON.stringify(source)).toBe(before);
  });
});

describe('zip', () => {
  const files = [
    { path: 'manifest.json', data: Buffer.from('{"a":1}') },
    { path: '_locales/en/messages.json', data: Buffer.from('x'.repeat(1000)) },
    { path: 'icons/icon-16.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
  ];

  it('is byte-for-byte reproducible whatever the input order', () => {
    expect(zip(files).equals(zip([...files].reverse()))).toBe(true);
  });

  it('round-trips every file', () => {
    const back = unzip(zip(files));
    expect([...back.keys()]).toEqual(['_locales/en/messages.json', 'icons/icon-16.png', 'manifest.json']);
    for (const f of files) expect(back.get(f.path)?.equals(f.data)).toBe(true);
  });
});

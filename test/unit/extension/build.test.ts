// Per-browser manifests and the deterministic zip writer used for the store packages.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { crc32, inflateRawSync } from 'node:zlib';
import { manifestFor, type Manifest } from '../../../scripts/manifest';
import { zip } from '../../../scripts/zip';

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

/** Reads back every entry of a zip (central directory → local headers), checking CRCs. */
function unzip(buf: Buffer): Map<string, Buffer> {
  const eocd = buf.length - 22;
  expect(buf.readUInt32LE(eocd)).toBe(0x06054b50);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const body = buf.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    expect(crc32(data) >>> 0).toBe(crc);
    out.set(name, data);
    p += 46 + nameLen;
  }
  return out;
}

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

// The permission checker against the real docs and the manifests the build generates, and against
// manifests weakened one way at a time (each must be caught).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { manifestFor, type Browser, type Manifest } from '../../scripts/manifest';
import { bundleProblems, cdnProblems, type BundleMeta, manifestProblems, parseJustifications, staleRows } from '../../scripts/check-permissions';

const doc = parseJustifications(readFileSync('docs/PERMISSIONS.md', 'utf8'));
const source = JSON.parse(readFileSync('manifest.json', 'utf8')) as Manifest;
const built = (browser: Browser): Manifest => manifestFor(browser, source, '1.2.3');
const withoutWasm = (m: Manifest): Manifest => ({ ...m, content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" } });

describe('check-permissions', () => {
  it('passes the manifests the build generates, for both browsers, with and without WebAssembly', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      expect(manifestProblems(built(browser), doc, true)).toEqual([]);
      expect(manifestProblems(withoutWasm(built(browser)), doc, false)).toEqual([]);
    }
    expect(staleRows([built('chrome'), built('firefox')], doc)).toEqual([]);
  });

  const weakened: Array<[string, (m: Manifest) => void, RegExp]> = [
    ['an undocumented permission', (m) => (m.permissions as string[]).push('tabs'), /permissions "tabs" is not justified/],
    ['an undocumented optional permission', (m) => (m.optional_permissions as string[]).push('history'), /optional_permissions "history"/],
    ['a broader host', (m) => (m.host_permissions as string[]).push('<all_urls>'), /host_permissions "<all_urls>"/],
    ['file:// content scripts', (m) => ((m.content_scripts as Array<{ matches: string[] }>)[0]!.matches.push('file:///*')), /content_scripts.matches "file:\/\/\/\*"/],
    ['a web-accessible resource', (m) => { m.web_accessible_resources = [{ resources: ['popup.html'], matches: ['<all_urls>'] }]; }, /web_accessible_resources "popup.html"/],
    ['unsafe-eval', (m) => { m.content_security_policy = { extension_pages: "script-src 'self' 'unsafe-eval'; object-src 'self'" }; }, /'unsafe-eval'/],
    ['a remote script source', (m) => { m.content_security_policy = { extension_pages: "script-src 'self' https://cdn.example; object-src 'self'" }; }, /https:\/\/cdn.example/],
    ['inline scripts', (m) => { m.content_security_policy = { extension_pages: "script-src 'self' 'unsafe-inline'; object-src 'self'" }; }, /'unsafe-inline'/],
    ['no explicit CSP', (m) => { delete m.content_security_policy; }, /extension_pages is missing/],
    ['no object-src', (m) => { m.content_security_policy = { extension_pages: "script-src 'self'" }; }, /no object-src/],
    ['externally_connectable', (m) => { m.externally_connectable = { matches: ['https://*.example/*'] }; }, /externally_connectable/],
    ['a MAIN-world content script', (m) => { (m.content_scripts as Array<Record<string, unknown>>)[0]!.world = 'MAIN'; }, /MAIN world/],
    ['a second file next to the shadow hook in the MAIN world', (m) => {
      const hook = (m.content_scripts as Array<{ js: string[]; world?: string }>).find((c) => c.world === 'MAIN');
      hook!.js.push('content.js');
    }, /MAIN world/],
  ];
  for (const [what, weaken, message] of weakened) {
    it(`fails on ${what}`, () => {
      const m = built('chrome');
      weaken(m);
      expect(manifestProblems(m, doc, true).join('\n')).toMatch(message);
    });
  }

  it("fails on 'wasm-unsafe-eval' when the build ships no WebAssembly", () => {
    expect(manifestProblems(built('chrome'), doc, false).join('\n')).toMatch(/no \.wasm file/);
  });

  it('fails when Firefox declares data collection', () => {
    const m = built('firefox');
    (m.browser_specific_settings as { gecko: { data_collection_permissions: unknown } }).gecko.data_collection_permissions = { required: ['browsingActivity'] };
    expect(manifestProblems(m, doc, true).join('\n')).toMatch(/data_collection_permissions/);
  });

  it('does not take a one-word reason as a justification', () => {
    const thin = parseJustifications('| permissions | `storage` | needed |\n');
    expect(manifestProblems({ manifest_version: 3, permissions: ['storage'], content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" } }, thin, false))
      .toEqual(['permissions "storage": the reason in docs/PERMISSIONS.md is too short to justify it']);
  });
});

describe('cdnProblems', () => {
  it('fails a built script that names a code CDN, even as an unused default', () => {
    const scripts = new Map([
      ['background.js', 'const locate = (f) => `https://fastly.jsdelivr.net/npm/zxing-wasm@3/dist/${f}`;'],
      ['content.js', 'import("https://unpkg.com/lib")'],
      ['popup.js', 'const docs = "https://docs.example.org/keys"; // a link, not code'],
    ]);
    const problems = cdnProblems(scripts);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/background\.js names fastly\.jsdelivr\.net/);
    expect(problems[1]).toMatch(/content\.js names unpkg\.com/);
  });
});

describe('what each built script carries', () => {
  const meta = (content: string[]): BundleMeta => ({
    outputs: {
      'dist/chrome/content.js': { inputs: Object.fromEntries(['src/content/index.ts', 'src/shared/protocol.ts', ...content].map((i) => [i, {}])) },
      'dist/chrome/shadow-hook.js': { inputs: { 'src/content/shadow-hook.ts': {}, 'src/content/shadow-event.ts': {} } },
      'dist/chrome/popup.js': { inputs: { 'src/popup/index.ts': {}, 'src/engine/providers.ts': {} } },
      'dist/chrome/options.js': { inputs: { 'src/options/index.ts': {} } },
    },
  });

  it('passes a content script of content, shared and platform code', () => {
    expect(bundleProblems(meta(['src/platform/index.ts', 'src/engine/wallet/gate.ts']))).toEqual([]);
  });

  it('fails a content script carrying the engine, ui code, the QR reader or the polyfill', () => {
    expect(bundleProblems(meta([
      'src/engine/types.ts', 'src/ui/i18n.ts', 'node_modules/zxing-wasm/dist/reader/index.js', 'node_modules/webextension-polyfill/dist/browser-polyfill.js',
    ]))).toEqual([
      'content.js carries src/engine/types.ts, which its layer may not import',
      'content.js carries src/ui/i18n.ts, which its layer may not import',
      'content.js carries node_modules/zxing-wasm/dist/reader/index.js, which its layer may not import',
      'content.js carries node_modules/webextension-polyfill/dist/browser-polyfill.js, which its layer may not import',
    ]);
  });

  it('fails a main-world script carrying anything but itself, and a missing script', () => {
    const m = meta([]);
    m.outputs['dist/chrome/shadow-hook.js']!.inputs['src/shared/dom.ts'] = {};
    delete m.outputs['dist/chrome/options.js'];
    expect(bundleProblems(m)).toEqual([
      'shadow-hook.js carries src/shared/dom.ts, which its layer may not import',
      'options.js is not in the build\'s metafile',
    ]);
  });
});

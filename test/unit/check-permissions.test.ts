// The permission checker against the real docs and the manifests the build generates, and against
// manifests weakened one way at a time (each must be caught).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { manifestFor, type Browser, type Manifest } from '../../scripts/manifest';
import { cdnProblems, manifestProblems, parseJustifications, staleRows } from '../../scripts/check-permissions';

const doc = parseJustifications(readFileSync('docs/PERMISSIONS.md', 'utf8'));
const source = JSON.parse(readFileSync('manifest.json', 'utf8')) as Manifest;
const built = (browser: Browser, usesWasm = true): Manifest => manifestFor(browser, source, {
  version: '1.2.3', hasPopup: true, hasOptions: true, usesWasm,
});

describe('check-permissions', () => {
  it('passes the manifests the build generates, for both browsers, with and without WebAssembly', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      expect(manifestProblems(built(browser), doc, true)).toEqual([]);
      expect(manifestProblems(built(browser, false), doc, false)).toEqual([]);
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

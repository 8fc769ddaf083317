// Checks the built manifests against docs/PERMISSIONS.md: every permission, host pattern, content
// script match and web-accessible resource needs a documented reason; the extension pages' CSP must
// allow only the extension's own code ('wasm-unsafe-eval' only when the build ships WebAssembly); no
// web page or other extension may message the worker (externally_connectable); no built script names
// a code CDN; each built script carries only the source folders its layer may (esbuild's metafile:
// no engine or extension-page code in content.js). Run after the build.
//   tsx scripts/check-permissions.ts [distDir=dist]   → exit 1 with one line per problem
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Manifest = Record<string, unknown>;

/** Manifest keys whose values the table must justify. */
export const LISTED_KEYS = [
  'permissions',
  'optional_permissions',
  'host_permissions',
  'optional_host_permissions',
  'content_scripts.matches',
  'web_accessible_resources',
] as const;
export type ListedKey = (typeof LISTED_KEYS)[number];

/** key → value → reason, from the table rows `| key | \`value\` | reason |`. */
export type Justifications = Map<string, Map<string, string>>;

// A reason has to say something: "needed" or "todo" is not a justification.
const MIN_REASON_CHARS = 20;

export function parseJustifications(markdown: string): Justifications {
  const out: Justifications = new Map();
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    // '| a | b | c |' splits into ['', a, b, c, ''].
    if (cells.length < 5) continue;
    const [, key = '', rawValue = '', reason = ''] = cells;
    if (!(LISTED_KEYS as readonly string[]).includes(key)) continue;
    const value = /^`([^`]+)`$/.exec(rawValue)?.[1];
    if (!value) continue;
    if (!out.has(key)) out.set(key, new Map());
    out.get(key)?.set(value, reason);
  }
  return out;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Every value of the listed keys in a manifest. */
export function listedValues(m: Manifest): Array<[ListedKey, string]> {
  const out: Array<[ListedKey, string]> = [];
  for (const key of ['permissions', 'optional_permissions', 'host_permissions', 'optional_host_permissions'] as const) {
    for (const v of strings(m[key])) out.push([key, v]);
  }
  for (const script of Array.isArray(m.content_scripts) ? (m.content_scripts as Array<Record<string, unknown>>) : []) {
    for (const v of strings(script.matches)) out.push(['content_scripts.matches', v]);
  }
  for (const entry of Array.isArray(m.web_accessible_resources) ? m.web_accessible_resources as unknown[] : []) {
    // MV3: { resources, matches }; MV2 style: a bare path.
    const resources = typeof entry === 'string' ? [entry] : strings((entry as Record<string, unknown>).resources);
    for (const v of resources) out.push(['web_accessible_resources', v]);
  }
  return out;
}

const ALLOWED_SOURCES = new Set(["'self'", "'none'"]);

/** Problems with the extension pages' CSP (empty when it is as strict as the build allows). */
export function cspProblems(m: Manifest, usesWasm: boolean): string[] {
  const csp = m.content_security_policy;
  if (typeof csp !== 'object' || csp === null || typeof (csp as Record<string, unknown>).extension_pages !== 'string') {
    return ['content_security_policy.extension_pages is missing: state it explicitly instead of relying on browser defaults'];
  }
  const problems: string[] = [];
  const policy = (csp as Record<string, string>).extension_pages ?? '';
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  const script = directives.get('script-src');
  if (!script) problems.push('CSP has no script-src');
  if (!directives.has('object-src')) problems.push('CSP has no object-src');
  for (const [name, sources] of directives) {
    for (const source of sources) {
      if (ALLOWED_SOURCES.has(source)) continue;
      if (name === 'script-src' && source === "'wasm-unsafe-eval'") {
        if (!usesWasm) problems.push("CSP allows 'wasm-unsafe-eval' but the build ships no .wasm file");
        continue;
      }
      problems.push(`CSP ${name} allows ${source}: only 'self' (and 'wasm-unsafe-eval' for WebAssembly) is expected`);
    }
  }
  const sandbox = (csp as Record<string, unknown>).sandbox;
  if (sandbox !== undefined) problems.push('CSP declares sandbox pages: none are expected');
  return problems;
}

/**
 * The one script allowed in the page's own world: the attachShadow hook, which hands the page
 * nothing (docs/security.md). Anything else there could be read or subverted by the page.
 */
const MAIN_WORLD_SCRIPT = 'shadow-hook.js';

/** Every problem with one built manifest. `usesWasm`: the built folder holds a .wasm file. */
export function manifestProblems(m: Manifest, doc: Justifications, usesWasm: boolean): string[] {
  const problems: string[] = [];
  for (const [key, value] of listedValues(m)) {
    const reason = doc.get(key)?.get(value);
    if (reason === undefined) problems.push(`${key} "${value}" is not justified in docs/PERMISSIONS.md`);
    else if (reason.length < MIN_REASON_CHARS) problems.push(`${key} "${value}": the reason in docs/PERMISSIONS.md is too short to justify it`);
  }
  problems.push(...cspProblems(m, usesWasm));
  if (m.externally_connectable !== undefined) {
    problems.push('externally_connectable is set: web pages or other extensions could message the worker');
  }
  for (const script of Array.isArray(m.content_scripts) ? (m.content_scripts as Array<Record<string, unknown>>) : []) {
    const files = strings(script.js);
    if (script.world === 'MAIN' && !(files.length === 1 && files[0] === MAIN_WORLD_SCRIPT)) {
      problems.push(`a content script other than ${MAIN_WORLD_SCRIPT} runs in the page's MAIN world, where the page can read and tamper with it`);
    }
  }
  if (m.manifest_version !== 3) problems.push(`manifest_version is ${String(m.manifest_version)}, expected 3`);
  const gecko = (m.browser_specific_settings as { gecko?: { data_collection_permissions?: { required?: unknown } } } | undefined)?.gecko;
  if (gecko) {
    const required = gecko.data_collection_permissions?.required;
    if (!Array.isArray(required) || required.length !== 1 || required[0] !== 'none') {
      problems.push('browser_specific_settings.gecko.data_collection_permissions.required must be ["none"]: Keywarden collects nothing');
    }
  }
  return problems;
}

/** Table rows no manifest uses: not a risk, but the doc should say what the build does. */
export function staleRows(manifests: readonly Manifest[], doc: Justifications): string[] {
  const used = new Set(manifests.flatMap((m) => listedValues(m).map(([k, v]) => `${k} ${v}`)));
  const out: string[] = [];
  for (const [key, values] of doc) for (const value of values.keys()) if (!used.has(`${key} ${value}`)) out.push(`${key} "${value}"`);
  return out;
}

/** Hosts that serve code to pages: a built script naming one could be made to load remote code. */
const CODE_CDNS = /\b(?:[\w-]+\.)*(?:jsdelivr\.net|unpkg\.com|cdnjs\.cloudflare\.com|esm\.sh|skypack\.dev|ajax\.googleapis\.com)\b/;

/** One line per built script that names a code CDN (a library's unused default is still a finding). */
export function cdnProblems(scripts: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [name, code] of scripts) {
    const hit = CODE_CDNS.exec(code);
    if (hit) out.push(`${name} names ${hit[0]}: no remote code, not even as an unused default`);
  }
  return out;
}

/** Source files a built script may not carry, by its file name (inputs as esbuild names them). */
const FORBIDDEN_INPUTS: Readonly<Record<string, RegExp>> = {
  // The page's script: no engine (it lives in the worker), no extension page, worker, QR or CLI code.
  // One exception: the word-run walk of recovery phrases, which carries no wordlist (its 8 KB table only).
  // No polyfill either: every frame would parse it, and older Chrome's own `chrome` does (scripts/build.ts).
  'content.js': /^(src\/(?!engine\/(wallet\/gate|wallet\/gate-table|base64)\.ts$)(engine|ui|background|popup|options|qr|cli)\/|node_modules\/(zxing-wasm|webextension-polyfill)\/)/,
  // The one main-world script: itself and the name of its event, nothing else.
  'shadow-hook.js': /^(?!src\/content\/shadow-(hook|event)\.ts$)/,
  'popup.js': /^src\/(content|background|cli)\//,
  'options.js': /^src\/(content|background|cli)\//,
};

/** esbuild's metafile, the part read here: each output's inputs. */
export interface BundleMeta {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

/** One line per source file a built script carries but its layer forbids; also when a script is missing. */
export function bundleProblems(meta: BundleMeta): string[] {
  const problems: string[] = [];
  for (const [script, forbidden] of Object.entries(FORBIDDEN_INPUTS)) {
    const output = Object.entries(meta.outputs).find(([path]) => path.split('/').pop() === script)?.[1];
    if (!output) {
      problems.push(`${script} is not in the build's metafile`);
      continue;
    }
    for (const input of Object.keys(output.inputs)) {
      if (forbidden.test(input)) problems.push(`${script} carries ${input}, which its layer may not import`);
    }
  }
  return problems;
}

function builtScripts(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(dir, { recursive: true })) {
    const name = String(f);
    if (name.endsWith('.js') || name.endsWith('.mjs')) out.set(name, readFileSync(join(dir, name), 'utf8'));
  }
  return out;
}

function hasWasm(dir: string): boolean {
  return readdirSync(dir, { recursive: true }).some((f) => String(f).endsWith('.wasm'));
}

function main(dist: string): number {
  const doc = parseJustifications(readFileSync('docs/PERMISSIONS.md', 'utf8'));
  const manifests: Manifest[] = [];
  let failed = false;
  for (const browser of ['chrome', 'firefox']) {
    const dir = join(dist, browser);
    const path = join(dir, 'manifest.json');
    if (!existsSync(path)) {
      console.error(`check-permissions: ${path} missing: run \`npm run build\` first`);
      return 1;
    }
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
    manifests.push(manifest);
    const meta = join(dist, `${browser}.meta.json`);
    if (!existsSync(meta)) {
      console.error(`check-permissions: ${meta} missing: run \`npm run build\` first`);
      return 1;
    }
    const bundles = bundleProblems(JSON.parse(readFileSync(meta, 'utf8')) as BundleMeta);
    for (const p of [...manifestProblems(manifest, doc, hasWasm(dir)), ...cdnProblems(builtScripts(dir)), ...bundles]) {
      console.error(`check-permissions: ${browser}: ${p}`);
      failed = true;
    }
  }
  for (const row of staleRows(manifests, doc)) console.warn(`check-permissions: warning: docs/PERMISSIONS.md justifies ${row}, which no manifest uses`);
  if (!failed) {
    console.log('check-permissions: every permission is justified, CSP is strict, nothing is externally connectable, no script names a code CDN, content.js carries no engine or extension-page code');
  }
  return failed ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv[2] ?? 'dist');

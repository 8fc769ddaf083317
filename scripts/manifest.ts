// Per-browser manifests from the one source manifest.json, so neither browser warns about the
// other's keys: Chrome gets a service worker, Firefox an event page plus its gecko settings.
// Pure: the build passes in what exists on disk.

export type Browser = 'chrome' | 'firefox';

export type Manifest = Record<string, unknown>;

export interface ManifestInputs {
  /** package.json version: the one place the version lives. */
  version: string;
  hasPopup: boolean;
  hasOptions: boolean;
  /** The worker compiles WebAssembly (QR decoding): allow 'wasm-unsafe-eval' for extension pages. */
  usesWasm: boolean;
}

export const CONTENT_MATCHES = ['http://*/*', 'https://*/*'];

export function manifestFor(browser: Browser, source: Manifest, inputs: ManifestInputs): Manifest {
  const m: Manifest = structuredClone(source);
  m.version = inputs.version;

  const background = { ...(m.background as Record<string, unknown>) };
  if (browser === 'chrome') {
    delete background.scripts;
    delete m.browser_specific_settings;
  } else {
    delete background.service_worker;
  }
  m.background = background;

  if (!inputs.hasPopup) {
    const action = { ...(m.action as Record<string, unknown>) };
    delete action.default_popup;
    m.action = action;
  }
  if (!inputs.hasOptions) delete m.options_ui;

  if (inputs.usesWasm) {
    m.content_security_policy = {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    };
  }
  return m;
}

// Per-browser manifests from the one source manifest.json, so neither browser warns about the
// other's keys: Chrome gets a service worker, Firefox an event page plus its gecko settings.
// Pure: the build passes in the version.

export type Browser = 'chrome' | 'firefox';

export type Manifest = Record<string, unknown>;

/** `version`: package.json's, the one place the version lives. */
export function manifestFor(browser: Browser, source: Manifest, version: string): Manifest {
  const m: Manifest = structuredClone(source);
  m.version = version;

  const background = { ...(m.background as Record<string, unknown>) };
  if (browser === 'chrome') {
    delete background.scripts;
    delete m.browser_specific_settings;
  } else {
    delete background.service_worker;
  }
  m.background = background;
  return m;
}

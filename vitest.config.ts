import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Unit tests: fast and pure. Pure modules, plus extension code against an in-memory browser
// (webextension-polyfill throws outside an extension, so it is aliased to a fake). Builds, child
// processes and large inputs live in the integration tier (vitest.integration.config.ts).
export default defineConfig({
  resolve: {
    alias: {
      'webextension-polyfill': fileURLToPath(new URL('./test/fake-browser.ts', import.meta.url)),
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});

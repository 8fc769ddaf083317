import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in real Chromium and Firefox ESR, every scenario in both
// (KEYWARDEN_BROWSERS=chromium or firefox for one). One file and one browser at a time (the
// machine has 2 cores); `npm run build` must have run first (`npm test` does it). docs/testing.md.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});

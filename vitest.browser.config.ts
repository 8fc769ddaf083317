import { defineConfig } from 'vitest/config';

// The in-browser tier (test/browser/run.test.ts): content-script modules on real DOM in Chromium and
// Firefox ESR, one browser at a time (the machine has 2 cores). Needs no build.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

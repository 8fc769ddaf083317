import { defineConfig } from 'vitest/config';

// Integration: what needs a build, a child process or large inputs. Packaging twice from a copy of
// the repository, the bundled CLI as a child process, ~18 MB of third-party assets through the
// engine, and the built packages' manifests (`npm run build` first; `npm test` does it).
export default defineConfig({
  test: {
    include: ['test/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

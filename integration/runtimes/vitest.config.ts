import { defineConfig } from 'vitest/config';

// Each file starts real runtimes on a machine that may be busy: generous timeouts, and never a
// timing assertion (bench/ measures latency instead).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});

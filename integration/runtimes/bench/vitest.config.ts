import { defineConfig } from 'vitest/config';

// The benchmark runs alone, after the same global setup as the matrix.
export default defineConfig({
  test: {
    include: ['bench/latency.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30 * 60_000,
    hookTimeout: 120_000,
  },
});

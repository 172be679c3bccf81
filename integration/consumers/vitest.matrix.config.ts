import { defineConfig } from 'vitest/config';

// The consumer matrix: each file installs one app from the packed tarballs into a folder outside the
// repository and drives it. One app at a time (two cores: builds and browsers starve each other).
export default defineConfig({
  test: {
    include: ['matrix/**/*.test.ts'],
    globalSetup: ['harness/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
    expect: { poll: { timeout: 30_000 } },
  },
});

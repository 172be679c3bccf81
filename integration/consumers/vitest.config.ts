import { defineConfig } from 'vitest/config';

// The quick checks that run with every package's tests: the harness itself, the engines check, and
// that the READMEs show the code the consumers run. The matrix is vitest.matrix.config.ts.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000 },
});

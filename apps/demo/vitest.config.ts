import { defineConfig } from 'vitest/config';

// Separate from vite.config.ts, whose root is the page in web/.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 30_000 },
});

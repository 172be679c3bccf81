import { defineConfig } from 'vitest/config';

// Generous timeouts: these tests start servers, a redis-server and generate keys on machines that
// may be busy. They assert behaviour, never speed.
export default defineConfig({
  test: { testTimeout: 20_000, hookTimeout: 30_000 },
});

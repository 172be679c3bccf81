import { chromiumBrowserTest } from '@open-express-dashboard/test-env';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // `msw init .msw` (run by the test script) puts the mock service worker here.
  publicDir: '.msw',
  // Found up front, so Vite does not reload a test file half-way to add them.
  optimizeDeps: { include: ['react', 'react-dom/client', 'react/jsx-dev-runtime', 'msw', 'msw/browser', '@lit/react'] },
  test: {
    // Two cores shared with other packages' tests: generous waits, never timing assertions.
    testTimeout: 30_000,
    expect: { poll: { timeout: 10_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.test.tsx'],
          browser: chromiumBrowserTest(playwright),
        },
      },
      {
        extends: true,
        test: { name: 'node', include: ['test/**/*.test.{ts,tsx}'], environment: 'node' },
      },
    ],
  },
});

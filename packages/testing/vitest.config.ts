import { chromiumBrowserTest } from '@open-express-dashboard/test-env';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // `msw init .msw` (run by the test script) puts the mock service worker here.
  publicDir: '.msw',
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts'],
          environment: 'node',
          // The CLI tests start Node processes; on a busy 2-core machine that alone can take seconds.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.ts'],
          browser: chromiumBrowserTest(playwright),
        },
      },
    ],
  },
});

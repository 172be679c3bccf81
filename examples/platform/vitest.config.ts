import { chromiumBrowserTest } from '@open-express-dashboard/test-env';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // `msw init .msw` (the test script) writes msw's service worker here; the browser tests serve it.
  publicDir: '.msw',
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.ts'],
          browser: chromiumBrowserTest(playwright),
        },
      },
      {
        extends: true,
        test: { name: 'node', include: ['test/**/*.test.ts'], exclude: ['test/**/*.browser.test.ts'], testTimeout: 30_000 },
      },
    ],
  },
});

import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

// Your Chromium or Chrome (CHROME_PATH), or leave executablePath out to use Playwright's own browsers.
const launchOptions = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
};

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
          browser: { enabled: true, headless: true, provider: playwright({ launchOptions }), instances: [{ browser: 'chromium' }] },
        },
      },
      {
        extends: true,
        test: { name: 'node', include: ['test/**/*.test.ts'], exclude: ['test/**/*.browser.test.ts'], testTimeout: 30_000 },
      },
    ],
  },
});

import { chromiumBrowserTest } from '@open-express-dashboard/test-env';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { emulateMedia } from './test/emulate-media.js';
import { renderOnServer } from './test/server-render.js';

export default defineConfig({
  // `msw init .msw` (run by the test script) puts the mock service worker here.
  publicDir: '.msw',
  // The Vue test compiles its template in the browser, as a Vue app with the runtime compiler does.
  resolve: { alias: [{ find: /^vue$/, replacement: 'vue/dist/vue.esm-browser.js' }] },
  // Found up front, so Vite does not reload a test file half-way to add them.
  optimizeDeps: {
    include: [
      'axe-core',
      'msw',
      'msw/browser',
      'vue/dist/vue.esm-browser.js',
      'lit',
      '@lit-labs/ssr-client/lit-element-hydrate-support.js',
    ],
  },
  test: {
    // Two cores shared with other packages' tests: generous waits, never timing assertions.
    testTimeout: 30_000,
    expect: { poll: { timeout: 10_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.test.ts'],
          browser: {
            ...chromiumBrowserTest(playwright),
            commands: { renderOnServer, emulateMedia },
            expect: {
              toMatchScreenshot: {
                // Committed references live in screenshots/ (the README shows one of them);
                // failures and diffs go to the ignored __screenshots__/ and .vitest-attachments/.
                resolveScreenshotPath: ({ root, arg, ext }) => `${root}/screenshots/${arg}${ext}`,
                // Anti-aliasing may differ by a few pixels between runs; a changed colour,
                // size or layout differs by far more.
                comparatorName: 'pixelmatch',
                comparatorOptions: { threshold: 0.05, allowedMismatchedPixelRatio: 0.002 },
              },
            },
          },
        },
      },
      {
        extends: true,
        test: { name: 'node', include: ['test/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});

import { describe, expect, it } from 'vitest';
import { clickThrough, runtimeEnv, useBrowser, useConsumer } from './support.js';

// No bundler, no build: a page that loads the standalone module, served by node:http next to the
// Node handler, which the platform mounts under /trpc/ itself.
describe('plain HTML + the standalone module + the Node handler', () => {
  const consumer = useConsumer('plain-html');
  const chromium = useBrowser();

  it('takes a signed-in seller from the button to their Express Dashboard', async () => {
    const server = await consumer.app.start('node', ['server.js'], {
      env: { ...runtimeEnv(consumer.fake), PORT: '0' },
      ready: /listening on (http:\/\/\S+)/,
    });
    try {
      expect(await clickThrough(chromium.browser, consumer.fake, server.url)).toBe('Express Dashboard');
      expect(server.output()).not.toContain(`${consumer.fake.url}/express/`); // the link is never logged
    } finally {
      await server.stop();
    }
  });
});

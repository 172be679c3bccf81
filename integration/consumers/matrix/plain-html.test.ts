import { describe, expect, it } from 'vitest';
import { clickThrough, runtimeEnv, useBrowser, useConsumer } from './support.js';

// No bundler, no build: a page that loads the standalone module, served by node:http beside the
// Node handler, which serves /trpc/ and hands every other request to the platform's routes.
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
      // Outside /trpc/ the platform answers in its own words; under it, the handler does.
      const elsewhere = await fetch(`${server.url}/api/trpc/expressDashboard.createLoginLink`, { method: 'POST' });
      expect([elsewhere.status, await elsewhere.text()]).toEqual([404, 'Not found']);
      const misspelt = await fetch(`${server.url}/trpc/expressDashboard.createLoginLnk`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(misspelt.status).toBe(404);
      expect(await misspelt.json()).toMatchObject({ error: { data: { reason: 'PROCEDURE_NOT_FOUND' } } });
    } finally {
      await server.stop();
    }
  });
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clickThrough, expectSuccess, freePort, runtimeEnv, useBrowser, useConsumer, withoutSecrets } from './support.js';

// Next.js App Router: the React wrapper rendered by a Server Component page, the router in a route
// handler at app/api/trpc/[trpc]/route.ts. Built with no secrets at all, then started with them.
describe('Next.js (App Router)', () => {
  const consumer = useConsumer('nextjs');
  const chromium = useBrowser();

  it('builds without any secret (type-checking the raw tag too: probes/raw-tag.tsx), prerendering the page with the element', async () => {
    expectSuccess(await consumer.app.run('npm', ['run', 'build'], { env: withoutSecrets() }));
    const html = await readFile(join(consumer.app.dir, '.next/server/app/index.html'), 'utf8');
    expect(html).toContain(`<open-express-dashboard>Open Express Dashboard</open-express-dashboard>`);
  });

  it('takes a signed-in seller from the button to their Express Dashboard', async () => {
    const port = await freePort();
    const server = await consumer.app.start('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
      env: runtimeEnv(consumer.fake),
      ready: /(http:\/\/127\.0\.0\.1:\d+)/,
    });
    try {
      expect(await clickThrough(chromium.browser, consumer.fake, server.url)).toBe('Express Dashboard');
      // Anonymous callers get the contract's reason from the route.
      const anonymous = await fetch(`${server.url}/api/trpc/expressDashboard.createLoginLink`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toMatchObject({ error: { data: { reason: 'UNAUTHENTICATED' } } });
    } finally {
      await server.stop();
    }
  });
});

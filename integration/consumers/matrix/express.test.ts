import { describe, expect, it } from 'vitest';
import { SELLER_ACCOUNT, runtimeEnv, sessionToken, useConsumer } from './support.js';

const MUTATION = '/trpc/expressDashboard.createLoginLink';

// Express 5: the adapter mounted at /trpc before the platform's body parser and its own routes.
describe('Express 5 with the Express adapter', () => {
  const consumer = useConsumer('express');

  it('answers the element’s request beside the platform’s own routes, with the Origin allowlist', async () => {
    const server = await consumer.app.start('node', ['server.js'], {
      env: { ...runtimeEnv(consumer.fake), PORT: '0' },
      ready: /listening on (http:\/\/\S+)/,
    });
    const post = (headers: Record<string, string>) =>
      fetch(`${server.url}${MUTATION}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });
    try {
      const signedIn = await post({ cookie: `session=${await sessionToken()}` });
      expect(signedIn.status).toBe(200);
      expect(signedIn.headers.get('cache-control')).toBe('no-store');
      const body: unknown = await signedIn.json();
      expect(body).toMatchObject({ result: { data: { kind: 'express_dashboard' } } });
      expect(body).toHaveProperty('result.data.url', expect.stringContaining(`/express/${SELLER_ACCOUNT}/`));

      const anonymous = await post({});
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toMatchObject({ error: { data: { reason: 'UNAUTHENTICATED' } } });

      const elsewhere = await post({ origin: 'https://evil.example', cookie: `session=${await sessionToken()}` });
      expect(elsewhere.status).toBe(403);
      expect(await elsewhere.json()).toMatchObject({ error: { data: { reason: 'ORIGIN_NOT_ALLOWED' } } });

      const preflight = await fetch(`${server.url}${MUTATION}`, {
        method: 'OPTIONS',
        headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('https://shop.example');

      await expect((await fetch(`${server.url}/api/me`)).json()).resolves.toEqual({ name: 'Ada' });
    } finally {
      await server.stop();
    }
  });
});

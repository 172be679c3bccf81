import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import { rawExchange } from '@open-express-dashboard/test-env/adversarial';
import express from 'express';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createExpressDashboardNodeHandler, type NodeHandlerOptions } from '../src/node.js';
import { accounts, bearerAuth, captureLogs, listen, startSeededFake, stripeFor, type Listening } from './support.js';

// The Node handler beside a platform's own routes in one node:http server: it answers under its
// basePath and hands every other request to `next`.
let fake: StripeFake;
beforeAll(async () => {
  fake = await startSeededFake();
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

const options = (more: Partial<NodeHandlerOptions> = {}): NodeHandlerOptions => ({
  stripe: stripeFor(fake),
  authenticate: bearerAuth({ ada: { userId: 'ada', accountIds: [accounts.express] } }),
  rateLimit: false,
  ...more,
});

/** The platform's own routes: a page, and its own 404 in its own words. */
function platform(req: IncomingMessage, res: ServerResponse): void {
  if (req.url === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Payouts</h1>');
  res.writeHead(404, { 'content-type': 'text/plain' }).end('the platform’s 404');
}

const linkCall = (url: string, path = '/trpc/expressDashboard.createLoginLink') =>
  fetch(`${url}${path}`, { method: 'POST', headers: { authorization: 'Bearer ada', 'content-type': 'application/json' }, body: '{}' });

describe('createExpressDashboardNodeHandler with next', () => {
  let served: Listening;
  let logs: ReturnType<typeof captureLogs>;
  const fellThrough: string[] = [];

  beforeAll(async () => {
    logs = captureLogs();
    const dashboard = createExpressDashboardNodeHandler(options({ logger: logs.logger }));
    served = await listen(
      createServer((req, res) =>
        dashboard(req, res, () => {
          fellThrough.push(req.url ?? '');
          platform(req, res);
        }),
      ),
    );
  });
  afterAll(() => served.close());

  it('serves the link under basePath, and the platform’s own page from the same server', async () => {
    const link = await linkCall(served.url);
    expect(link.status).toBe(200);
    expect(await link.json()).toMatchObject({ result: { data: { kind: 'express_dashboard' } } });
    const page = await fetch(`${served.url}/`);
    expect(await page.text()).toBe('<h1>Payouts</h1>');
    expect(fellThrough).toEqual(['/']);
  });

  it('hands every path outside basePath to next, untouched: no gate, no log line, the body unread', async () => {
    fellThrough.length = 0;
    const before = logs.entries().length;
    const paths = ['/api/me', '/trpcx', '/trpcexpressDashboard.createLoginLink', '/api/trpc/expressDashboard.createLoginLink', '/?batch=1'];
    for (const path of paths) {
      // What the gate would refuse under basePath (another origin, a form body) is the platform's business here.
      const response = await fetch(`${served.url}${path}`, {
        method: 'POST',
        headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
        body: 'a=1',
      });
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toBe('the platform’s 404');
    }
    expect(fellThrough).toEqual(paths);
    expect(logs.entries().slice(before)).toEqual([]);
    expect(fake.requests).toHaveLength(0);
  });

  it('hands targets that name no path (*, another host, credentials) to next too', async () => {
    fellThrough.length = 0;
    for (const target of ['*', '//evil.example/trpc/', 'http://user:pass@h/trpc/expressDashboard.createLoginLink']) {
      const answer = await rawExchange(served.url, `OPTIONS ${target} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`);
      expect(answer.status, target).toBe(404);
    }
    expect(fellThrough).toHaveLength(3);
  });

  it('keeps what is under basePath, the mount itself included: never the platform’s', async () => {
    fellThrough.length = 0;
    for (const path of ['/trpc', '/trpc/', '/trpc/expressDashboard.createLoginLnk']) {
      const response = await linkCall(served.url, path);
      expect(response.status, path).toBe(404);
      expect(await response.json(), path).toMatchObject({ error: { data: { reason: 'PROCEDURE_NOT_FOUND' } } });
    }
    expect(fellThrough).toEqual([]);
  });
});

describe('createExpressDashboardNodeHandler', () => {
  it('mounts under another basePath, with or without its slashes', async () => {
    for (const basePath of ['/api/trpc/', '/api/trpc', 'api/trpc']) {
      const served = await listen(createExpressDashboardNodeHandler(options({ basePath, logger: false })));
      try {
        expect((await linkCall(served.url, '/api/trpc/expressDashboard.createLoginLink')).status, basePath).toBe(200);
        expect((await linkCall(served.url)).status, basePath).toBe(404);
      } finally {
        await served.close();
      }
    }
  });

  it('is Connect-style middleware too: Express gets the requests it does not serve', async () => {
    const app = express();
    app.use(createExpressDashboardNodeHandler(options({ logger: false })));
    app.get('/', (_req, res) => void res.send('the platform’s own page'));
    const served = await listen(app);
    try {
      expect((await linkCall(served.url)).status).toBe(200);
      expect(await (await fetch(`${served.url}/`)).text()).toBe('the platform’s own page');
    } finally {
      await served.close();
    }
  });

  it('leaves errors thrown by next to the caller', () => {
    const dashboard = createExpressDashboardNodeHandler(options({ logger: false }));
    const thrown = new Error('the platform’s own bug');
    const req = Object.assign(Object.create(null) as IncomingMessage, { url: '/elsewhere', method: 'GET', headers: {} });
    expect(() =>
      dashboard(req, {} as ServerResponse, () => {
        throw thrown;
      }),
    ).toThrow(thrown);
  });
});

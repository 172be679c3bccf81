import { connect, type Socket } from 'node:net';
import type { StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import { rawExchange } from '@open-express-dashboard/test-env/adversarial';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { SERVER_REASONS } from '@open-express-dashboard/contract';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nodeContext } from '../src/adapters/node-request.js';
import { createExpressDashboardRouter } from '../src/index.js';
import { accounts, bearerAuth, captureLogs, listen, servingAdapters, startSeededFake, stripeFor, type Listening } from './support.js';

// What every adapter refuses before tRPC (or the rate limit, or Stripe) does any work: batches,
// bodies that are not JSON, bodies past the limit (without reading the rest), and what it waits for.
let fake: StripeFake;
beforeAll(async () => {
  fake = await startSeededFake();
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

const POINTS = 5;

describe.each(Object.entries(servingAdapters))('%s', (name, serve) => {
  let served: Listening;
  let logs: ReturnType<typeof captureLogs>;
  let procedureUrl: string;
  let users = 0;
  /** A seller of their own per test, so that rate-limit points do not carry over. */
  const seller = () => `seller${(users += 1)}`;

  beforeAll(async () => {
    logs = captureLogs();
    const table = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`seller${i + 1}`, { userId: `seller${i + 1}`, accountIds: [accounts.express] }]),
    );
    served = await listen(
      serve({
        stripe: stripeFor(fake),
        authenticate: bearerAuth(table),
        maxBodyBytes: 1024,
        rateLimit: { points: POINTS, durationSeconds: 60 },
        logger: logs.logger,
      }),
    );
    procedureUrl = `${served.url}/trpc/expressDashboard.createLoginLink`;
  });
  afterAll(() => served.close());

  const refusals = () => logs.entries().filter((entry) => entry['event'] === 'request_refused');

  it('refuses a batch with 400 INVALID_INPUT before any call runs, in one log line', async () => {
    const before = logs.entries().length;
    const paths = Array.from({ length: 400 }, (_, i) => (i % 2 ? 'expressDashboard.createLoginLink' : `unknown${i}`)).join(',');
    const input = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [i, {}]));
    const response = await fetch(`${served.url}/trpc/${paths}?batch=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${seller()}` },
      body: JSON.stringify(input),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { data: { reason: 'INVALID_INPUT' } } });
    expect(fake.requests).toHaveLength(0);
    const lines = logs.entries().slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ event: 'request_refused', reason: 'INVALID_INPUT', cause: 'batch', level: 30 });
  });

  it('refuses a batch of one, and one asked for in other spellings tRPC reads alike', async () => {
    for (const query of ['batch=1', '%62atch=1', 'batch=1&batch=0', 'batch=1#fragment']) {
      const response = await fetch(`${served.url}/trpc/expressDashboard.createLoginLink?${query}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${seller()}` },
        body: '{"0":{}}',
      });
      expect(response.status, query).toBe(400);
    }
    expect(fake.requests).toHaveLength(0);
  });

  it('answers a path that is not the procedure with 404 PROCEDURE_NOT_FOUND, in one log line naming the path', async () => {
    const call = (path: string) =>
      fetch(`${served.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${seller()}` },
        body: '{}',
      });
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnbmF0dXJl';
    for (const path of ['/trpc/expressDashboard.createLoginLnk', '/trpc/', `/trpc/${jwt}/${'x'.repeat(3000)}`]) {
      const before = logs.entries().length;
      const response = await call(path);
      expect(response.status, path).toBe(404);
      expect(await response.json(), path).toMatchObject({
        error: {
          message: SERVER_REASONS.PROCEDURE_NOT_FOUND.message,
          code: -32004,
          data: { code: 'NOT_FOUND', httpStatus: 404, reason: 'PROCEDURE_NOT_FOUND', retryable: false },
        },
      });
      const lines = logs.entries().slice(before);
      expect(lines, path).toHaveLength(1);
      expect(lines[0], path).toMatchObject({ event: 'request_refused', reason: 'PROCEDURE_NOT_FOUND', cause: 'path', level: 30 });
      const logged = String(lines[0]?.['path']);
      // Named for the developer, scrubbed of what looks like a credential, and bounded.
      if (path.length < 100) expect(logged).toBe(path);
      expect(logged).not.toContain(jwt);
      expect(logged.length).toBeLessThanOrEqual(200);
      expect(String(lines[0]?.['served'])).toMatch(/\/trpc\/expressDashboard\.createLoginLink$/);
    }
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses methods tRPC does not serve with 400 INVALID_INPUT, TRACE (which a Fetch Request cannot carry) included', async () => {
    const { port } = new URL(served.url);
    for (const method of ['TRACE', 'PUT', 'DELETE', 'PROPFIND']) {
      const answer = await new Promise<string>((resolve) => {
        const socket = connect(Number(port), '127.0.0.1');
        let text = '';
        socket.on('data', (data: Buffer) => (text += data.toString('latin1')));
        socket.on('close', () => resolve(text));
        socket.on('error', () => resolve(text));
        socket.write(
          `${method} /trpc/expressDashboard.createLoginLink HTTP/1.1\r\nhost: x\r\nconnection: close\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}`,
        );
      });
      expect(answer, method).toMatch(/^HTTP\/1\.1 400 /);
    }
    expect(fake.requests).toHaveLength(0);
  });

  // Hono's own Node adapter answers these before the handler runs (see test/adversarial/fuzz.test.ts).
  it.skipIf(name.includes('Hono'))(
    'answers targets a Fetch Request cannot carry (credentials, another host) with a 4xx, not a 500',
    async () => {
      for (const target of ['https://user:pass@h/trpc/expressDashboard.createLoginLink', "/trpc/\\*[@'~"]) {
        const answer = await rawExchange(
          served.url,
          `POST ${target} HTTP/1.1\r\nhost: x\r\nconnection: close\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}`,
        );
        // 400 from the gate, or (for the Node handler, to which the second is a plain path) tRPC's 404.
        expect([400, 404], target).toContain(answer.status);
      }
    },
  );

  it('answers 415 UNSUPPORTED_CONTENT_TYPE to bodies that are not JSON: the procedure never runs', async () => {
    const form = new FormData();
    form.set('accountId', accounts.secondExpress);
    const bodies: [string, RequestInit][] = [
      ['multipart/form-data', { body: form }],
      ['application/octet-stream', { body: new Uint8Array([123, 125]), headers: { 'content-type': 'application/octet-stream' } }],
      ['text/plain', { body: '{}', headers: { 'content-type': 'text/plain' } }],
      ['none', { body: '{}', headers: { 'content-type': '' } }],
    ];
    for (const [kind, init] of bodies) {
      const response = await fetch(procedureUrl, {
        method: 'POST',
        ...init,
        headers: { authorization: `Bearer ${seller()}`, ...(init.headers as Record<string, string> | undefined) },
      });
      expect(response.status, kind).toBe(415);
      expect(await response.json(), kind).toMatchObject({ error: { data: { reason: 'UNSUPPORTED_CONTENT_TYPE', httpStatus: 415 } } });
    }
    expect(fake.requests).toHaveLength(0);
    expect(refusals().filter((entry) => entry['cause'] === 'content_type').length).toBeGreaterThanOrEqual(bodies.length);
    // JSON in any spelling is served.
    for (const type of ['application/json; charset=utf-8', 'Application/JSON']) {
      const response = await fetch(procedureUrl, {
        method: 'POST',
        headers: { authorization: `Bearer ${seller()}`, 'content-type': type },
        body: '{}',
      });
      expect(response.status, type).toBe(200);
    }
  });

  it('spends no rate-limit point on a request whose body never arrives', async () => {
    const user = seller();
    const sockets = unfinishedRequests(served.url, user, POINTS + 2);
    try {
      // Long enough for any server to have authenticated and counted them, had it not waited for the body.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const response = await fetch(procedureUrl, {
        method: 'POST',
        headers: { authorization: `Bearer ${user}`, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(response.status).toBe(200);
    } finally {
      for (const socket of sockets) socket.destroy();
    }
  });

  // After express.json() the platform's parser reads the body first, and Express's own error
  // handler reads all of it before answering: hence "mount it before any body parser".
  it.skipIf(name.includes('express.json()'))(
    'stops reading a chunked body once it passes the limit: 413, then the connection closes',
    async () => {
      const { port } = new URL(served.url);
      const result = await new Promise<{ head: string; sent: number }>((resolve) => {
        const socket = connect(Number(port), '127.0.0.1');
        let head = '';
        let sent = 0;
        let writing = true;
        const chunk = Buffer.from(`4000\r\n${'x'.repeat(0x4000)}\r\n`);
        const pump = () => {
          // Keep sending for as long as the server reads: 64 MiB at most.
          while (writing && sent < 64 * 1024 * 1024) {
            sent += chunk.length;
            if (!socket.write(chunk)) return void socket.once('drain', pump);
          }
        };
        socket.on('connect', () => {
          socket.write(
            `POST /trpc/expressDashboard.createLoginLink HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\nauthorization: Bearer ${seller()}\r\ntransfer-encoding: chunked\r\n\r\n`,
          );
          pump();
        });
        socket.on('data', (data: Buffer) => (head += data.toString('latin1')));
        const done = () => {
          writing = false;
          socket.destroy();
          resolve({ head, sent });
        };
        socket.on('close', done);
        socket.on('error', done);
        setTimeout(done, 8_000);
      });
      expect(result.head).toMatch(/^HTTP\/1\.1 413 /);
      expect(result.head.toLowerCase()).toContain('connection: close');
      // Socket buffers hold some megabytes; a server that kept reading takes all 64 MiB.
      expect(result.sent).toBeLessThan(16 * 1024 * 1024);
      expect(fake.requests).toHaveLength(0);
    },
  );
});

/** Requests whose body never comes: each declares 40 bytes and sends 2. */
function unfinishedRequests(url: string, user: string, count: number): Socket[] {
  const { port } = new URL(url);
  return Array.from({ length: count }, () => {
    const socket = connect(Number(port), '127.0.0.1');
    socket.on('error', () => undefined);
    socket.write(
      'POST /trpc/expressDashboard.createLoginLink HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n' +
        `authorization: Bearer ${user}\r\ncontent-length: 40\r\n\r\n{}`,
    );
    return socket;
  });
}

describe('merged into a platform’s own tRPC adapter', () => {
  it('reads and checks the input before it spends a rate-limit point', async () => {
    const router = createExpressDashboardRouter({
      stripe: stripeFor(fake),
      authenticate: bearerAuth({ rosa: { userId: 'rosa', accountIds: [accounts.express] } }),
      rateLimit: { points: 2, durationSeconds: 60 },
      logger: captureLogs().logger,
    });
    // tRPC's own Node adapter, none of this package's gate: only the router's order protects the seller.
    const served = await listen(createHTTPHandler({ router, basePath: '/trpc/', createContext: nodeContext }));
    const sockets = unfinishedRequests(served.url, 'rosa', 4);
    const call = (body: string) =>
      fetch(`${served.url}/trpc/expressDashboard.createLoginLink`, {
        method: 'POST',
        headers: { authorization: 'Bearer rosa', 'content-type': 'application/json' },
        body,
      });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      // Malformed input is refused without a point spent either.
      expect((await call('{"accountId": 7}')).status).toBe(400);
      expect((await call('{"accountId": 7}')).status).toBe(400);
      expect((await call('{}')).status).toBe(200);
    } finally {
      for (const socket of sockets) socket.destroy();
      await served.close();
    }
  });
});

describe('Express middleware after a body parser', () => {
  let served: Listening;
  let logs: ReturnType<typeof captureLogs>;
  beforeAll(async () => {
    logs = captureLogs();
    served = await listen(
      servingAdapters['Express middleware after express.json()']!({
        stripe: stripeFor(fake),
        authenticate: bearerAuth({ ada: { userId: 'ada', accountIds: [accounts.express] } }),
        maxBodyBytes: 512,
        rateLimit: false,
        logger: logs.logger,
      }),
    );
  });
  afterAll(() => served.close());

  /** A POST of `chunks`, chunked when `length` is not given, else with that Content-Length. */
  const post = (chunks: string[], length?: number) =>
    rawExchange(
      served.url,
      `POST /trpc/expressDashboard.createLoginLink HTTP/1.1\r\nhost: x\r\nconnection: close\r\ncontent-type: application/json\r\nauthorization: Bearer ada\r\n` +
        (length === undefined
          ? `transfer-encoding: chunked\r\n\r\n${chunks.map((chunk) => `${Buffer.byteLength(chunk).toString(16)}\r\n${chunk}\r\n`).join('')}0\r\n\r\n`
          : `content-length: ${length}\r\n\r\n${chunks.join('')}`),
    );

  it('takes the body’s size from its Content-Length, as the parser read it, not from the parsed value', async () => {
    // 500 bytes as sent; written out again by JSON.stringify, 1e9 takes 10 bytes, not 3.
    const body = `{"pad":[${Array.from({ length: 120 }, () => '1e9').join(',')}]}`;
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(512);
    expect(Buffer.byteLength(JSON.stringify(JSON.parse(body)))).toBeGreaterThan(512);
    expect((await post([body], Buffer.byteLength(body))).status).toBe(200);
  });

  it('refuses a chunked body, whose size the parser took with it, with 413 REQUEST_TOO_LARGE', async () => {
    const before = logs.entries().length;
    // 800 bytes sent, `{}` once parsed: only the bytes tell.
    const answer = await post([`{${' '.repeat(400)}`, `${' '.repeat(398)}}`]);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { data: { reason: 'REQUEST_TOO_LARGE' } } });
    expect(logs.entries().slice(before)).toEqual([expect.objectContaining({ event: 'request_refused', cause: 'body_unmeasured' })]);
    expect(fake.requests).toHaveLength(0);
  });
});

import { request as httpRequest } from 'node:http';
import { SERVER_REASONS } from '@open-express-dashboard/contract';
import type { StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import { TRPCClientError, createTRPCClient, httpLink } from '@trpc/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppRouter, LoginLinkEvent, ReasonErrorShapeData } from '../src/index.js';
import { createExpressDashboardNodeHandler } from '../src/node.js';
import { accounts, bearerAuth, captureLogs, listen, silent, startSeededFake, stripeFor, type Listening } from './support.js';

// The whole path over real HTTP: @trpc/client → Node handler → stripe SDK → Stripe fake.
let fake: StripeFake;
let served: Listening;
let endpoint: string;
const ALLOWED = 'https://shop.example';

beforeAll(async () => {
  fake = await startSeededFake();
  served = await listen(
    createExpressDashboardNodeHandler({
      stripe: stripeFor(fake),
      authenticate: bearerAuth({
        alice: { userId: 'alice', accountIds: [accounts.express] },
        olga: { userId: 'olga', accountIds: [accounts.onboarding] },
      }),
      allowedOrigins: [ALLOWED, 'http://localhost:5173'],
      maxBodyBytes: 1024,
      rateLimit: false,
      logger: silent,
    }),
  );
  endpoint = `${served.url}/trpc`;
});
afterEach(() => fake.reset());
afterAll(async () => {
  await served.close();
  await fake.close();
});

function clientAs(token?: string) {
  return createTRPCClient<AppRouter>({
    links: [httpLink({ url: endpoint, headers: token ? { authorization: `Bearer ${token}` } : {} })],
  });
}

async function clientError(promise: Promise<unknown>): Promise<{ message: string; data: ReasonErrorShapeData | undefined }> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCClientError)) throw new Error(`expected a TRPCClientError, got ${String(error)}`);
  return { message: error.message, data: error.data as ReasonErrorShapeData | undefined };
}

/** The raw response, to check what a browser would see beyond what the client exposes. */
function rawCall(token: string | undefined, body = '{}', headers: Record<string, string> = {}) {
  return fetch(`${endpoint}/expressDashboard.createLoginLink`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body,
  });
}

describe('over HTTP', () => {
  it('returns a login link that opens the fake dashboard of the signed-in seller', async () => {
    const { url, kind } = await clientAs('alice').expressDashboard.createLoginLink.mutate();
    expect(kind).toBe('express_dashboard');
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`data-account="${accounts.express}"`);
  });

  it('marks link responses, and errors, as never cacheable', async () => {
    const response = await rawCall('alice');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const refused = await rawCall(undefined);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses an unauthenticated caller with 401 and reason UNAUTHENTICATED', async () => {
    const error = await clientError(clientAs().expressDashboard.createLoginLink.mutate());
    expect(error.data).toMatchObject({ code: 'UNAUTHORIZED', httpStatus: 401, reason: 'UNAUTHENTICATED', retryable: false });
    expect(error.message).toBe(SERVER_REASONS.UNAUTHENTICATED.message);
    expect((await clientError(clientAs('mallory').expressDashboard.createLoginLink.mutate())).data?.reason).toBe('UNAUTHENTICATED');
    expect(fake.requests).toHaveLength(0);
  });

  it('maps a Stripe refusal to its reason without leaking Stripe’s words, ids or key', async () => {
    const response = await rawCall('olga');
    expect(response.status).toBe(412);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({
      error: { message: SERVER_REASONS.ONBOARDING_INCOMPLETE.message, data: { reason: 'ONBOARDING_INCOMPLETE' } },
    });
    for (const secret of [fake.secretKey, accounts.onboarding, 'req_', 'completed onboarding', 'stack']) {
      expect(text).not.toContain(secret);
    }
  });

  it('maps a Stripe outage to a retryable STRIPE_UNAVAILABLE', async () => {
    fake.injectFault({ kind: 'server_error', status: 502 });
    const error = await clientError(clientAs('alice').expressDashboard.createLoginLink.mutate());
    expect(error.data).toMatchObject({ httpStatus: 503, reason: 'STRIPE_UNAVAILABLE', retryable: true });
  });

  it('answers a request outside basePath with 404 PROCEDURE_NOT_FOUND, readable cross-site, and logs the path', async () => {
    const logs = captureLogs();
    const mounted = await listen(
      createExpressDashboardNodeHandler({
        stripe: stripeFor(fake),
        authenticate: bearerAuth({ alice: { userId: 'alice', accountIds: [accounts.express] } }),
        allowedOrigins: [ALLOWED],
        logger: logs.logger,
      }),
    );
    try {
      // The element on a page whose `endpoint` says /api/trpc, the handler at the default /trpc/.
      const misplaced = await createTRPCClient<AppRouter>({
        links: [httpLink({ url: `${mounted.url}/api/trpc`, headers: { authorization: 'Bearer alice', origin: ALLOWED } })],
      })
        .expressDashboard.createLoginLink.mutate()
        .catch((caught: unknown) => caught);
      expect(misplaced).toBeInstanceOf(TRPCClientError);
      const { data, message, meta } = misplaced as TRPCClientError<AppRouter>;
      expect(data).toMatchObject({ code: 'NOT_FOUND', httpStatus: 404, reason: 'PROCEDURE_NOT_FOUND', retryable: false });
      expect(message).toBe(SERVER_REASONS.PROCEDURE_NOT_FOUND.message);
      // With the CORS headers, or a browser would show a network error instead of the reason.
      expect((meta?.['response'] as Response).headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect(logs.entries()).toEqual([
        expect.objectContaining({
          event: 'request_refused',
          reason: 'PROCEDURE_NOT_FOUND',
          cause: 'path',
          path: '/api/trpc/expressDashboard.createLoginLink',
          served: '/trpc/expressDashboard.createLoginLink',
        }),
      ]);
      for (const path of ['/', '/trpcexpressDashboard.createLoginLink', '/api/trpc/']) {
        const response = await fetch(`${mounted.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        });
        expect(response.status, path).toBe(404);
        expect(await response.json(), path).toMatchObject({ error: { data: { reason: 'PROCEDURE_NOT_FOUND' } } });
      }
      expect(fake.requests).toHaveLength(0);
    } finally {
      await mounted.close();
    }
  });

  it('answers malformed input with 400 INVALID_INPUT, never a 500', async () => {
    for (const body of ['{"accountId": 42}', 'not json', '{"accountId": "acct_<script>"}']) {
      const response = await rawCall('alice', body);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { data: { reason: 'INVALID_INPUT' } } });
    }
    const unknownPath = await fetch(`${endpoint}/expressDashboard.deleteEverything`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(unknownPath.status).toBe(404);
    expect(await unknownPath.json()).toMatchObject({ error: { data: { reason: 'PROCEDURE_NOT_FOUND' } } });
    // A plain form post (what a cross-site <form> can send) is not even parsed.
    const form = await rawCall('alice', 'accountId=acct_1', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    expect(await form.json()).toMatchObject({ error: { data: { reason: 'UNSUPPORTED_CONTENT_TYPE' } } });
  });

  it('answers RATE_LIMITED with a Retry-After header past the per-caller limit', async () => {
    const limited = await listen(
      createExpressDashboardNodeHandler({
        stripe: stripeFor(fake),
        authenticate: bearerAuth({ rita: { userId: 'rita', accountIds: [accounts.express] } }),
        rateLimit: { points: 2, durationSeconds: 60 },
        logger: silent,
      }),
    );
    const call = () =>
      fetch(`${limited.url}/trpc/expressDashboard.createLoginLink`, {
        method: 'POST',
        headers: { authorization: 'Bearer rita', 'content-type': 'application/json' },
      });
    try {
      expect((await call()).status).toBe(200);
      expect((await call()).status).toBe(200);
      const refused = await call();
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(await refused.json()).toMatchObject({
        error: {
          message: SERVER_REASONS.RATE_LIMITED.message,
          data: { reason: 'RATE_LIMITED', retryable: true, retryAfterSeconds: retryAfter },
        },
      });
      expect(fake.requests).toHaveLength(2);
    } finally {
      await limited.close();
    }
  });
});

describe('origins', () => {
  it('lets an allowed origin call with credentials, and tells the browser so', async () => {
    const response = await rawCall('alice', '{}', { origin: ALLOWED });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('vary')).toContain('Origin');
  });

  it('answers an allowed preflight, and refuses another origin’s preflight without CORS headers', async () => {
    const preflight = (origin: string) =>
      fetch(`${endpoint}/expressDashboard.createLoginLink`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight(ALLOWED);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('content-type');

    const refused = await preflight('https://evil.example');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a call from an origin that is not allowed with 403 ORIGIN_NOT_ALLOWED, before authenticating or asking Stripe', async () => {
    for (const origin of ['https://evil.example', 'https://shop.example.evil.example', 'http://shop.example', 'null']) {
      const response = await rawCall('alice', '{}', { origin });
      expect(response.status).toBe(403);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(await response.json()).toMatchObject({
        error: { message: SERVER_REASONS.ORIGIN_NOT_ALLOWED.message, data: { reason: 'ORIGIN_NOT_ALLOWED', httpStatus: 403 } },
      });
    }
    expect(fake.requests).toHaveLength(0);
  });

  it('lets same-origin pages and non-browser callers through without CORS headers', async () => {
    const host = new URL(served.url).host;
    const sameOrigin = await rawCall('alice', '{}', { origin: `http://${host}` });
    expect(sameOrigin.status).toBe(200);
    expect(sameOrigin.headers.get('access-control-allow-origin')).toBeNull();
    const noOrigin = await rawCall('alice');
    expect(noOrigin.status).toBe(200);
  });
});

describe('body size', () => {
  it('refuses a declared body over the limit with 413 REQUEST_TOO_LARGE without reading it', async () => {
    const response = await rawCall('alice', JSON.stringify({ accountId: 'acct_1', pad: 'x'.repeat(4096) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { data: { reason: 'REQUEST_TOO_LARGE', httpStatus: 413 } } });
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses a streamed (chunked) body once it grows past the limit', async () => {
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        `${endpoint}/expressDashboard.createLoginLink`,
        { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer alice' } },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      // No content-length: Node sends it chunked, so only counting the bytes can catch it.
      req.write(`{"pad":"${'x'.repeat(600)}`);
      req.end(`${'x'.repeat(600)}"}`);
    });
    expect(status).toBe(413);
    expect(JSON.parse(body)).toMatchObject({ error: { data: { reason: 'REQUEST_TOO_LARGE' } } });
  });
});

describe('a seller who leaves while Stripe is slow', () => {
  it('still gets a link created (the SDK cannot be aborted), reported with callerGone: true', async () => {
    const events: LoginLinkEvent[] = [];
    const logs = captureLogs();
    const served = await listen(
      createExpressDashboardNodeHandler({
        stripe: stripeFor(fake),
        authenticate: bearerAuth({ lea: { userId: 'lea', accountIds: [accounts.express] } }),
        rateLimit: false,
        logger: logs.logger,
        onEvent: (event) => void events.push(event),
      }),
    );
    const call = (signal?: AbortSignal) =>
      fetch(`${served.url}/trpc/expressDashboard.createLoginLink`, {
        method: 'POST',
        headers: { authorization: 'Bearer lea', 'content-type': 'application/json' },
        body: '{}',
        signal,
      });
    try {
      expect((await call()).status).toBe(200);
      fake.injectFault({ kind: 'delay', ms: 800 }, { path: `/v1/accounts/${accounts.express}/login_links` });
      const leaving = new AbortController();
      const abandoned = call(leaving.signal).catch(() => 'aborted');
      while (fake.requests.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
      leaving.abort();
      expect(await abandoned).toBe('aborted');
      while (events.length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(events.map((event) => [event.outcome, event.callerGone])).toEqual([
        ['created', false],
        ['created', true],
      ]);
      const lines = logs.entries().filter((entry) => entry['event'] === 'login_link');
      expect(lines.map((entry) => entry['callerGone'])).toEqual([undefined, true]);
    } finally {
      await served.close();
    }
  });
});

import { request as httpRequest } from 'node:http';
import { SERVER_REASONS } from '@open-express-dashboard/contract';
import type { StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import { TRPCClientError, createTRPCClient, httpLink } from '@trpc/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppRouter } from '../src/index.js';
import { accounts, bearerAuth, listen, servingAdapters, silent, startSeededFake, stripeFor, type Listening } from './support.js';

// Every adapter this package ships, each over real HTTP, held to the same rules.
const ALLOWED = 'https://shop.example';

let fake: StripeFake;
beforeAll(async () => {
  fake = await startSeededFake();
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

describe.each(Object.entries(servingAdapters))('%s', (_name, serve) => {
  let served: Listening;
  let procedureUrl: string;

  beforeAll(async () => {
    served = await listen(
      serve({
        stripe: stripeFor(fake),
        authenticate: bearerAuth({ alice: { userId: 'alice', accountIds: [accounts.express] } }),
        allowedOrigins: [ALLOWED],
        maxBodyBytes: 512,
        rateLimit: false,
        logger: silent,
      }),
    );
    procedureUrl = `${served.url}/trpc/expressDashboard.createLoginLink`;
  });
  afterAll(() => served.close());

  const post = (headers: Record<string, string>, body = '{}') =>
    fetch(procedureUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('serves the link to @trpc/client, never cacheable', async () => {
    const client = createTRPCClient<AppRouter>({
      links: [httpLink({ url: `${served.url}/trpc`, headers: { authorization: 'Bearer alice' } })],
    });
    const { url, kind } = await client.expressDashboard.createLoginLink.mutate({ accountId: accounts.express });
    expect(kind).toBe('express_dashboard');
    expect(url).toContain(`/express/${accounts.express}/`);
    const raw = await post({ authorization: 'Bearer alice' });
    expect(raw.status).toBe(200);
    expect(raw.headers.get('cache-control')).toBe('no-store');
    expect(raw.headers.get('vary')).toContain('Origin');
  });

  it('answers errors in the contract’s shape', async () => {
    const error = await createTRPCClient<AppRouter>({ links: [httpLink({ url: `${served.url}/trpc` })] })
      .expressDashboard.createLoginLink.mutate()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<AppRouter>).data).toMatchObject({ httpStatus: 401, reason: 'UNAUTHENTICATED' });
    const unauthenticated = await post({});
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get('cache-control')).toBe('no-store');
    expect(unauthenticated.headers.get('vary')).toContain('Origin');
    const malformed = await post({ authorization: 'Bearer alice' }, '{"accountId": 7}');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: { data: { reason: 'INVALID_INPUT' } } });
  });

  it('allows the listed origin with credentials, and answers its preflight', async () => {
    const allowed = await post({ authorization: 'Bearer alice', origin: ALLOWED });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    const preflight = await fetch(procedureUrl, {
      method: 'OPTIONS',
      headers: { origin: ALLOWED, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(preflight.headers.get('access-control-max-age')).toBe('600');
  });

  it('refuses any other origin with 403 ORIGIN_NOT_ALLOWED, never a 500', async () => {
    const refused = await post({ authorization: 'Bearer alice', origin: 'https://evil.example' });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(await refused.json()).toEqual({
      error: {
        message: SERVER_REASONS.ORIGIN_NOT_ALLOWED.message,
        code: -32003,
        data: { code: 'FORBIDDEN', httpStatus: 403, reason: 'ORIGIN_NOT_ALLOWED', retryable: false },
      },
    });
    const preflight = await fetch(procedureUrl, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses a body over the limit with 413 REQUEST_TOO_LARGE, declared or streamed', async () => {
    const declared = await post({ authorization: 'Bearer alice' }, JSON.stringify({ pad: 'x'.repeat(2048) }));
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ error: { data: { reason: 'REQUEST_TOO_LARGE' } } });

    const streamed = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        procedureUrl,
        { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer alice' } },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.write(`{"pad":"${'x'.repeat(400)}`);
      req.end(`${'x'.repeat(400)}"}`);
    });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body)).toMatchObject({ error: { data: { reason: 'REQUEST_TOO_LARGE' } } });
    expect(fake.requests).toHaveLength(0);
  });

  it('decides the Origin before the body size: CORS headers on an allowed origin’s 413, 403 for any other', async () => {
    const tooLarge = JSON.stringify({ pad: 'x'.repeat(2048) });
    const allowed = await post({ authorization: 'Bearer alice', origin: ALLOWED }, tooLarge);
    expect(allowed.status).toBe(413);
    // Without these the browser sees a CORS failure, not the reason.
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(allowed.headers.get('vary')).toContain('Origin');
    expect(allowed.headers.get('cache-control')).toBe('no-store');
    const refused = await post({ authorization: 'Bearer alice', origin: 'https://evil.example' }, tooLarge);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { data: { reason: 'ORIGIN_NOT_ALLOWED' } } });
  });
});

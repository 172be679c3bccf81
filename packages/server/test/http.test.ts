import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SERVER_REASONS } from '@open-express-dashboard/contract';
import type { StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import { TRPCClientError, createTRPCClient, httpLink } from '@trpc/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createExpressDashboardNodeHandler, type AppRouter } from '../src/index.js';
import { accounts, bearerAuth, startSeededFake, stripeFor } from './support.js';

// The whole path over real HTTP: @trpc/client → Node handler → stripe SDK → Stripe fake.
let fake: StripeFake;
let server: Server;
let endpoint: string;

beforeAll(async () => {
  fake = await startSeededFake();
  const handler = createExpressDashboardNodeHandler({
    stripe: stripeFor(fake),
    authenticate: bearerAuth({
      alice: { userId: 'alice', accountIds: [accounts.express] },
      olga: { userId: 'olga', accountIds: [accounts.onboarding] },
    }),
  });
  server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/trpc`;
});
afterEach(() => fake.reset());
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await fake.close();
});

function clientAs(token?: string) {
  return createTRPCClient<AppRouter>({
    links: [httpLink({ url: endpoint, headers: token ? { authorization: `Bearer ${token}` } : {} })],
  });
}

async function clientError(promise: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCClientError)) throw new Error(`expected a TRPCClientError, got ${String(error)}`);
  return error as TRPCClientError<AppRouter>;
}

/** The raw response, to check what a browser would see beyond what the client exposes. */
function rawCall(token: string | undefined, body = '{}') {
  return fetch(`${endpoint}/expressDashboard.createLoginLink`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
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

  it('marks link responses as never cacheable', async () => {
    const response = await rawCall('alice');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses an unauthenticated caller with 401 and reason UNAUTHENTICATED', async () => {
    const error = await clientError(clientAs().expressDashboard.createLoginLink.mutate());
    expect(error.data).toMatchObject({ code: 'UNAUTHORIZED', httpStatus: 401, reason: 'UNAUTHENTICATED', retryable: false });
    expect(error.message).toBe(SERVER_REASONS.UNAUTHENTICATED.message);
    expect((await clientError(clientAs('mallory').expressDashboard.createLoginLink.mutate())).data?.reason).toBe(
      'UNAUTHENTICATED',
    );
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

  it('answers malformed input with 400 INVALID_INPUT, never a 500', async () => {
    for (const body of ['{"accountId": 42}', 'not json', '{"accountId": "acct_<script>"}']) {
      const response = await rawCall('alice', body);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { data: { reason: 'INVALID_INPUT' } } });
    }
  });
});

import { startStripeFake, type StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import { TRPCClientError, createTRPCClient, httpLink } from '@trpc/client';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { AppRouter, Seller } from '../src/app.js';
import { createPlatformServer } from '../src/server.js';

const sessions: Record<string, Seller> = {
  'token-ada': { id: 'ada', name: 'Ada', stripeAccountId: 'acct_1AdaExpress00001' },
  'token-bo': { id: 'bo', name: 'Bo', stripeAccountId: 'acct_1BoOnboarding0001' },
};
let fake: StripeFake;
let server: Server;
let endpoint: string;

beforeAll(async () => {
  fake = await startStripeFake({
    accounts: [
      { id: 'acct_1AdaExpress00001', state: 'express' },
      { id: 'acct_1BoOnboarding0001', state: 'onboarding_incomplete' },
    ],
  });
  const stripe = new Stripe(fake.secretKey, { ...fake.stripeConfig, maxNetworkRetries: 0 });
  server = createPlatformServer({ stripe, findSession: (token) => sessions[token] });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/trpc`;
});
afterEach(() => fake.reset());
afterAll(async () => {
  server.close();
  await fake.close();
});

function clientFor(sessionToken?: string) {
  const headers = sessionToken ? { cookie: `session=${sessionToken}` } : {};
  return createTRPCClient<AppRouter>({ links: [httpLink({ url: endpoint, headers })] });
}

async function failure(promise: Promise<unknown>) {
  const error = await promise.catch((caught: unknown) => caught);
  if (!(error instanceof TRPCClientError)) throw new Error(`expected a TRPCClientError, got ${String(error)}`);
  return error as TRPCClientError<AppRouter>;
}

it('serves its own procedures and the dashboard link side by side', async () => {
  const ada = clientFor('token-ada');
  await expect(ada.me.query()).resolves.toEqual({ name: 'Ada' });
  const { url, kind } = await ada.expressDashboard.createLoginLink.mutate();
  expect(kind).toBe('express_dashboard');
  expect(url.startsWith(`${fake.url}/express/acct_1AdaExpress00001/`)).toBe(true);
  expect(fake.requests.map(({ method, path }) => `${method} ${path}`)).toEqual(['POST /v1/accounts/acct_1AdaExpress00001/login_links']);
});

it('keeps the dashboard router’s reasons inside the merged app', async () => {
  const onboarding = await failure(clientFor('token-bo').expressDashboard.createLoginLink.mutate());
  expect(onboarding.data).toMatchObject({ reason: 'ONBOARDING_INCOMPLETE', retryable: false, httpStatus: 412 });
  const anonymous = await failure(clientFor().expressDashboard.createLoginLink.mutate());
  expect(anonymous.data).toMatchObject({ reason: 'UNAUTHENTICATED', httpStatus: 401 });
});

it('reports a Stripe outage as retryable', async () => {
  fake.injectFault({ kind: 'server_error', status: 503 });
  const error = await failure(clientFor('token-ada').expressDashboard.createLoginLink.mutate());
  expect(error.data).toMatchObject({ reason: 'STRIPE_UNAVAILABLE', retryable: true });
});

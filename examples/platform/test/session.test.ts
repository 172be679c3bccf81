import { startStripeFake, type StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import { createTRPCClient, httpLink } from '@trpc/client';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { AppRouter, Seller } from '../src/app.js';
import { createPlatformServer } from '../src/server.js';

// A session lookup can be a database query: each call makes one, whichever procedure it is.
const ada: Seller = { id: 'ada', name: 'Ada', stripeAccountId: 'acct_1AdaSession000001' };
const findSession = vi.fn((token: string) => (token === 'token-ada' ? ada : undefined));
let fake: StripeFake;
let server: Server;

beforeAll(async () => {
  fake = await startStripeFake({ accounts: [{ id: ada.stripeAccountId, state: 'express' }] });
  const stripe = new Stripe(fake.secretKey, { ...fake.stripeConfig, maxNetworkRetries: 0 });
  server = createPlatformServer({ stripe, findSession });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  server.close();
  await fake.close();
});

it('looks the session up once per call', async () => {
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/trpc`;
  const client = createTRPCClient<AppRouter>({ links: [httpLink({ url, headers: { cookie: 'session=token-ada' } })] });
  await expect(client.me.query()).resolves.toEqual({ name: 'Ada' });
  expect(findSession).toHaveBeenCalledTimes(1);
  await expect(client.expressDashboard.createLoginLink.mutate()).resolves.toMatchObject({ kind: 'express_dashboard' });
  expect(findSession).toHaveBeenCalledTimes(2);
});

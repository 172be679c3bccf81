import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HOSTILE_TARGETS, rawExchange } from '@open-express-dashboard/test-env/adversarial';
import { startStripeFake, type StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import Stripe from 'stripe';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPlatformServer } from '../src/server.js';

// The platform's own HTTP server against what a hostile client sends: request targets that URL
// parsers throw on (they once ended the process) and batches its clients never send.
let fake: StripeFake;
let server: Server;
let base: string;

beforeAll(async () => {
  fake = await startStripeFake();
  const stripe = new Stripe(fake.secretKey, { ...fake.stripeConfig, maxNetworkRetries: 0 });
  server = createPlatformServer({
    stripe,
    findSession: (token) => (token === 'token-ada' ? { id: 'ada', name: 'Ada', stripeAccountId: 'acct_1AdaExpress00001' } : undefined),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  await fake.close();
});

it('answers request targets that URL parsers throw on, and stays up', async () => {
  for (const target of HOSTILE_TARGETS) {
    const answer = await rawExchange(base, `GET ${target} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`);
    expect(answer.status, target).toBeGreaterThanOrEqual(400);
    expect(answer.status, target).toBeLessThan(500);
  }
  expect(server.listening).toBe(true);
});

it('refuses batches of its procedures', async () => {
  const response = await fetch(`${base}/trpc/me,me,me?batch=1`, { headers: { cookie: 'session=token-ada' } });
  expect(response.status).toBe(400);
});

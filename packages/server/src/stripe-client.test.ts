import { readFile } from 'node:fs/promises';
import type { StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, startSeededFake } from '../test/support.js';
import { STRIPE_API_VERSION, createStripeClient, stripeEndpoint } from './stripe-client.js';

let fake: StripeFake;
beforeAll(async () => {
  fake = await startSeededFake();
});
afterAll(() => fake.close());

describe('stripeEndpoint', () => {
  it.each([
    ['http://127.0.0.1:12111', { host: '127.0.0.1', port: 12111, protocol: 'http' }],
    ['https://api.stripe.com', { host: 'api.stripe.com', port: 443, protocol: 'https' }],
    ['http://[::1]:8080/', { host: '::1', port: 8080, protocol: 'http' }],
  ])('reads %s', (url, expected) => {
    expect(stripeEndpoint(url)).toEqual(expected);
  });

  it.each(['ftp://example.com', 'http://example.com/v1', 'not a url'])('refuses %s', (url) => {
    expect(() => stripeEndpoint(url)).toThrow();
  });
});

describe('createStripeClient', () => {
  it('pins the API version and names this project to Stripe', async () => {
    const stripe = createStripeClient({ secretKey: fake.secretKey, apiUrl: fake.url, telemetry: false });
    await stripe.accounts.createLoginLink(accounts.express);
    const headers = fake.requests.at(-1)?.headers ?? {};
    expect(headers['stripe-version']).toBe(STRIPE_API_VERSION);
    // The version told to Stripe comes from src/version.ts, written from package.json (scripts/version-files.mjs).
    const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(headers['user-agent']).toContain(`open-express-dashboard/${version}`);
  });

  it('speaks to Stripe through fetch when asked (for runtimes without node:http)', async () => {
    fake.reset();
    const stripe = createStripeClient({
      secretKey: fake.secretKey,
      apiUrl: fake.url,
      telemetry: false,
      httpClient: Stripe.createFetchHttpClient(),
    });
    await expect(stripe.accounts.createLoginLink(accounts.express)).resolves.toMatchObject({ object: 'login_link' });
    expect(fake.requests.at(-1)?.headers['stripe-version']).toBe(STRIPE_API_VERSION);
  });

  it('retries a failed request once by default, then gives up', async () => {
    fake.reset();
    fake.injectFault({ kind: 'server_error' }, { times: 2 });
    const stripe = createStripeClient({ secretKey: fake.secretKey, apiUrl: fake.url, telemetry: false });
    await expect(stripe.accounts.createLoginLink(accounts.express)).rejects.toMatchObject({ statusCode: 500 });
    expect(fake.requests).toHaveLength(2);
  });
});

import Stripe from 'stripe';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startStripeFake, type StripeFake } from './index.js';

// Each fault as the real SDK meets it, and how faults are matched, counted and cleared.
const ACCOUNT = 'acct_1FaultsExpress001';
const LOGIN_LINKS = `/v1/accounts/${ACCOUNT}/login_links`;
let fake: StripeFake;

beforeAll(async () => {
  fake = await startStripeFake({ accounts: [{ id: ACCOUNT, state: 'express' }] });
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

function client(options: Partial<Stripe.StripeConfig> = {}): Stripe {
  return new Stripe(fake.secretKey, { ...fake.stripeConfig, maxNetworkRetries: 0, timeout: 5_000, telemetry: false, ...options });
}

function raw(method: 'GET' | 'POST', path: string) {
  return fetch(`${fake.url}${path}`, { method, headers: { authorization: `Bearer ${fake.secretKey}` } });
}

describe('faults', () => {
  it('server_error: a Stripe-shaped api_error with the given status (500 by default)', async () => {
    fake.injectFault({ kind: 'server_error' });
    const response = await raw('POST', LOGIN_LINKS);
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ error: { type: 'api_error' } });
  });

  it('rate_limit: 429 with Retry-After (1 s by default)', async () => {
    fake.injectFault({ kind: 'rate_limit' });
    const response = await raw('POST', LOGIN_LINKS);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toMatchObject({ error: { type: 'invalid_request_error', code: 'rate_limit' } });
  });

  it('reset: the connection is cut with no answer', async () => {
    fake.injectFault({ kind: 'reset' });
    await expect(raw('POST', LOGIN_LINKS)).rejects.toThrow(TypeError);
    expect(fake.requests).toHaveLength(1);
  });

  it('delay: answers normally, but not before the delay (a client that waits less gives up)', async () => {
    fake.injectFault({ kind: 'delay', ms: 60_000 });
    await expect(client({ timeout: 300 }).accounts.createLoginLink(ACCOUNT)).rejects.toBeInstanceOf(Stripe.errors.StripeConnectionError);
    fake.injectFault({ kind: 'delay', ms: 50 });
    await expect(client().accounts.createLoginLink(ACCOUNT)).resolves.toMatchObject({ object: 'login_link' });
  });

  it('matches by method and path (string or pattern), oldest fault first', async () => {
    fake.injectFault({ kind: 'server_error', status: 502 }, { method: 'GET' });
    fake.injectFault({ kind: 'server_error', status: 503 }, { path: /login_links$/ });
    fake.injectFault({ kind: 'server_error', status: 504 }, { path: '/v1/account_links' });
    expect((await raw('POST', '/v1/account_links')).status).toBe(504);
    expect((await raw('POST', LOGIN_LINKS)).status).toBe(503);
    expect((await raw('POST', LOGIN_LINKS)).status).toBe(200);
    expect((await raw('GET', `/v1/accounts/${ACCOUNT}`)).status).toBe(502);
    expect((await raw('GET', `/v1/accounts/${ACCOUNT}`)).status).toBe(200);
  });

  it('counts `times`, lasts for ever with Infinity, and is cleared by reset()', async () => {
    fake.injectFault({ kind: 'server_error' }, { times: 2 });
    expect([(await raw('POST', LOGIN_LINKS)).status, (await raw('POST', LOGIN_LINKS)).status, (await raw('POST', LOGIN_LINKS)).status]).toEqual([
      500, 500, 200,
    ]);
    fake.injectFault({ kind: 'rate_limit' }, { times: Infinity });
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await raw('POST', LOGIN_LINKS)).status).toBe(429);
    fake.reset();
    expect((await raw('POST', LOGIN_LINKS)).status).toBe(200);
    expect(fake.requests).toHaveLength(1);
    expect(() => fake.injectFault({ kind: 'reset' }, { times: 0 })).toThrow(RangeError);
  });

  it('records a faulted request like any other', async () => {
    fake.injectFault({ kind: 'hang' });
    const controller = new AbortController();
    const pending = fetch(`${fake.url}${LOGIN_LINKS}`, { method: 'POST', signal: controller.signal });
    while (fake.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake.requests[0]).toMatchObject({ method: 'POST', path: LOGIN_LINKS });
    controller.abort();
    await expect(pending).rejects.toThrow();
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startStripeFake, type StripeFake } from './index.js';

// How faults are matched, counted and cleared. How each fault meets the real SDK, and how close()
// ends faulted requests, is in stripe-fake.test.ts.
const ACCOUNT = 'acct_1FaultsExpress001';
const LOGIN_LINKS = `/v1/accounts/${ACCOUNT}/login_links`;
let fake: StripeFake;

beforeAll(async () => {
  fake = await startStripeFake({ accounts: [{ id: ACCOUNT, state: 'express' }] });
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

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
    expect([
      (await raw('POST', LOGIN_LINKS)).status,
      (await raw('POST', LOGIN_LINKS)).status,
      (await raw('POST', LOGIN_LINKS)).status,
    ]).toEqual([500, 500, 200]);
    fake.injectFault({ kind: 'rate_limit' }, { times: Infinity });
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await raw('POST', LOGIN_LINKS)).status).toBe(429);
    fake.reset();
    expect((await raw('POST', LOGIN_LINKS)).status).toBe(200);
    expect(fake.requests).toHaveLength(1);
    expect(() => fake.injectFault({ kind: 'reset' }, { times: 0 })).toThrow(RangeError);
  });
});

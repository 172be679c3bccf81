import Stripe from 'stripe';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startStripeFake, type StripeFake } from './index.js';

let fake: StripeFake;
const ids = {
  express: 'acct_1ExpressReady0001',
  onboarding: 'acct_1ExpressOnboard01',
  full: 'acct_1FullDashboard001',
  none: 'acct_1NoDashboard00001',
  gone: 'acct_1Disconnected0001',
};

function client(options: Partial<Stripe.StripeConfig> = {}, key = fake.secretKey): Stripe {
  return new Stripe(key, { ...fake.stripeConfig, maxNetworkRetries: 0, timeout: 2_000, telemetry: false, ...options });
}

/** A fake of the test's own, to give it other options or close it, and its clock's reads so far. */
async function ownFake(options: { loginLinkTtlSeconds?: number; now?: () => number } = {}) {
  let reads = 0;
  const now = options.now ?? Date.now;
  const own = await startStripeFake({
    accounts: [{ id: ids.express, state: 'express' }],
    ...options,
    // Issuing a link reads the clock, so an unchanged count means that no link was issued.
    now: () => {
      reads += 1;
      return now();
    },
  });
  return { own, clockReads: () => reads };
}

/** Asks `target` for a login link with a bare fetch, which reports a cut connection as it is. */
function createLink(target: StripeFake, signal?: AbortSignal): Promise<unknown> {
  const url = `${target.url}/v1/accounts/${ids.express}/login_links`;
  return fetch(url, { method: 'POST', headers: { authorization: `Bearer ${target.secretKey}` }, signal }).catch((error: unknown) => error);
}

/** A raw form POST, for what the SDK would never send. */
function post(path: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${fake.url}${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${fake.secretKey}`,
      'content-type': 'application/x-www-form-urlencoded',
      ...headers,
    },
    body,
  });
}

async function rejection(promise: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof Stripe.errors.StripeError)) throw new Error(`expected a StripeError, got ${String(error)}`);
  return error;
}

beforeAll(async () => {
  fake = await startStripeFake({
    accounts: [
      { id: ids.express, state: 'express' },
      { id: ids.onboarding, state: 'onboarding_incomplete' },
      { id: ids.full, state: 'full_dashboard' },
      { id: ids.none, state: 'no_dashboard' },
      { id: ids.gone, state: 'disconnected' },
    ],
  });
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

describe('login links', () => {
  it('creates a single-use link to a dashboard page that names the account', async () => {
    const link = await client().accounts.createLoginLink(ids.express);
    expect(link).toMatchObject({ object: 'login_link' });
    expect(link.created).toEqual(expect.any(Number));
    expect(Object.keys(link).sort()).toEqual(['created', 'object', 'url']);
    expect(link.url.startsWith(`${fake.url}/express/${ids.express}/`)).toBe(true);

    const first = await fetch(link.url);
    expect(first.status).toBe(200);
    expect(await first.text()).toContain(`data-account="${ids.express}"`);
    expect((await fetch(link.url)).status).toBe(410);
  });

  it('refuses a link past its loginLinkTtlSeconds, by the fake’s clock', async () => {
    let clock = Date.UTC(2030, 0, 1);
    const { own } = await ownFake({ loginLinkTtlSeconds: 60, now: () => clock });
    try {
      const sdk = new Stripe(own.secretKey, { ...own.stripeConfig, maxNetworkRetries: 0, telemetry: false });
      const [early, late] = [await sdk.accounts.createLoginLink(ids.express), await sdk.accounts.createLoginLink(ids.express)];
      expect(early.created).toBe(clock / 1000);
      clock += 59_999;
      expect((await fetch(early.url)).status).toBe(200);
      clock += 1;
      const expired = await fetch(late.url);
      expect(expired.status).toBe(410);
      expect(await expired.text()).toContain('This link has expired');
    } finally {
      await own.close();
    }
  });

  it('records what the SDK sent', async () => {
    await client({ apiVersion: '2026-10-28.endive' }).accounts.createLoginLink(ids.express);
    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request).toMatchObject({ method: 'POST', path: `/v1/accounts/${ids.express}/login_links`, params: {} });
    expect(request?.headers).toMatchObject({
      authorization: `Bearer ${fake.secretKey}`,
      'stripe-version': '2026-10-28.endive',
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(request?.headers).toHaveProperty('idempotency-key', expect.stringMatching(/\S/));
  });

  it('refuses an account that has not finished onboarding', async () => {
    const error = await rejection(client().accounts.createLoginLink(ids.onboarding));
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error.statusCode).toBe(400);
    expect(error.message).toMatch(/not completed onboarding/);
  });

  it.each([ids.full, ids.none])('refuses %s, which has no Express Dashboard', async (id) => {
    const error = await rejection(client().accounts.createLoginLink(id));
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error.message).toContain('does not have access to the Express Dashboard');
  });

  it('serves a stand-in for the full Stripe Dashboard, where such sellers sign in themselves (no link)', async () => {
    expect(fake.fullDashboardUrl).toBe(`${fake.url}/dashboard`);
    for (let visit = 0; visit < 2; visit += 1) {
      const page = await fetch(fake.fullDashboardUrl);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await page.text()).toContain('<h1>Stripe Dashboard</h1>');
    }
    expect((await fetch(`${fake.url}/dashboard/elsewhere`)).status).toBe(404);
    expect(fake.requests).toEqual([]);
  });

  it.each([ids.gone, 'acct_1NeverExisted0001'])('answers %s like Stripe answers an account it cannot reach', async (id) => {
    const error = await rejection(client().accounts.createLoginLink(id));
    expect(error).toBeInstanceOf(Stripe.errors.StripePermissionError);
    expect(error).toMatchObject({ statusCode: 403, code: 'account_invalid' });
    expect(error).toHaveProperty('requestId', expect.stringMatching(/^req_/));
    expect(error.message).not.toContain(fake.secretKey);
    expect(error.message).toContain(fake.secretKey.slice(-4));
  });
});

describe('what Stripe refuses', () => {
  it('refuses a wrong, missing or publishable key', async () => {
    const wrong = await rejection(client({}, 'sk_test_not_the_right_key').accounts.createLoginLink(ids.express));
    expect(wrong).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    expect(wrong.message).toBe('Invalid API Key provided: sk_test_*************_key');

    const missing = await post(`/v1/accounts/${ids.express}/login_links`, '', { authorization: '' });
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ error: { type: 'invalid_request_error', message: /did not provide an API key/ } });

    const publishable = await rejection(client({}, 'pk_test_123').accounts.retrieve(ids.express));
    expect(publishable.message).toMatch(/publishable API key/);
  });

  it('refuses unknown parameters, naming them', async () => {
    const response = await post(`/v1/accounts/${ids.express}/login_links`, 'redirect_url=https%3A%2F%2Fexample.com');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        type: 'invalid_request_error',
        code: 'parameter_unknown',
        param: 'redirect_url',
        message: 'Received unknown parameter: redirect_url',
        doc_url: 'https://stripe.com/docs/error-codes/parameter-unknown',
      },
    });
  });

  it('refuses a JSON body', async () => {
    const response = await post(`/v1/accounts/${ids.express}/login_links`, '{}', { 'content-type': 'application/json' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { message: /unsupported Content-Type application\/json/ } });
  });

  it('refuses a malformed API version and an unknown path', async () => {
    const version = await post(`/v1/accounts/${ids.express}/login_links`, '', { 'stripe-version': 'yesterday' });
    expect(version.status).toBe(400);
    expect((await post('/v1/nothing_here', '')).status).toBe(404);
  });

  it('replays a repeated idempotency key and refuses it with other parameters', async () => {
    const headers = { 'idempotency-key': 'same-key-1' };
    const first = await post(`/v1/accounts/${ids.express}/login_links`, '', headers);
    const again = await post(`/v1/accounts/${ids.express}/login_links`, '', headers);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    const other = await post(`/v1/accounts/${ids.full}/login_links`, '', headers);
    expect(await other.json()).toMatchObject({ error: { type: 'idempotency_error' } });
  });
});

describe('accounts and account links', () => {
  it('returns an account with its controller and onboarding state', async () => {
    const account = await client().accounts.retrieve(ids.onboarding);
    expect(account).toMatchObject({
      id: ids.onboarding,
      object: 'account',
      details_submitted: false,
      controller: { stripe_dashboard: { type: 'express' } },
    });
    expect((await client().accounts.retrieve(ids.full)).controller).toEqual({ type: 'account' });
  });

  it('creates an onboarding link that returns to the platform', async () => {
    const link = await client().accountLinks.create({
      account: ids.onboarding,
      type: 'account_onboarding',
      refresh_url: 'https://platform.example/refresh',
      return_url: 'https://platform.example/return',
    });
    expect(link.expires_at).toBeGreaterThan(link.created);
    const page = await fetch(link.url);
    expect(await page.text()).toContain('href="https://platform.example/return"');
  });

  it('asks for a missing onboarding URL', async () => {
    const error = await rejection(client().accountLinks.create({ account: ids.onboarding, type: 'account_onboarding' }));
    expect(error).toMatchObject({ statusCode: 400, code: 'parameter_missing', param: 'refresh_url' });
  });
});

describe('faults', () => {
  it('plays a server error, which the SDK retries', async () => {
    fake.injectFault({ kind: 'server_error', status: 503 });
    const error = await rejection(client().accounts.createLoginLink(ids.express));
    expect(error).toBeInstanceOf(Stripe.errors.StripeAPIError);
    expect(error.statusCode).toBe(503);

    fake.injectFault({ kind: 'server_error' });
    await expect(client({ maxNetworkRetries: 1 }).accounts.createLoginLink(ids.express)).resolves.toMatchObject({
      object: 'login_link',
    });
    expect(fake.requests.slice(-2).map((r) => r.headers['idempotency-key'])).toEqual([
      fake.requests.at(-1)?.headers['idempotency-key'],
      fake.requests.at(-1)?.headers['idempotency-key'],
    ]);
  });

  it('plays a rate limit with Retry-After (1 s unless given), which the SDK does not retry', async () => {
    fake.injectFault({ kind: 'rate_limit', retryAfterSeconds: 7 }, { path: `/v1/accounts/${ids.express}/login_links` });
    const error = await rejection(client({ maxNetworkRetries: 2 }).accounts.createLoginLink(ids.express));
    expect(error).toBeInstanceOf(Stripe.errors.StripeRateLimitError);
    expect(error).toMatchObject({ statusCode: 429, code: 'rate_limit' });
    expect(error.headers?.['retry-after']).toBe('7');
    expect(fake.requests).toHaveLength(1);

    fake.injectFault({ kind: 'rate_limit' });
    expect((await rejection(client().accounts.createLoginLink(ids.express))).headers?.['retry-after']).toBe('1');
  });

  it('cuts the connection', async () => {
    // The SDK retries a cut connection once even with retries off, so cut twice.
    fake.injectFault({ kind: 'reset' }, { times: 2 });
    const error = await rejection(client().accounts.createLoginLink(ids.express));
    expect(error).toBeInstanceOf(Stripe.errors.StripeConnectionError);
    expect(fake.requests).toHaveLength(2);
  });

  it('hangs, or delays past its timeout, until the SDK gives up', async () => {
    fake.injectFault({ kind: 'hang' });
    const hung = await rejection(client({ timeout: 200 }).accounts.createLoginLink(ids.express));
    expect(hung).toBeInstanceOf(Stripe.errors.StripeConnectionError);

    fake.injectFault({ kind: 'delay', ms: 5_000 });
    const delayed = await rejection(client({ timeout: 200 }).accounts.createLoginLink(ids.express));
    expect(delayed).toBeInstanceOf(Stripe.errors.StripeConnectionError);
  });

  it('answers normally after a delay, and delays only the matching method', async () => {
    fake.injectFault({ kind: 'delay', ms: 50 });
    await expect(client().accounts.createLoginLink(ids.express)).resolves.toMatchObject({ object: 'login_link' });

    fake.injectFault({ kind: 'delay', ms: 5_000 }, { method: 'POST' });
    await expect(client({ timeout: 1_000 }).accounts.retrieve(ids.express)).resolves.toMatchObject({ id: ids.express });
  });

  it('does not carry out a delayed request whose client has given up', async () => {
    const { own, clockReads } = await ownFake();
    try {
      own.injectFault({ kind: 'delay', ms: 200 });
      const controller = new AbortController();
      const pending = createLink(own, controller.signal);
      await vi.waitFor(() => expect(own.requests).toHaveLength(1));
      const before = clockReads();
      controller.abort();
      await pending;
      await new Promise((resolve) => setTimeout(resolve, 400)); // past the delay
      expect(clockReads()).toBe(before);
    } finally {
      await own.close();
    }
  });
});

describe('close()', () => {
  it('cuts a request held by a delay at once, and never carries it out', async () => {
    const { own, clockReads } = await ownFake();
    own.injectFault({ kind: 'delay', ms: 400 });
    const pending = createLink(own);
    await vi.waitFor(() => expect(own.requests).toHaveLength(1));
    const before = clockReads();
    const started = performance.now();
    await own.close();
    expect(performance.now() - started).toBeLessThan(300);
    expect(await pending).toBeInstanceOf(TypeError);
    await new Promise((resolve) => setTimeout(resolve, 600)); // past the delay
    expect(clockReads()).toBe(before);
  });

  it('ends a hanging request: close() resolves and the client sees the connection cut', async () => {
    const { own } = await ownFake();
    own.injectFault({ kind: 'hang' });
    const pending = createLink(own);
    await vi.waitFor(() => expect(own.requests).toHaveLength(1));
    await own.close();
    const error = await pending;
    if (!(error instanceof TypeError)) throw new Error(`expected fetch to fail, got ${String(error)}`);
    expect(error.cause).toMatchObject({ code: 'UND_ERR_SOCKET' });
  });
});

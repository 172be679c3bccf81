import { SERVER_REASONS, type CreateLoginLinkInput, type CreateLoginLinkOutput, type ServerReason } from '@open-express-dashboard/contract';
import type { StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { accounts, silent, startSeededFake, stripeFor } from '../test/support.js';
import type { Caller } from './caller.js';
import { ExpressDashboardError } from './errors.js';
import type { LoginLinkEvent } from './events.js';
import { createExpressDashboardRouter, type ExpressDashboardRouterOptions, type RouterInputs, type RouterOutputs } from './router.js';
import { createStripeClient } from './stripe-client.js';

let fake: StripeFake;
beforeAll(async () => {
  fake = await startSeededFake();
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

const request = { headers: new Headers() };
const onboarding = { refreshUrl: 'https://platform.example/stripe/refresh', returnUrl: 'https://platform.example/stripe/return' };

function routerFor(caller: Caller | null, options: Partial<ExpressDashboardRouterOptions> = {}) {
  return createExpressDashboardRouter({
    stripe: stripeFor(fake),
    authenticate: () => caller,
    rateLimit: false,
    logger: silent,
    ...options,
  });
}

function callerFor(caller: Caller | null, options: Partial<ExpressDashboardRouterOptions> = {}) {
  return routerFor(caller, options).createCaller({ request });
}

async function reasonOf(promise: Promise<unknown>): Promise<ServerReason> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ExpressDashboardError)) throw new Error(`expected an ExpressDashboardError, got ${String(error)}`);
  // The message is always the contract's: nothing of Stripe's wording, ids or keys.
  expect(error.message).toBe(SERVER_REASONS[error.reason].message);
  return error.reason;
}

const seller = (...accountIds: string[]): Caller => ({ userId: 'user_1', accountIds });
const stripeCalls = () => fake.requests.map((r) => `${r.method} ${r.path}`);

describe('expressDashboard.createLoginLink', () => {
  it("returns a login link for the caller's default account with exactly one Stripe request", async () => {
    const result = await callerFor(seller(accounts.express, accounts.secondExpress)).expressDashboard.createLoginLink();
    expect(result.kind).toBe('express_dashboard');
    expect(result.url).toMatch(new RegExp(`^${fake.url}/express/${accounts.express}/`));
    expect(stripeCalls()).toEqual([`POST /v1/accounts/${accounts.express}/login_links`]);
  });

  it('opens another of the caller’s own accounts when asked', async () => {
    const caller = callerFor(seller(accounts.express, accounts.secondExpress));
    const result = await caller.expressDashboard.createLoginLink({ accountId: accounts.secondExpress });
    expect(result.url).toContain(`/express/${accounts.secondExpress}/`);
  });

  it('never opens an account the caller does not own, and does not ask Stripe', async () => {
    const caller = callerFor(seller(accounts.express));
    expect(await reasonOf(caller.expressDashboard.createLoginLink({ accountId: accounts.secondExpress }))).toBe('ACCOUNT_NOT_OWNED');
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses callers who are not signed in, or whose authentication fails', async () => {
    expect(await reasonOf(callerFor(null).expressDashboard.createLoginLink())).toBe('UNAUTHENTICATED');
    const throwing = routerFor(null, {
      authenticate: () => {
        throw new Error('session store says no');
      },
    });
    expect(await reasonOf(throwing.createCaller({ request }).expressDashboard.createLoginLink())).toBe('UNAUTHENTICATED');
    expect(fake.requests).toHaveLength(0);
  });

  it('keeps the reason an authenticate function chose', async () => {
    const down = routerFor(null, {
      authenticate: () => {
        throw new ExpressDashboardError('INTERNAL', { cause: new Error('session store unreachable') });
      },
    });
    expect(await reasonOf(down.createCaller({ request }).expressDashboard.createLoginLink())).toBe('INTERNAL');
  });

  it('refuses a caller of the wrong shape instead of matching account ids by substring', async () => {
    // A string where an array belongs: `'acct_1TestExpress000001'.includes('acct_1TestExpress')` must never matter.
    const wrong = { userId: 'user_1', accountIds: accounts.express } as unknown as Caller;
    const call = callerFor(wrong).expressDashboard.createLoginLink({ accountId: 'acct_1TestExpress' });
    expect(await reasonOf(call)).toBe('MISCONFIGURED');
    expect(fake.requests).toHaveLength(0);
  });

  it('says so when the caller has no connected account', async () => {
    expect(await reasonOf(callerFor(seller()).expressDashboard.createLoginLink())).toBe('NO_CONNECTED_ACCOUNT');
  });

  it.each(['acct_', 'acct_1/../x', 'cus_123', 'acct_1 OR 1=1', 'x'.repeat(5000)])(
    'refuses the malformed account id %j as bad input',
    async (accountId) => {
      const call = callerFor(seller(accounts.express)).expressDashboard.createLoginLink({ accountId });
      await expect(call).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      expect(fake.requests).toHaveLength(0);
    },
  );

  it('treats a disconnected account as no connected account', async () => {
    expect(await reasonOf(callerFor(seller(accounts.disconnected)).expressDashboard.createLoginLink())).toBe('NO_CONNECTED_ACCOUNT');
  });

  it('reports Stripe outages as retryable, and a bad key as misconfiguration', async () => {
    fake.injectFault({ kind: 'server_error' });
    expect(await reasonOf(callerFor(seller(accounts.express)).expressDashboard.createLoginLink())).toBe('STRIPE_UNAVAILABLE');
    fake.injectFault({ kind: 'rate_limit' });
    expect(await reasonOf(callerFor(seller(accounts.express)).expressDashboard.createLoginLink())).toBe('STRIPE_UNAVAILABLE');
    fake.injectFault({ kind: 'hang' });
    const slow = callerFor(seller(accounts.express), { stripe: stripeFor(fake, { timeout: 200 }) });
    expect(await reasonOf(slow.expressDashboard.createLoginLink())).toBe('STRIPE_UNAVAILABLE');
    const wrongKey = stripeFor(fake, {}, 'sk_test_wrong');
    expect(await reasonOf(callerFor(seller(accounts.express), { stripe: wrongKey }).expressDashboard.createLoginLink())).toBe(
      'MISCONFIGURED',
    );
  });

  it('reports an outage during the follow-up look-up as an outage', async () => {
    fake.injectFault({ kind: 'server_error' }, { method: 'GET' });
    expect(await reasonOf(callerFor(seller(accounts.onboarding)).expressDashboard.createLoginLink())).toBe('STRIPE_UNAVAILABLE');
  });

  it('refuses to run in a context without a request, with a clear reason', async () => {
    const router = routerFor(seller(accounts.express));
    const call = router.createCaller({} as never).expressDashboard.createLoginLink();
    expect(await reasonOf(call)).toBe('MISCONFIGURED');
  });
});

describe('where the seller goes', () => {
  it.each([
    [accounts.onboarding, 'ONBOARDING_INCOMPLETE'],
    [accounts.full, 'NOT_EXPRESS_DASHBOARD'],
    [accounts.none, 'NOT_EXPRESS_DASHBOARD'],
  ] as const)('explains why Stripe refused %s (%s) from the account itself', async (account, reason) => {
    expect(await reasonOf(callerFor(seller(account)).expressDashboard.createLoginLink())).toBe(reason);
    expect(stripeCalls()).toEqual([`POST /v1/accounts/${account}/login_links`, `GET /v1/accounts/${account}`]);
  });

  it('sends a seller who has not finished onboarding to Stripe’s onboarding when the platform set it up', async () => {
    const result = await callerFor(seller(accounts.onboarding), { onboarding }).expressDashboard.createLoginLink();
    expect(result.kind).toBe('onboarding');
    expect(result.url).toMatch(new RegExp(`^${fake.url}/setup/s/${accounts.onboarding}/`));
    expect(stripeCalls()).toEqual([
      `POST /v1/accounts/${accounts.onboarding}/login_links`,
      `GET /v1/accounts/${accounts.onboarding}`,
      'POST /v1/account_links',
    ]);
    expect(fake.requests.at(-1)?.params).toEqual({
      account: accounts.onboarding,
      type: 'account_onboarding',
      refresh_url: onboarding.refreshUrl,
      return_url: onboarding.returnUrl,
    });
    // The onboarding page leads back to the platform's return URL.
    expect(await (await fetch(result.url)).text()).toContain(`href="${onboarding.returnUrl}"`);
  });

  it('reports an outage while creating the onboarding link as an outage', async () => {
    fake.injectFault({ kind: 'server_error' }, { path: '/v1/account_links' });
    const call = callerFor(seller(accounts.onboarding), { onboarding }).expressDashboard.createLoginLink();
    expect(await reasonOf(call)).toBe('STRIPE_UNAVAILABLE');
  });

  it('sends full-dashboard accounts to the platform’s URL for them, and only those', async () => {
    const fullDashboardUrl = 'https://dashboard.stripe.com/';
    const full = await callerFor(seller(accounts.full), { fullDashboardUrl }).expressDashboard.createLoginLink();
    expect(full).toEqual({ url: fullDashboardUrl, kind: 'full_dashboard' });
    const none = callerFor(seller(accounts.none), { fullDashboardUrl }).expressDashboard.createLoginLink();
    expect(await reasonOf(none)).toBe('NOT_EXPRESS_DASHBOARD');
  });

  it('refuses configured URLs that are not http(s) on the first request, as MISCONFIGURED, without asking Stripe', async () => {
    const missing = { refreshUrl: onboarding.refreshUrl } as unknown as typeof onboarding;
    for (const [options, problem] of [
      [{ fullDashboardUrl: 'javascript:alert(1)' }, /fullDashboardUrl must be an http\(s\) URL/],
      [{ onboarding: { refreshUrl: 'nope', returnUrl: onboarding.returnUrl } }, /onboarding.refreshUrl/],
      [{ onboarding: missing }, /onboarding.returnUrl is required/],
    ] as const) {
      const caller = callerFor(seller(accounts.express), options);
      const error = await caller.expressDashboard.createLoginLink().catch((caught: unknown) => caught);
      expect(error).toMatchObject({ reason: 'MISCONFIGURED' });
      expect(error).toHaveProperty('cause.message', expect.stringMatching(problem));
    }
    expect(fake.requests).toHaveLength(0);
  });

  it('makes the Stripe client on the first request when given a function, and says MISCONFIGURED when it cannot', async () => {
    let made = 0;
    const lazy = routerFor(seller(accounts.express), {
      stripe: () => {
        made += 1;
        return stripeFor(fake);
      },
    });
    expect(made).toBe(0);
    const caller = lazy.createCaller({ request });
    await expect(caller.expressDashboard.createLoginLink()).resolves.toMatchObject({ kind: 'express_dashboard' });
    await expect(caller.expressDashboard.createLoginLink()).resolves.toMatchObject({ kind: 'express_dashboard' });
    expect(made).toBe(1);

    const keyless = callerFor(seller(accounts.express), {
      stripe: () => createStripeClient({ secretKey: process.env['UNSET_STRIPE_KEY_FOR_THIS_TEST']! }),
    });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const error = await keyless.expressDashboard.createLoginLink().catch((caught: unknown) => caught);
      expect(error).toMatchObject({ reason: 'MISCONFIGURED' });
      expect(error).toHaveProperty('cause.message', expect.stringMatching(/secretKey/));
    }
  });
});

describe('the account cache', () => {
  it('skips Stripe entirely for an account known not to use the Express Dashboard', async () => {
    const caller = callerFor(seller(accounts.full));
    expect(await reasonOf(caller.expressDashboard.createLoginLink())).toBe('NOT_EXPRESS_DASHBOARD');
    expect(fake.requests).toHaveLength(2);
    fake.reset();
    expect(await reasonOf(caller.expressDashboard.createLoginLink())).toBe('NOT_EXPRESS_DASHBOARD');
    expect(fake.requests).toHaveLength(0);
  });

  it('still tries a login link first for a seller known to be onboarding, but skips the look-up', async () => {
    const caller = callerFor(seller(accounts.onboarding), { onboarding });
    await caller.expressDashboard.createLoginLink();
    fake.reset();
    const again = await caller.expressDashboard.createLoginLink();
    expect(again.kind).toBe('onboarding');
    expect(stripeCalls()).toEqual([`POST /v1/accounts/${accounts.onboarding}/login_links`, 'POST /v1/account_links']);
  });

  it('looks the account up every time when turned off', async () => {
    const caller = callerFor(seller(accounts.full), { accountCache: false });
    await reasonOf(caller.expressDashboard.createLoginLink());
    fake.reset();
    await reasonOf(caller.expressDashboard.createLoginLink());
    expect(fake.requests).toHaveLength(2);
  });
});

describe('the rate limit', () => {
  it('lets a caller create a few links a minute, then answers RATE_LIMITED with when to retry', async () => {
    const router = routerFor(seller(accounts.express), { rateLimit: { points: 3, durationSeconds: 60 } });
    const caller = router.createCaller({ request });
    for (let i = 0; i < 3; i += 1) await caller.expressDashboard.createLoginLink();
    const error = await caller.expressDashboard.createLoginLink().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExpressDashboardError);
    expect((error as ExpressDashboardError).reason).toBe('RATE_LIMITED');
    expect((error as ExpressDashboardError).retryAfterSeconds).toBeGreaterThan(0);
    expect((error as ExpressDashboardError).retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(fake.requests).toHaveLength(3);
  });

  it('counts each caller on their own, and refusals too', async () => {
    const users: Record<string, Caller> = {
      ann: { userId: 'ann', accountIds: [accounts.express] },
      bob: { userId: 'bob', accountIds: [accounts.express] },
    };
    const router = createExpressDashboardRouter({
      stripe: stripeFor(fake),
      authenticate: ({ headers }) => users[headers.get('x-user') ?? ''] ?? null,
      rateLimit: { points: 2 },
      logger: silent,
    });
    const as = (user: string) => router.createCaller({ request: { headers: new Headers({ 'x-user': user }) } });
    await reasonOf(as('ann').expressDashboard.createLoginLink({ accountId: accounts.secondExpress })); // not hers: still counts
    await as('ann').expressDashboard.createLoginLink();
    expect(await reasonOf(as('ann').expressDashboard.createLoginLink())).toBe('RATE_LIMITED');
    await expect(as('bob').expressDashboard.createLoginLink()).resolves.toMatchObject({ kind: 'express_dashboard' });
  });

  it('is on by default (5 a minute) and can be turned off', async () => {
    const limited = createExpressDashboardRouter({ stripe: stripeFor(fake), authenticate: () => seller(accounts.express), logger: silent });
    const reasons: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      reasons.push(
        await limited
          .createCaller({ request })
          .expressDashboard.createLoginLink()
          .then(
            ({ kind }) => kind,
            (error: ExpressDashboardError) => error.reason,
          ),
      );
    }
    expect(reasons).toEqual([...Array<string>(5).fill('express_dashboard'), 'RATE_LIMITED']);
    const unlimited = routerFor(seller(accounts.express)).createCaller({ request });
    for (let i = 0; i < 7; i += 1) await unlimited.expressDashboard.createLoginLink();
  });
});

describe('audit events', () => {
  it('reports who got which kind of link for which account, and how long it took, never the URL', async () => {
    const events: LoginLinkEvent[] = [];
    const started = Date.now();
    const caller = callerFor(seller(accounts.express, accounts.onboarding), { onEvent: (event) => void events.push(event), onboarding });
    const link = await caller.expressDashboard.createLoginLink();
    const onboardingLink = await caller.expressDashboard.createLoginLink({ accountId: accounts.onboarding });
    await reasonOf(caller.expressDashboard.createLoginLink({ accountId: accounts.full }));
    await reasonOf(callerFor(null, { onEvent: (event) => void events.push(event) }).expressDashboard.createLoginLink());

    expect(events.map(({ latencyMs: _latency, time: _time, ...event }) => event)).toEqual([
      {
        name: 'login_link',
        outcome: 'created',
        userId: 'user_1',
        accountId: accounts.express,
        kind: 'express_dashboard',
        reason: undefined,
        callerGone: false,
      },
      {
        name: 'login_link',
        outcome: 'created',
        userId: 'user_1',
        accountId: accounts.onboarding,
        kind: 'onboarding',
        reason: undefined,
        callerGone: false,
      },
      {
        name: 'login_link',
        outcome: 'failed',
        userId: 'user_1',
        accountId: undefined,
        kind: undefined,
        reason: 'ACCOUNT_NOT_OWNED',
        callerGone: false,
      },
      {
        name: 'login_link',
        outcome: 'failed',
        userId: undefined,
        accountId: undefined,
        kind: undefined,
        reason: 'UNAUTHENTICATED',
        callerGone: false,
      },
    ]);
    // Each event is timed within the test's own span (its clock, not a made-up value).
    const elapsed = Date.now() - started;
    for (const event of events) {
      expect(event.time.getTime()).toBeGreaterThanOrEqual(started);
      expect(event.time.getTime()).toBeLessThanOrEqual(started + elapsed);
      expect(event.latencyMs).toBeLessThanOrEqual(elapsed + 1);
    }
    const serialized = JSON.stringify(events);
    expect(serialized).not.toContain(link.url);
    expect(serialized).not.toContain(onboardingLink.url);
    expect(serialized).not.toContain(fake.url);
  });

  it('reports bad input too', async () => {
    const events: LoginLinkEvent[] = [];
    const caller = callerFor(seller(accounts.express), { onEvent: (event) => void events.push(event) });
    await expect(caller.expressDashboard.createLoginLink({ accountId: 'nope' })).rejects.toThrow();
    expect(events.map((event) => event.reason)).toEqual(['INVALID_INPUT']);
  });

  it('never lets a failing hook change the answer', async () => {
    const throwing = callerFor(seller(accounts.express), {
      onEvent: () => {
        throw new Error('audit store down');
      },
    });
    await expect(throwing.expressDashboard.createLoginLink()).resolves.toMatchObject({ kind: 'express_dashboard' });
    const rejecting = callerFor(seller(accounts.express), { onEvent: () => Promise.reject(new Error('audit store down')) });
    await expect(rejecting.expressDashboard.createLoginLink()).resolves.toMatchObject({ kind: 'express_dashboard' });
  });

  it('answers without waiting for a hook that never settles', async () => {
    const hanging = callerFor(seller(accounts.express), { onEvent: () => new Promise<void>(() => {}) });
    await expect(hanging.expressDashboard.createLoginLink()).resolves.toMatchObject({ kind: 'express_dashboard' });
  });
});

describe('the error contract', () => {
  it.each(Object.keys(SERVER_REASONS) as ServerReason[])('%s answers with the status the contract documents', (reason) => {
    const error = new ExpressDashboardError(reason);
    expect(error).toBeInstanceOf(TRPCError);
    expect(getHTTPStatusCodeFromError(error)).toBe(SERVER_REASONS[reason].httpStatus);
  });
});

describe('types', () => {
  it('give the mutation the contract’s input and output', () => {
    // The testing kit's msw handlers are typed against the contract; this keeps the server honest to it.
    expectTypeOf<RouterOutputs['expressDashboard']['createLoginLink']>().toEqualTypeOf<CreateLoginLinkOutput>();
    // zod spells the optional field `accountId?: string | undefined`: the same values, both ways.
    type Input = NonNullable<RouterInputs['expressDashboard']['createLoginLink']>;
    expectTypeOf<Input>().toExtend<CreateLoginLinkInput>();
    expectTypeOf<CreateLoginLinkInput>().toExtend<Input>();
    expectTypeOf<{ accountId: number }>().not.toExtend<Input>();
  });
});

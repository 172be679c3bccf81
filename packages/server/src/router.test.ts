import { SERVER_REASONS, type ServerReason } from '@open-express-dashboard/contract';
import type { StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accounts, startSeededFake, stripeFor } from '../test/support.js';
import type { Caller } from './caller.js';
import { ExpressDashboardError } from './errors.js';
import { createExpressDashboardRouter } from './router.js';
import { t } from './trpc.js';

let fake: StripeFake;
beforeAll(async () => {
  fake = await startSeededFake();
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

const headers = new Headers();

function callerFor(caller: Caller | null, stripe = stripeFor(fake)) {
  const router = createExpressDashboardRouter({ stripe, authenticate: () => caller });
  return t.createCallerFactory(router)({ request: { headers } });
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

describe('expressDashboard.createLoginLink', () => {
  it("returns a login link for the caller's default account with one Stripe request", async () => {
    const result = await callerFor(seller(accounts.express, accounts.secondExpress)).expressDashboard.createLoginLink();
    expect(result.kind).toBe('express_dashboard');
    expect(result.url).toMatch(new RegExp(`^${fake.url}/express/${accounts.express}/`));
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /v1/accounts/${accounts.express}/login_links`,
    ]);
  });

  it('opens another of the caller’s own accounts when asked', async () => {
    const caller = callerFor(seller(accounts.express, accounts.secondExpress));
    const result = await caller.expressDashboard.createLoginLink({ accountId: accounts.secondExpress });
    expect(result.url).toContain(`/express/${accounts.secondExpress}/`);
  });

  it('never opens an account the caller does not own, and does not ask Stripe', async () => {
    const caller = callerFor(seller(accounts.express));
    expect(await reasonOf(caller.expressDashboard.createLoginLink({ accountId: accounts.secondExpress }))).toBe(
      'ACCOUNT_NOT_OWNED',
    );
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses callers who are not signed in, or whose authentication fails', async () => {
    expect(await reasonOf(callerFor(null).expressDashboard.createLoginLink())).toBe('UNAUTHENTICATED');
    const throwing = createExpressDashboardRouter({
      stripe: stripeFor(fake),
      authenticate: () => {
        throw new Error('session store down');
      },
    });
    const call = t.createCallerFactory(throwing)({ request: { headers } }).expressDashboard.createLoginLink();
    expect(await reasonOf(call)).toBe('UNAUTHENTICATED');
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
    },
  );

  it.each([
    [accounts.onboarding, 'ONBOARDING_INCOMPLETE'],
    [accounts.full, 'NOT_EXPRESS_DASHBOARD'],
    [accounts.none, 'NOT_EXPRESS_DASHBOARD'],
  ] as const)('explains why Stripe refused %s (%s) from the account itself', async (account, reason) => {
    expect(await reasonOf(callerFor(seller(account)).expressDashboard.createLoginLink())).toBe(reason);
    expect(fake.requests.map((r) => r.method)).toEqual(['POST', 'GET']);
  });

  it('treats a disconnected account as no connected account', async () => {
    expect(await reasonOf(callerFor(seller(accounts.disconnected)).expressDashboard.createLoginLink())).toBe(
      'NO_CONNECTED_ACCOUNT',
    );
  });

  it('reports Stripe outages as retryable, and a bad key as misconfiguration', async () => {
    fake.injectFault({ kind: 'server_error' });
    expect(await reasonOf(callerFor(seller(accounts.express)).expressDashboard.createLoginLink())).toBe(
      'STRIPE_UNAVAILABLE',
    );
    fake.injectFault({ kind: 'rate_limit' });
    expect(await reasonOf(callerFor(seller(accounts.express)).expressDashboard.createLoginLink())).toBe(
      'STRIPE_UNAVAILABLE',
    );
    const wrongKey = stripeFor(fake, {}, 'sk_test_wrong');
    expect(await reasonOf(callerFor(seller(accounts.express), wrongKey).expressDashboard.createLoginLink())).toBe(
      'MISCONFIGURED',
    );
  });

  it('reports an outage during the follow-up look-up as an outage', async () => {
    fake.injectFault({ kind: 'server_error' }, { method: 'GET' });
    expect(await reasonOf(callerFor(seller(accounts.onboarding)).expressDashboard.createLoginLink())).toBe(
      'STRIPE_UNAVAILABLE',
    );
  });
});

describe('the error contract', () => {
  it.each(Object.keys(SERVER_REASONS) as ServerReason[])('%s answers with the status the contract documents', (reason) => {
    const error = new ExpressDashboardError(reason);
    expect(error).toBeInstanceOf(TRPCError);
    expect(getHTTPStatusCodeFromError(error)).toBe(SERVER_REASONS[reason].httpStatus);
  });
});

import { createExpressDashboardRouter } from '@open-express-dashboard/server';
import { startStripeFake, type StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import { initTRPC } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// How the dashboard router combines with a platform's own tRPC instance, beyond the plain
// `t.mergeRouters` of src/app.ts (tested in app.test.ts).
let fake: StripeFake;
let dashboard: ReturnType<typeof createExpressDashboardRouter>;
beforeAll(async () => {
  fake = await startStripeFake({ accounts: [{ id: 'acct_1MergeOnboard001', state: 'onboarding_incomplete' }] });
  const stripe = new Stripe(fake.secretKey, { ...fake.stripeConfig, maxNetworkRetries: 0 });
  dashboard = createExpressDashboardRouter({ stripe, authenticate: () => ({ userId: 'u1', accountIds: ['acct_1MergeOnboard001'] }) });
});
afterAll(() => fake.close());

type Context = { request: { headers: Headers } };
const withFormatter = initTRPC.context<Context>().create({
  errorFormatter: ({ shape }) => ({ ...shape, data: { ...shape.data, platformField: true } }),
});

function post(router: Parameters<typeof fetchRequestHandler>[0]['router']) {
  return fetchRequestHandler({
    endpoint: '/trpc',
    router,
    req: new Request('http://platform.test/trpc/expressDashboard.createLoginLink', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    }),
    createContext: () => ({ request: { headers: new Headers() } }),
  });
}

describe('a platform tRPC instance with its own errorFormatter', () => {
  it('merges with t.mergeRouters, and the dashboard’s errors keep the contract’s shape', async () => {
    const own = withFormatter.router({ ping: withFormatter.procedure.query(() => 'pong') });
    const response = await post(withFormatter.mergeRouters(own, dashboard));
    expect(response.status).toBe(412);
    const body = (await response.json()) as { error: { data: Record<string, unknown> } };
    expect(body.error.data).toMatchObject({ reason: 'ONBOARDING_INCOMPLETE', retryable: false });
    expect(body.error.data).not.toHaveProperty('platformField');
  });

  it('can nest the dashboard’s procedures too, which keep the contract’s error shape', async () => {
    const app = withFormatter.router({
      ping: withFormatter.procedure.query(() => 'pong'),
      expressDashboard: dashboard.expressDashboard,
    });
    const response = await post(app);
    expect(response.status).toBe(412);
    expect(await response.json()).toMatchObject({ error: { data: { reason: 'ONBOARDING_INCOMPLETE', retryable: false } } });
  });
});

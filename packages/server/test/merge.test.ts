import type { CreateLoginLinkOutput, ServerReason } from '@open-express-dashboard/contract';
import type { StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import { TRPCClientError, createTRPCClient, httpLink, safe } from '@trpc/client';
import { initTRPC, type inferRouterContext, type inferRouterOutputs } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { createExpressDashboardRouter, expressDashboardResponseMeta, type AppRouter, type AuthRequest } from '../src/index.js';
import { accounts, bearerAuth, fetchListener, listen, silent, startSeededFake, stripeFor, type Listening } from './support.js';

// Another TypeScript app: a platform with its own tRPC instance, context and error formatter, that
// merges the router into its own and calls it through createCaller and @trpc/client.
interface PlatformContext {
  req: Request;
  tenant: string;
}

let fake: StripeFake;
let served: Listening;

const t = initTRPC.context<PlatformContext>().create({
  errorFormatter: ({ shape }) => ({ ...shape, data: { ...shape.data, platform: 'acme' } }),
});

function platformRouters() {
  const dashboard = createExpressDashboardRouter({
    stripe: stripeFor(fake),
    authenticate: bearerAuth({ alice: { userId: 'alice', accountIds: [accounts.express] } }),
    // The platform's context keeps the request as `req`: say where.
    requestFrom: (ctx: PlatformContext) => ctx.req,
    rateLimit: false,
    logger: silent,
  });
  const own = t.router({ tenant: t.procedure.query(({ ctx }) => ctx.tenant) });
  return {
    dashboard,
    // At the root, so the element's default path (`/trpc/expressDashboard.createLoginLink`) works.
    merged: t.mergeRouters(own, dashboard),
    // Or under a name of the platform's choosing, for its own TypeScript clients.
    nested: t.router({ tenant: own.tenant, payouts: dashboard }),
  };
}

type Routers = ReturnType<typeof platformRouters>;
let routers: Routers;

beforeAll(async () => {
  fake = await startSeededFake();
  routers = platformRouters();
  const handler = (req: Request) =>
    fetchRequestHandler({
      endpoint: '/trpc',
      req,
      router: routers.merged,
      createContext: () => ({ req, tenant: 'acme' }),
      responseMeta: expressDashboardResponseMeta,
      allowBatching: false,
    });
  served = await listen(fetchListener(handler));
});
afterAll(async () => {
  await served.close();
  await fake.close();
});

const signedIn = () => new Request('https://platform.example/', { headers: { authorization: 'Bearer alice' } });

describe('merged into a platform’s own router', () => {
  it('is called through createCaller with the platform’s context', async () => {
    const caller = t.createCallerFactory(routers.merged)({ req: signedIn(), tenant: 'acme' });
    await expect(caller.tenant()).resolves.toBe('acme');
    await expect(caller.expressDashboard.createLoginLink()).resolves.toMatchObject({ kind: 'express_dashboard' });
    const nested = t.createCallerFactory(routers.nested)({ req: signedIn(), tenant: 'acme' });
    await expect(nested.payouts.expressDashboard.createLoginLink()).resolves.toMatchObject({ kind: 'express_dashboard' });
  });

  it('is called through @trpc/client over HTTP, keeping the contract’s errors next to the platform’s own', async () => {
    const client = (token?: string) =>
      createTRPCClient<Routers['merged']>({
        links: [httpLink({ url: `${served.url}/trpc`, headers: token ? { authorization: `Bearer ${token}` } : {} })],
      });
    const link = await client('alice').expressDashboard.createLoginLink.mutate();
    expect(link.url).toContain(`/express/${accounts.express}/`);
    await expect(client().tenant.query()).resolves.toBe('acme');

    // `safe` types the error with the procedure's own shape: `reason` is typed without a cast.
    const [, refused] = await safe(client().expressDashboard.createLoginLink.mutate());
    expect(refused).toBeInstanceOf(TRPCClientError);
    expectTypeOf(refused!.data!.reason).toEqualTypeOf<ServerReason | undefined>();
    // The procedure's own formatter shaped it: the contract's reason, not the platform's fields.
    expect(refused?.data).toMatchObject({ reason: 'UNAUTHENTICATED', httpStatus: 401, retryable: false });
    expect(refused?.data).not.toHaveProperty('platform');

    // The platform's own errors keep the platform's formatter.
    const missing = await fetch(`${served.url}/trpc/nothingHere`, { method: 'POST', headers: { 'content-type': 'application/json' } });
    expect(await missing.json()).toMatchObject({ error: { data: { platform: 'acme' } } });
  });

  it('marks only its own responses as never cacheable, through expressDashboardResponseMeta', async () => {
    const link = await fetch(`${served.url}/trpc/expressDashboard.createLoginLink`, {
      method: 'POST',
      headers: { authorization: 'Bearer alice', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(link.headers.get('cache-control')).toBe('no-store');
    const tenant = await fetch(`${served.url}/trpc/tenant`);
    expect(tenant.status).toBe(200);
    expect(tenant.headers.get('cache-control')).toBeNull();
  });

  it('types `reason` for clients of the router alone: TRPCClientError<AppRouter>', () => {
    expectTypeOf<NonNullable<TRPCClientError<AppRouter>['data']>['reason']>().toEqualTypeOf<ServerReason | undefined>();
    expectTypeOf<NonNullable<TRPCClientError<AppRouter>['data']>['retryable']>().toEqualTypeOf<boolean | undefined>();
  });

  it('is typed with the platform’s context and the contract’s output', () => {
    expectTypeOf<inferRouterContext<Routers['dashboard']>>().toEqualTypeOf<PlatformContext>();
    expectTypeOf<inferRouterOutputs<Routers['merged']>['expressDashboard']['createLoginLink']>().toEqualTypeOf<CreateLoginLinkOutput>();
    expectTypeOf<
      inferRouterOutputs<Routers['nested']>['payouts']['expressDashboard']['createLoginLink']
    >().toEqualTypeOf<CreateLoginLinkOutput>();

    const options = { stripe: stripeFor(fake), authenticate: () => null, logger: silent } as const;
    // @ts-expect-error requestFrom must return an AuthRequest ({ headers: Headers }), not any field.
    createExpressDashboardRouter({ ...options, requestFrom: (ctx: PlatformContext) => ctx.tenant });
    createExpressDashboardRouter({ ...options, requestFrom: (ctx: PlatformContext): AuthRequest => ctx.req });
    // @ts-expect-error the merged router's caller needs the platform's whole context.
    void t.createCallerFactory(routers.merged)({ req: signedIn() });
  });
});

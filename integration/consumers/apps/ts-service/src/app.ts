import { initTRPC } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import {
  createExpressDashboardRouter,
  createJwtAuthenticator,
  createStripeClient,
  expressDashboardResponseMeta,
} from '@open-express-dashboard/server';

interface Context {
  req: Request;
  tenant: string;
}
const t = initTRPC.context<Context>().create({
  // Your own formatter: the dashboard's procedures keep the contract's shape beside it.
  errorFormatter: ({ shape }) => ({ ...shape, data: { ...shape.data, tenant: 'acme' } }),
});

const dashboard = createExpressDashboardRouter({
  // Functions and secrets are read on the first request, not at import: builds run without them.
  stripe: () => createStripeClient({ secretKey: process.env.STRIPE_SECRET_KEY!, apiUrl: process.env.STRIPE_API_URL }),
  authenticate: createJwtAuthenticator({ secret: process.env.AUTH_JWT_SECRET! }),
  requestFrom: (ctx: Context) => ctx.req, // a Fetch Request has `headers`; in Node, toFetchHeaders(req.headers) from ./node
});

// At the root: the element's default endpoint (/trpc/expressDashboard.createLoginLink) just works.
export const appRouter = t.mergeRouters(t.router({ tenant: t.procedure.query(({ ctx }) => ctx.tenant) }), dashboard);
export type AppRouter = typeof appRouter;

// Your adapter serves it; expressDashboardResponseMeta keeps link answers out of caches.
export const handler = (req: Request) =>
  fetchRequestHandler({
    endpoint: '/trpc',
    req,
    router: appRouter,
    createContext: () => ({ req, tenant: 'acme' }),
    responseMeta: expressDashboardResponseMeta,
    allowBatching: false, // the element never batches; see below
  });

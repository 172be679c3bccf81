// app/api/trpc/[trpc]/route.ts
import { createJwtAuthenticator, createStripeClient } from '@open-express-dashboard/server';
import { createExpressDashboardFetchHandler } from '@open-express-dashboard/server/fetch';

// `next build` loads this module without runtime secrets: nothing here reads them until a request.
const handler = createExpressDashboardFetchHandler({
  endpoint: '/api/trpc', // where this route is mounted; the element's `endpoint` says the same
  stripe: () => createStripeClient({ secretKey: process.env.STRIPE_SECRET_KEY!, apiUrl: process.env.STRIPE_API_URL }),
  authenticate: createJwtAuthenticator({ secret: process.env.AUTH_JWT_SECRET!, cookie: 'session' }),
});

export { handler as GET, handler as POST, handler as OPTIONS };

// A CommonJS module of a platform (a .cts file, or any .ts in a package without "type": "module"):
// with "module": "nodenext" TypeScript compiles the import to require(), which Node 20.19+ allows
// for ES modules; with "module": "node16" it stops at TS1479.
import { createExpressDashboardRouter, createStripeClient } from '@open-express-dashboard/server';

const router = createExpressDashboardRouter({
  stripe: () => createStripeClient({ secretKey: process.env.STRIPE_SECRET_KEY! }),
  authenticate: () => null,
  logger: false,
});
console.log(Object.keys(router.expressDashboard).join(','));

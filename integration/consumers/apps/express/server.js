import express from 'express';
import { createJwtAuthenticator, createStripeClient } from '@open-express-dashboard/server';
import { createExpressDashboardMiddleware } from '@open-express-dashboard/server/express';

const app = express();

// Before any body parser: the middleware reads and limits the body itself.
app.use(
  '/trpc',
  createExpressDashboardMiddleware({
    stripe: () => createStripeClient({ secretKey: process.env.STRIPE_SECRET_KEY, apiUrl: process.env.STRIPE_API_URL }),
    authenticate: createJwtAuthenticator({ secret: process.env.AUTH_JWT_SECRET, cookie: 'session' }),
    allowedOrigins: ['https://shop.example'], // another origin of yours whose pages show the button
  }),
);

// The platform's own routes, beside it.
app.use(express.json());
app.get('/api/me', (req, res) => res.json({ name: 'Ada' }));

const server = app.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}`);
});

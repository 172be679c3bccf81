import { createJwtAuthenticator, createStripeClient, type ServeOptions } from '@open-express-dashboard/server';

/**
 * A runtime's environment: `process.env`, `Deno.env.toObject()` or a Worker's `env`. The recipes
 * read the variables apps/server reads: `STRIPE_SECRET_KEY`, `STRIPE_API_URL` (tests: the Stripe
 * fake), `AUTH_JWT_SECRET` (HS256) or `AUTH_JWKS_URL` with `AUTH_AUDIENCE` (your identity
 * provider's keys), and `ALLOWED_ORIGINS` (comma-separated).
 */
export type DashboardEnv = Record<string, string | undefined>;

/** The service's options from its environment, the same on every runtime. */
export function dashboardOptions(env: DashboardEnv): ServeOptions {
  if (!env.STRIPE_SECRET_KEY) throw new Error('STRIPE_SECRET_KEY is required');
  return {
    // The stripe package picks its HTTP client per runtime: Node's http on Node, fetch on Bun, Deno and Workers.
    stripe: createStripeClient({ secretKey: env.STRIPE_SECRET_KEY, apiUrl: env.STRIPE_API_URL }),
    authenticate: createJwtAuthenticator(
      env.AUTH_JWKS_URL ? { jwksUrl: env.AUTH_JWKS_URL, audience: env.AUTH_AUDIENCE } : { secret: env.AUTH_JWT_SECRET ?? '' },
    ),
    allowedOrigins: env.ALLOWED_ORIGINS?.split(',') ?? [],
  };
}

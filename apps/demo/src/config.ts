import { ACCOUNT_ID_PATTERN } from '@open-express-dashboard/contract';
import { readEnvironment, stripeApiUrlSchema, stripeSecretKeySchema } from '@open-express-dashboard/server/environment';
import { z } from 'zod';

const accountId = z.string().regex(ACCOUNT_ID_PATTERN, 'must be a Stripe account id (acct_…)');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  STRIPE_SECRET_KEY: stripeSecretKeySchema.optional(),
  STRIPE_API_URL: stripeApiUrlSchema.optional(),
  DEMO_ACCOUNT_ID: accountId.optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_COOKIE_SECURE: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
});

/** Rules between variables, checked on the raw values so they are reported with every other problem. */
function pairingProblems(env: Record<string, string>): string[] {
  const problems: string[] = [];
  if (env['STRIPE_SECRET_KEY'] && !env['DEMO_ACCOUNT_ID']) {
    problems.push('DEMO_ACCOUNT_ID is required with STRIPE_SECRET_KEY: the connected account the demo seller opens');
  }
  if (!env['STRIPE_SECRET_KEY'] && (env['STRIPE_API_URL'] || env['DEMO_ACCOUNT_ID'])) {
    problems.push('STRIPE_SECRET_KEY is required when STRIPE_API_URL or DEMO_ACCOUNT_ID is set (leave all three unset for demo mode)');
  }
  return problems;
}

/** Where the demo gets its Stripe: the embedded fake (demo mode), or a real or compatible API. */
export type StripeSource = { mode: 'demo' } | { mode: 'stripe'; secretKey: string; apiUrl: string | undefined; accountId: string };

export interface DemoConfig {
  port: number;
  host: string;
  stripe: StripeSource;
  /** Signs session cookies; random per start when not set (sessions then end with the process). */
  sessionSecret: string | undefined;
  /** Mark the session cookie `Secure`: set it when the demo is served over HTTPS. */
  secureCookie: boolean;
}

/** Reads the demo's settings from the environment, listing every problem at once (never a value). */
export function readConfig(env: NodeJS.ProcessEnv): DemoConfig {
  const { PORT, HOST, STRIPE_SECRET_KEY, STRIPE_API_URL, DEMO_ACCOUNT_ID, SESSION_SECRET, SESSION_COOKIE_SECURE } = readEnvironment(
    envSchema,
    env,
    {
      subject: 'The demo',
      crossChecks: pairingProblems,
    },
  );
  return {
    port: PORT,
    host: HOST,
    sessionSecret: SESSION_SECRET,
    secureCookie: SESSION_COOKIE_SECURE === 'true',
    stripe:
      STRIPE_SECRET_KEY && DEMO_ACCOUNT_ID
        ? { mode: 'stripe', secretKey: STRIPE_SECRET_KEY, apiUrl: STRIPE_API_URL, accountId: DEMO_ACCOUNT_ID }
        : { mode: 'demo' },
  };
}

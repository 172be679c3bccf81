import { DEFAULT_RATE_LIMIT, normalizeOrigin } from '@open-express-dashboard/server';
import {
  httpUrlSchema as httpUrl,
  readEnvironment,
  stripeApiUrlSchema,
  stripeSecretKeySchema,
} from '@open-express-dashboard/server/environment';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Every variable, checked on its own; messages never repeat the value (some are secrets). */
const envSchema = z.object({
  STRIPE_SECRET_KEY: stripeSecretKeySchema,
  STRIPE_API_URL: stripeApiUrlSchema.optional(),
  AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters (HS256 needs 256 bits)').optional(),
  AUTH_JWKS_URL: httpUrl('your identity provider’s JSON Web Key Set').optional(),
  AUTH_ISSUER: z.string().min(1).optional(),
  AUTH_AUDIENCE: z.string().min(1).optional(),
  AUTH_ACCOUNT_CLAIM: z.string().min(1).default('stripe_account'),
  AUTH_COOKIE: z
    .string()
    .regex(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/, "must be a cookie name (letters, digits and !#$%&'*+-.^_`|~)")
    .optional(),
  ALLOWED_ORIGINS: z
    .string()
    .transform((value, context) => {
      const origins: string[] = [];
      for (const item of value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)) {
        try {
          origins.push(normalizeOrigin(item));
        } catch {
          context.addIssue({ code: 'custom', message: `has ${JSON.stringify(item)}, which is not an origin like https://shop.example` });
        }
      }
      return origins;
    })
    .optional(),
  REDIS_URL: z
    .string()
    .refine((value) => URL.canParse(value) && /^rediss?:$/.test(new URL(value).protocol), 'must be a redis:// or rediss:// URL')
    .optional(),
  ONBOARDING_REFRESH_URL: httpUrl('where Stripe sends a seller whose onboarding link expired').optional(),
  ONBOARDING_RETURN_URL: httpUrl('where Stripe sends a seller back after onboarding').optional(),
  FULL_DASHBOARD_URL: httpUrl('where sellers with the full Stripe Dashboard go').optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .default(DEFAULT_RATE_LIMIT.points),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a port number')
    .min(0)
    .max(65_535, 'must be a port number')
    .default(8080),
  HOST: z.string().min(1).default('localhost'),
});

/** The variables the service reads, in the order the README documents them. */
export const ENV_VARIABLES = Object.keys(envSchema.shape);

/** Rules between variables, checked on the raw values so they are reported with every other problem. */
function pairingProblems(env: Record<string, string>): string[] {
  const problems: string[] = [];
  const secret = env['AUTH_JWT_SECRET'] !== undefined;
  const jwks = env['AUTH_JWKS_URL'] !== undefined;
  if (!secret && !jwks) problems.push('AUTH_JWT_SECRET or AUTH_JWKS_URL is required: how to verify the callers’ tokens');
  if (secret && jwks) problems.push('AUTH_JWT_SECRET and AUTH_JWKS_URL are exclusive: set one');
  if (jwks && env['AUTH_AUDIENCE'] === undefined) {
    problems.push('AUTH_AUDIENCE is required with AUTH_JWKS_URL: an identity provider signs tokens for other apps too');
  }
  if ((env['ONBOARDING_REFRESH_URL'] === undefined) !== (env['ONBOARDING_RETURN_URL'] === undefined)) {
    problems.push('ONBOARDING_REFRESH_URL and ONBOARDING_RETURN_URL go together: set both or neither');
  }
  return problems;
}

export type LogLevel = (typeof LOG_LEVELS)[number];

export interface ServiceConfig {
  port: number;
  host: string;
  stripe: { secretKey: string; apiUrl: string | undefined };
  auth: {
    secret: string | undefined;
    jwksUrl: string | undefined;
    issuer: string | undefined;
    audience: string | undefined;
    accountClaim: string;
    cookie: string | undefined;
  };
  allowedOrigins: string[];
  redisUrl: string | undefined;
  onboarding: { refreshUrl: string; returnUrl: string } | undefined;
  fullDashboardUrl: string | undefined;
  ratePerMinute: number;
  logLevel: LogLevel;
}

/** Reads the service's settings from the environment, listing every problem at once (never a value). */
export function readConfig(env: NodeJS.ProcessEnv): ServiceConfig {
  const vars = readEnvironment(envSchema, env, { subject: 'The server', crossChecks: pairingProblems });
  return {
    port: vars.PORT,
    host: vars.HOST,
    stripe: { secretKey: vars.STRIPE_SECRET_KEY, apiUrl: vars.STRIPE_API_URL },
    auth: {
      secret: vars.AUTH_JWT_SECRET,
      jwksUrl: vars.AUTH_JWKS_URL,
      issuer: vars.AUTH_ISSUER,
      audience: vars.AUTH_AUDIENCE,
      accountClaim: vars.AUTH_ACCOUNT_CLAIM,
      cookie: vars.AUTH_COOKIE,
    },
    allowedOrigins: vars.ALLOWED_ORIGINS ?? [],
    redisUrl: vars.REDIS_URL,
    onboarding:
      vars.ONBOARDING_REFRESH_URL && vars.ONBOARDING_RETURN_URL
        ? { refreshUrl: vars.ONBOARDING_REFRESH_URL, returnUrl: vars.ONBOARDING_RETURN_URL }
        : undefined,
    fullDashboardUrl: vars.FULL_DASHBOARD_URL,
    ratePerMinute: vars.RATE_LIMIT_PER_MINUTE,
    logLevel: vars.LOG_LEVEL,
  };
}

import { SECRET_KEY_PATTERN } from '@open-express-dashboard/contract';
import { z } from 'zod';
import { isHttpUrl } from './http/url.js';
import { stripeEndpoint } from './stripe-client.js';

/** A service that cannot start: one line per bad or missing variable, never a value (some are secrets). */
export class EnvironmentError extends Error {
  constructor(
    /** What cannot start, as the first line says it: "The server", "The demo". */
    readonly subject: string,
    readonly problems: string[],
  ) {
    super(`${subject} cannot start. Fix these environment variables:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvironmentError';
  }
}

export interface ReadEnvironmentOptions {
  /** Names what cannot start in the error's first line. */
  subject: string;
  /** Rules between variables, on the raw values, so they are reported with every other problem. */
  crossChecks?: (env: Record<string, string>) => string[];
}

/**
 * Parses `env` with `schema`, treating an empty variable (`PORT=`) as unset, and throws one
 * {@link EnvironmentError} listing every problem at once rather than the first.
 */
export function readEnvironment<Schema extends z.ZodType>(
  schema: Schema,
  env: NodeJS.ProcessEnv,
  options: ReadEnvironmentOptions,
): z.output<Schema> {
  const present: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (value !== undefined && value !== '') present[name] = value;
  const parsed = schema.safeParse(present);
  const problems = [
    ...(parsed.error?.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`) ?? []),
    ...(options.crossChecks?.(present) ?? []),
  ];
  if (!parsed.success || problems.length > 0) throw new EnvironmentError(options.subject, problems);
  return parsed.data;
}

/** `STRIPE_SECRET_KEY`: a secret (`sk_…`) or restricted (`rk_…`) key; the message never repeats it. */
export const stripeSecretKeySchema = z
  .string({ error: 'is required: the platform’s secret (sk_…) or restricted (rk_…) key' })
  .regex(SECRET_KEY_PATTERN, 'must be a secret (sk_…) or restricted (rk_…) key');

/** `STRIPE_API_URL`: the origin of a Stripe-compatible API, as {@link stripeEndpoint} accepts it. */
export const stripeApiUrlSchema = z.string().refine((value) => {
  try {
    stripeEndpoint(value);
    return true;
  } catch {
    return false;
  }
}, 'must be an http(s) origin without a path, such as http://127.0.0.1:12111');

/** An http(s) URL variable; `what` says what it is for, in the message. */
export const httpUrlSchema = (what: string) => z.string().refine(isHttpUrl, `must be an http(s) URL (${what})`);

import type { CreateLoginLinkOutput } from '@open-express-dashboard/contract';
import { getTRPCErrorFromUnknown, type inferRouterInputs, type inferRouterOutputs } from '@trpc/server';
import type Stripe from 'stripe';
import { AccountStateCache, type AccountCacheOptions } from './account-cache.js';
import type { AuthRequest, Authenticate, Caller, ExpressDashboardContext } from './caller.js';
import { createDestinationFinder, type OnboardingUrls } from './destination.js';
import { ExpressDashboardError, formatReasonError } from './errors.js';
import type { OnLoginLinkEvent } from './events.js';
import { onFirstUse } from './configuration.js';
import { checkedCaller, parseLoginLinkInput } from './input.js';
import { resolveLogger, type Logger } from './logging.js';
import { Audit, createReporter } from './observe.js';
import { createLinkRateLimiter, type RateLimitOptions } from './rate-limit.js';
import { createTRPC } from './trpc.js';
import { isHttpUrl } from './http/url.js';

export interface ExpressDashboardRouterOptions<TContext extends object = ExpressDashboardContext> {
  /**
   * A `stripe` client authenticated with the platform's secret key (see `createStripeClient`), or a
   * function that makes one, called on the first request: the form for modules a build loads
   * without secrets (`stripe: () => createStripeClient({ secretKey: process.env.STRIPE_SECRET_KEY! })`).
   */
  stripe: Stripe | (() => Stripe);
  /** Finds the signed-in caller and their connected accounts from the request. */
  authenticate: Authenticate;
  /**
   * Where the request is in your tRPC context. Default `ctx.request`. Set it when you merge the
   * router into your own, whose context keeps the request elsewhere.
   */
  requestFrom?: (ctx: TContext) => AuthRequest;
  /** Send sellers who have not finished onboarding to Stripe's onboarding (`kind: 'onboarding'`) instead of `ONBOARDING_INCOMPLETE`. */
  onboarding?: OnboardingUrls;
  /** Send sellers whose account uses the full Stripe Dashboard to this URL (`kind: 'full_dashboard'`) instead of `NOT_EXPRESS_DASHBOARD`. */
  fullDashboardUrl?: string;
  /** Per-caller limit on link creation. Default 5 per minute, in memory; `false` turns it off. */
  rateLimit?: RateLimitOptions | false;
  /** Memory of looked-up account states. Default 60 s; `false` turns it off. */
  accountCache?: AccountCacheOptions | false;
  /**
   * Where log lines go: a pino logger, or any {@link Logger}; the library redacts and scrubs what it
   * writes to it. Default: JSON lines through `console` ({@link createConsoleLogger}), or pino on stdout
   * under the Node and Express adapters; `false` for none.
   */
  logger?: Logger | false;
  /** Called with an audit event for every request (never with the URL). */
  onEvent?: OnLoginLinkEvent;
}

function checkedUrl(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isHttpUrl(value)) throw new TypeError(`${name} must be an http(s) URL`);
  return value;
}

function requiredUrl(name: string, value: string | undefined): string {
  const url = checkedUrl(name, value);
  if (url === undefined) throw new TypeError(`${name} is required with onboarding`);
  return url;
}

/** The request in the context, or a clear MISCONFIGURED: a merged router whose context lacks it. */
function requestIn<TContext extends object>(ctx: TContext, requestFrom: ((ctx: TContext) => AuthRequest) | undefined): AuthRequest {
  const request = requestFrom ? requestFrom(ctx) : (ctx as Partial<ExpressDashboardContext>).request;
  if (request?.headers instanceof Headers) return request;
  throw new ExpressDashboardError('MISCONFIGURED', {
    cause: new TypeError(
      'The tRPC context has no `request` with `headers` (a Fetch API Headers): add it in createContext, or pass `requestFrom`',
    ),
  });
}

async function authenticated(authenticate: Authenticate, request: AuthRequest): Promise<Caller> {
  let caller: unknown;
  try {
    caller = await authenticate(request);
  } catch (error) {
    if (error instanceof ExpressDashboardError) throw error;
    throw new ExpressDashboardError('UNAUTHENTICATED', { cause: error });
  }
  if (caller === null || caller === undefined) throw new ExpressDashboardError('UNAUTHENTICATED');
  const checked = await checkedCaller(caller);
  if (!checked) {
    throw new ExpressDashboardError('MISCONFIGURED', {
      cause: new TypeError('authenticate returned something other than { userId: string, accountIds: string[] } or null'),
    });
  }
  return checked;
}

/** The account to open: the one asked for if the caller owns it, else the caller's default. */
export function chooseAccount(caller: Caller, requested: string | undefined): string {
  if (requested !== undefined) {
    if (!caller.accountIds.includes(requested)) throw new ExpressDashboardError('ACCOUNT_NOT_OWNED');
    return requested;
  }
  const [defaultAccount] = caller.accountIds;
  if (defaultAccount === undefined) throw new ExpressDashboardError('NO_CONNECTED_ACCOUNT');
  return defaultAccount;
}

/**
 * Creates the router with `expressDashboard.createLoginLink`. Serve it alone (see the adapters) or
 * merge it into your own tRPC router: its errors keep the contract's shape either way.
 *
 * @example
 * const router = createExpressDashboardRouter({ stripe: createStripeClient({ secretKey }), authenticate });
 * const link = await router.createCaller({ request }).expressDashboard.createLoginLink();
 */
export function createExpressDashboardRouter<TContext extends object = ExpressDashboardContext>(
  options: ExpressDashboardRouterOptions<TContext>,
) {
  const { stripe, authenticate, requestFrom } = options;
  const logger = resolveLogger(options.logger);
  // Secrets and URLs often come from the environment, which a build does not have: checked on the
  // first request (a problem is MISCONFIGURED), never here.
  const destinationFinder = onFirstUse(() =>
    createDestinationFinder({
      stripe: typeof stripe === 'function' ? stripe() : stripe,
      onboarding: options.onboarding && {
        refreshUrl: requiredUrl('onboarding.refreshUrl', options.onboarding.refreshUrl),
        returnUrl: requiredUrl('onboarding.returnUrl', options.onboarding.returnUrl),
      },
      fullDashboardUrl: checkedUrl('fullDashboardUrl', options.fullDashboardUrl),
      cache: new AccountStateCache(options.accountCache === false ? { ttlSeconds: 0 } : options.accountCache),
    }),
  );
  const limiter = options.rateLimit === false ? undefined : createLinkRateLimiter(options.rateLimit ?? {}, logger);

  const report = createReporter({ logger, onEvent: options.onEvent });

  const t = createTRPC<TContext>();
  // Few middleware levels on purpose: tRPC copies its options object at each (bench/PROFILE.md).
  const createLoginLink = t.procedure
    // Before `.input()`, so input errors get the contract's shape too.
    .errors(formatReasonError)
    .use(async ({ ctx, next, signal }) => {
      const audit = new Audit();
      let caller: Caller;
      try {
        // tRPC types the root context through its context-callback unwrapping; at run time it is TContext.
        caller = await authenticated(authenticate, requestIn(ctx as unknown as TContext, requestFrom));
      } catch (cause) {
        // A refused caller, or a context without a request: reported like any other failure.
        const error = getTRPCErrorFromUnknown(cause);
        report(audit, error, signal?.aborted ?? false);
        throw error;
      }
      audit.identify(caller.userId);
      // `next` never throws: tRPC hands every failure after this point back as `result.error`.
      const result = await next({ ctx: { audit, caller } });
      report(audit, result.ok ? undefined : result.error, signal?.aborted ?? false);
      return result;
    })
    // The body is read and checked here, after authentication and before a rate-limit point is
    // spent: a body that never arrives, or is malformed, costs the seller nothing.
    .input(parseLoginLinkInput)
    .mutation(async ({ ctx, input }): Promise<CreateLoginLinkOutput> => {
      // Counted before the account is chosen, so refusals (a wrong account) count too.
      await limiter?.consume(ctx.caller.userId);
      const account = chooseAccount(ctx.caller, input?.accountId);
      ctx.audit.account(account);
      const destination = await destinationFinder()(account);
      ctx.audit.sent(destination.kind);
      return destination;
    });

  return t.router({ expressDashboard: t.router({ createLoginLink }) });
}

/** The router's type, for `createTRPCClient<AppRouter>` and `createCaller`. */
export type AppRouter = ReturnType<typeof createExpressDashboardRouter<ExpressDashboardContext>>;
/** Inputs of every procedure, by path: `RouterInputs['expressDashboard']['createLoginLink']`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** Outputs of every procedure, by path, as clients get them. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;

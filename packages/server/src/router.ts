import type { CreateLoginLinkOutput } from '@open-express-dashboard/contract';
import type Stripe from 'stripe';
import { z } from 'zod';
import type { Authenticate, Caller } from './caller.js';
import { ExpressDashboardError } from './errors.js';
import { explainRefusal, isRefusal, stripeFailure } from './stripe-errors.js';
import { reasonProcedure, router } from './trpc.js';

export interface ExpressDashboardRouterOptions {
  /** A `stripe` client authenticated with the platform's secret key. */
  stripe: Stripe;
  /** Finds the signed-in caller and their connected accounts from the request. */
  authenticate: Authenticate;
}

/** Stripe account ids are `acct_` and base62; refusing anything else early keeps junk out of URLs and logs. */
export const accountIdSchema = z.string().regex(/^acct_[A-Za-z0-9]{1,64}$/, 'Expected a Stripe account id (acct_…)');

export const createLoginLinkInput = z
  .object({
    /** One of the caller's own connected accounts; omit for their default account. */
    accountId: accountIdSchema.optional(),
  })
  .optional();

async function authenticated(authenticate: Authenticate, request: Parameters<Authenticate>[0]): Promise<Caller> {
  let caller: Caller | null;
  try {
    caller = await authenticate(request);
  } catch (error) {
    throw new ExpressDashboardError('UNAUTHENTICATED', { cause: error });
  }
  if (!caller) throw new ExpressDashboardError('UNAUTHENTICATED');
  return caller;
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
 * Creates the router with `expressDashboard.createLoginLink`. Serve it alone or merge it into a
 * platform's own tRPC router.
 */
export function createExpressDashboardRouter({ stripe, authenticate }: ExpressDashboardRouterOptions) {
  const protectedProcedure = reasonProcedure.use(async ({ ctx, next }) =>
    next({ ctx: { caller: await authenticated(authenticate, ctx.request) } }),
  );

  return router({
    expressDashboard: router({
      createLoginLink: protectedProcedure
        .input(createLoginLinkInput)
        .mutation(async ({ ctx, input }): Promise<CreateLoginLinkOutput> => {
          const account = chooseAccount(ctx.caller, input?.accountId);
          try {
            const link = await stripe.accounts.createLoginLink(account);
            return { url: link.url, kind: 'express_dashboard' };
          } catch (error) {
            if (!isRefusal(error)) throw stripeFailure(error);
            // Only now is it worth a second request: to tell the seller why.
            const details = await stripe.accounts.retrieve(account).catch((lookup: unknown) => {
              throw stripeFailure(lookup);
            });
            throw explainRefusal(details, error);
          }
        }),
    }),
  });
}

/** The router's type, for `@trpc/client` and `createCaller`. */
export type AppRouter = ReturnType<typeof createExpressDashboardRouter>;

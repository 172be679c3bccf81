import { createExpressDashboardRouter, type Authenticate } from '@open-express-dashboard/server';
import { initTRPC, TRPCError } from '@trpc/server';
import type Stripe from 'stripe';

// A platform's own tRPC app, which merges the Express Dashboard router into its own.

/** The platform's signed-in seller, as its own session store knows them. */
export interface Seller {
  id: string;
  name: string;
  /** The seller's Stripe connected account. */
  stripeAccountId: string;
}

/** Looks a session token up (a cookie in this app). Yours would read a database or a signed cookie. */
export type FindSession = (token: string) => Seller | undefined;

/**
 * The platform's context: the request, which the dashboard router reads. The seller is not in it:
 * the procedure that needs them looks them up (`me` itself, the dashboard router through
 * `authenticate`), so each call looks its session up once.
 */
export interface PlatformContext {
  request: { headers: Headers };
}

function sessionToken(headers: Headers): string | undefined {
  return /(?:^|;\s*)session=([^;]+)/.exec(headers.get('cookie') ?? '')?.[1];
}

const t = initTRPC.context<PlatformContext>().create();

export function createAppRouter({ stripe, findSession }: { stripe: Stripe; findSession: FindSession }) {
  const signedInSeller = (headers: Headers): Seller | undefined => {
    const token = sessionToken(headers);
    return token === undefined ? undefined : findSession(token);
  };

  // The dashboard router trusts only the server-side identity: the seller's own account.
  const authenticate: Authenticate = ({ headers }) => {
    const seller = signedInSeller(headers);
    return seller ? { userId: seller.id, accountIds: [seller.stripeAccountId] } : null;
  };

  const platformRouter = t.router({
    me: t.procedure.query(({ ctx }) => {
      const seller = signedInSeller(ctx.request.headers);
      if (!seller) throw new TRPCError({ code: 'UNAUTHORIZED' });
      return { name: seller.name };
    }),
  });

  return t.mergeRouters(platformRouter, createExpressDashboardRouter({ stripe, authenticate }));
}

export type AppRouter = ReturnType<typeof createAppRouter>;

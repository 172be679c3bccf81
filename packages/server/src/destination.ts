import type { CreateLoginLinkOutput } from '@open-express-dashboard/contract';
import type Stripe from 'stripe';
import type { AccountState, AccountStateCache } from './account-cache.js';
import { ExpressDashboardError } from './errors.js';
import { isRefusal, stripeFailure } from './stripe-errors.js';

/** Where Stripe's onboarding sends the seller back to: both required to create onboarding links. */
export interface OnboardingUrls {
  /** Where Stripe sends the seller when the onboarding link expired or was used: create a new link there. */
  refreshUrl: string;
  /** Where Stripe sends the seller when they leave onboarding (finished or not). */
  returnUrl: string;
}

export interface DestinationOptions {
  stripe: Stripe;
  /** Set to send sellers who have not finished onboarding to Stripe's onboarding instead of an error. */
  onboarding: OnboardingUrls | undefined;
  /** Set to send sellers whose account uses the full Stripe Dashboard there instead of an error. */
  fullDashboardUrl: string | undefined;
  cache: AccountStateCache;
}

const DASHBOARDS = ['express', 'full', 'none'] as const;

/** Reads the dashboard and onboarding state from an account, `controller` first as Stripe advises. */
export function accountStateOf(account: Stripe.Account): AccountState {
  const declared = DASHBOARDS.find((dashboard) => dashboard === account.controller?.stripe_dashboard?.type);
  const legacy = account.type === 'express' ? 'express' : account.type === 'standard' ? 'full' : 'none';
  return {
    dashboard: declared ?? legacy,
    detailsSubmitted: account.details_submitted === true,
  };
}

/**
 * Decides where a seller goes, with as few Stripe requests as possible: a login link straight away
 * (one request on the happy path); only when Stripe refuses does it look at the account to send the
 * seller to onboarding or to the full Stripe Dashboard, or to explain why not.
 */
export function createDestinationFinder({ stripe, onboarding, fullDashboardUrl, cache }: DestinationOptions) {
  async function lookUp(accountId: string): Promise<AccountState> {
    const account = await stripe.accounts.retrieve(accountId).catch((error: unknown) => {
      throw stripeFailure(error);
    });
    return accountStateOf(account);
  }

  async function onboardingLink(accountId: string, urls: OnboardingUrls): Promise<CreateLoginLinkOutput> {
    try {
      const link = await stripe.accountLinks.create({
        account: accountId,
        type: 'account_onboarding',
        refresh_url: urls.refreshUrl,
        return_url: urls.returnUrl,
      });
      return { url: link.url, kind: 'onboarding' };
    } catch (error) {
      // The only parameters that can be wrong are the platform's configured URLs.
      if (isRefusal(error)) throw new ExpressDashboardError('MISCONFIGURED', { cause: error });
      throw stripeFailure(error);
    }
  }

  /** Where an account that cannot have a login link goes instead, or why it goes nowhere. */
  async function elsewhere(accountId: string, state: AccountState, refusal?: unknown): Promise<CreateLoginLinkOutput> {
    if (state.dashboard === 'full' && fullDashboardUrl) return { url: fullDashboardUrl, kind: 'full_dashboard' };
    if (state.dashboard !== 'express') throw new ExpressDashboardError('NOT_EXPRESS_DASHBOARD', { cause: refusal });
    if (!state.detailsSubmitted) {
      if (onboarding) return onboardingLink(accountId, onboarding);
      throw new ExpressDashboardError('ONBOARDING_INCOMPLETE', { cause: refusal });
    }
    // An onboarded Express account that Stripe still refused: nothing the seller can act on.
    throw new ExpressDashboardError('INTERNAL', { cause: refusal });
  }

  return async function destinationFor(accountId: string): Promise<CreateLoginLinkOutput> {
    const known = cache.get(accountId);
    // An account's dashboard does not change: one known not to use Express skips Stripe entirely.
    if (known && known.dashboard !== 'express') return elsewhere(accountId, known);
    try {
      const link = await stripe.accounts.createLoginLink(accountId);
      return { url: link.url, kind: 'express_dashboard' };
    } catch (refusal) {
      if (!isRefusal(refusal)) throw stripeFailure(refusal);
      // Onboarding can finish at any moment, so a cached "not onboarded" only saves the look-up,
      // never the login-link attempt above.
      const state = known ?? (await lookUp(accountId));
      const explained = state.dashboard !== 'express' || !state.detailsSubmitted;
      if (explained) cache.set(accountId, state);
      return elsewhere(accountId, state, refusal);
    }
  };
}

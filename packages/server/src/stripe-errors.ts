import Stripe from 'stripe';
import { ExpressDashboardError } from './errors.js';

/**
 * Maps a failed Stripe call to the reason the seller sees. Stripe's refusal of a login link (400)
 * is not mapped here: it needs a look at the account to say why (see `destination.ts`).
 */
export function stripeFailure(error: unknown): ExpressDashboardError {
  if (error instanceof Stripe.errors.StripeConnectionError || error instanceof Stripe.errors.StripeAPIError) {
    return new ExpressDashboardError('STRIPE_UNAVAILABLE', { cause: error });
  }
  if (error instanceof Stripe.errors.StripeRateLimitError) {
    // Stripe limits the platform's key, not this seller: nothing they did, so "try again".
    return new ExpressDashboardError('STRIPE_UNAVAILABLE', { cause: error });
  }
  if (error instanceof Stripe.errors.StripeAuthenticationError) {
    return new ExpressDashboardError('MISCONFIGURED', { cause: error });
  }
  if (error instanceof Stripe.errors.StripePermissionError && error.code === 'account_invalid') {
    // Unknown to this key, or disconnected from the platform: either way the seller has no account here.
    return new ExpressDashboardError('NO_CONNECTED_ACCOUNT', { cause: error });
  }
  return new ExpressDashboardError('INTERNAL', { cause: error });
}

/** Whether Stripe refused the request itself (as opposed to failing to answer it). */
export function isRefusal(error: unknown): error is Stripe.errors.StripeInvalidRequestError {
  return error instanceof Stripe.errors.StripeInvalidRequestError && error.statusCode === 400;
}

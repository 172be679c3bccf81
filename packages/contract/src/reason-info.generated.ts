// Generated from SERVER_REASONS (reasons.ts) by reason-info.test.ts; do not edit. After changing
// that table, run `npm run generate -w @open-express-dashboard/contract`.
import type { ReasonInfo, ServerReason } from './reasons.js';

/** Each server reason's `retryable` and `message`, without its tRPC `code` and `httpStatus`. */
export const SERVER_REASON_INFO = {
  INVALID_INPUT: { retryable: false, message: 'The request was not understood. Reload the page and try again.' },
  UNAUTHENTICATED: { retryable: false, message: 'Your session has ended. Sign in again to open your dashboard.' },
  NO_CONNECTED_ACCOUNT: { retryable: false, message: 'There is no Stripe account connected to your profile yet.' },
  ORIGIN_NOT_ALLOWED: { retryable: false, message: 'This site is not allowed to open the dashboard. Please contact support.' },
  REQUEST_TOO_LARGE: { retryable: false, message: 'The request was too large. Reload the page and try again.' },
  UNSUPPORTED_CONTENT_TYPE: {
    retryable: false,
    message: 'The request was sent in a format this server does not accept. Reload the page and try again.',
  },
  ACCOUNT_NOT_OWNED: { retryable: false, message: 'You do not have access to that Stripe account.' },
  NOT_EXPRESS_DASHBOARD: { retryable: false, message: 'Your Stripe account does not use the Express Dashboard.' },
  ONBOARDING_INCOMPLETE: { retryable: false, message: 'Finish setting up your Stripe account before opening the dashboard.' },
  RATE_LIMITED: { retryable: true, message: 'Too many attempts. Wait a moment, then try again.' },
  STRIPE_UNAVAILABLE: { retryable: true, message: 'Stripe did not answer in time. Try again in a moment.' },
  MISCONFIGURED: { retryable: false, message: 'The dashboard link is not set up correctly on this platform. Please contact support.' },
  PROCEDURE_NOT_FOUND: {
    retryable: false,
    message: 'The dashboard link on this platform points to the wrong address. Please contact support.',
  },
  INTERNAL: { retryable: true, message: 'Something went wrong on our side. Try again.' },
} as const satisfies Record<ServerReason, ReasonInfo>;

import type { TrpcErrorCode } from './trpc-codes.js';

/**
 * Every way a request for a dashboard link can fail, once, for server, element and testing kit.
 * Messages are safe to show to the seller: they never name accounts, keys or Stripe's own wording.
 */
export const SERVER_REASONS = {
  INVALID_INPUT: {
    code: 'BAD_REQUEST',
    httpStatus: 400,
    retryable: false,
    message: 'The request was not understood. Reload the page and try again.',
  },
  UNAUTHENTICATED: {
    code: 'UNAUTHORIZED',
    httpStatus: 401,
    retryable: false,
    message: 'Your session has ended. Sign in again to open your dashboard.',
  },
  NO_CONNECTED_ACCOUNT: {
    code: 'PRECONDITION_FAILED',
    httpStatus: 412,
    retryable: false,
    message: 'There is no Stripe account connected to your profile yet.',
  },
  ORIGIN_NOT_ALLOWED: {
    code: 'FORBIDDEN',
    httpStatus: 403,
    retryable: false,
    message: 'This site is not allowed to open the dashboard. Please contact support.',
  },
  REQUEST_TOO_LARGE: {
    code: 'PAYLOAD_TOO_LARGE',
    httpStatus: 413,
    retryable: false,
    message: 'The request was too large. Reload the page and try again.',
  },
  UNSUPPORTED_CONTENT_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    httpStatus: 415,
    retryable: false,
    message: 'The request was sent in a format this server does not accept. Reload the page and try again.',
  },
  ACCOUNT_NOT_OWNED: {
    code: 'FORBIDDEN',
    httpStatus: 403,
    retryable: false,
    message: 'You do not have access to that Stripe account.',
  },
  NOT_EXPRESS_DASHBOARD: {
    code: 'PRECONDITION_FAILED',
    httpStatus: 412,
    retryable: false,
    message: 'Your Stripe account does not use the Express Dashboard.',
  },
  ONBOARDING_INCOMPLETE: {
    code: 'PRECONDITION_FAILED',
    httpStatus: 412,
    retryable: false,
    message: 'Finish setting up your Stripe account before opening the dashboard.',
  },
  RATE_LIMITED: {
    code: 'TOO_MANY_REQUESTS',
    httpStatus: 429,
    retryable: true,
    message: 'Too many attempts. Wait a moment, then try again.',
  },
  STRIPE_UNAVAILABLE: {
    code: 'SERVICE_UNAVAILABLE',
    httpStatus: 503,
    retryable: true,
    message: 'Stripe did not answer in time. Try again in a moment.',
  },
  MISCONFIGURED: {
    code: 'INTERNAL_SERVER_ERROR',
    httpStatus: 500,
    retryable: false,
    message: 'The dashboard link is not set up correctly on this platform. Please contact support.',
  },
  PROCEDURE_NOT_FOUND: {
    code: 'NOT_FOUND',
    httpStatus: 404,
    retryable: false,
    message: 'The dashboard link on this platform points to the wrong address. Please contact support.',
  },
  INTERNAL: {
    code: 'INTERNAL_SERVER_ERROR',
    httpStatus: 500,
    retryable: true,
    message: 'Something went wrong on our side. Try again.',
  },
} as const satisfies Record<string, ServerReasonInfo>;

/** Failures the browser detects itself, before or without an answer from the server. */
export const CLIENT_REASONS = {
  NETWORK_ERROR: {
    retryable: true,
    message: 'Could not reach the server. Check your connection and try again.',
  },
  TIMEOUT: {
    retryable: true,
    message: 'The request took too long. Try again.',
  },
} as const satisfies Record<string, ReasonInfo>;

export interface ReasonInfo {
  /** Whether the same request may succeed if the seller simply tries again. */
  retryable: boolean;
  /** A message fit to show the seller. */
  message: string;
}

export interface ServerReasonInfo extends ReasonInfo {
  /** The tRPC error code the server answers with. */
  code: TrpcErrorCode;
  /** The HTTP status that code gives. */
  httpStatus: number;
}

/** A reason the server puts in `error.data.reason`. */
export type ServerReason = keyof typeof SERVER_REASONS;
/** A reason the element reports: the server's, or one it detected itself. */
export type Reason = ServerReason | keyof typeof CLIENT_REASONS;

/** What the server adds to a tRPC error's `data`, next to tRPC's own `code` and `httpStatus`. */
export interface ReasonErrorData {
  reason: ServerReason;
  retryable: boolean;
  /** Seconds to wait before trying again, when the server knows (only with `RATE_LIMITED`). */
  retryAfterSeconds?: number;
}

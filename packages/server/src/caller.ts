/** Who is asking, as the platform's own authentication established it on the server. */
export interface Caller {
  /** The platform's id for the signed-in user (used for logs, audit events and rate limits). */
  userId: string;
  /**
   * The Stripe connected accounts this user may open, default first. The browser may choose among
   * these (`accountId` input) but can never name any other.
   */
  accountIds: readonly string[];
}

/**
 * The part of an incoming request authentication may read. Every adapter provides it, and a Fetch
 * API `Request` is one.
 */
export interface AuthRequest {
  headers: Headers;
}

/**
 * Establishes the caller from the request (a session cookie, a bearer token...), or returns `null`
 * when nobody is signed in. Throwing an `ExpressDashboardError` answers with its reason (such as
 * `INTERNAL` when the session store is down); any other error is logged and answered as
 * `UNAUTHENTICATED`.
 */
export type Authenticate = (request: AuthRequest) => Caller | null | Promise<Caller | null>;

/** The tRPC context the router reads by default: just the request to authenticate. */
export interface ExpressDashboardContext {
  request: AuthRequest;
}

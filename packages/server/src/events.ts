import type { LinkKind, ServerReason } from '@open-express-dashboard/contract';

/**
 * One request for a dashboard link, for audit trails: who asked, for which account, what they got
 * and how long it took. It never carries the URL (a credential) or anything from the request.
 */
export interface LoginLinkEvent {
  name: 'login_link';
  /** `created`: a URL went back to the caller; `failed`: an error with `reason` did. */
  outcome: 'created' | 'failed';
  /** The caller's `userId`, once authenticated. */
  userId: string | undefined;
  /** The connected account the link was for, once chosen. */
  accountId: string | undefined;
  /** Where the URL goes, when one was created. */
  kind: LinkKind | undefined;
  /** Why it failed, when it did. */
  reason: ServerReason | undefined;
  /** Milliseconds from the start of the procedure to its answer. */
  latencyMs: number;
  /**
   * The caller had disconnected by the time the answer was ready. A link `created` then was never
   * delivered: the stripe SDK takes no abort signal, so a request already sent to Stripe is not
   * cancelled. The link is single-use and expires within minutes; nobody holds it.
   */
  callerGone: boolean;
  /** When the request started. */
  time: Date;
}

/**
 * Receives every {@link LoginLinkEvent}. It runs after the answer is decided and never changes it:
 * a thrown error or rejected promise is logged and ignored. The answer does not wait for a returned
 * promise, but synchronous work runs before it is sent: keep it short (queue, then return).
 */
export type OnLoginLinkEvent = (event: LoginLinkEvent) => void | Promise<void>;

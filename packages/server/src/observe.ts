import type { LinkKind, ServerReason } from '@open-express-dashboard/contract';
import type { TRPCError } from '@trpc/server';
import type { Logger } from './logging.js';
import { reasonOf } from './errors.js';
import type { LoginLinkEvent, OnLoginLinkEvent } from './events.js';

/** What one request did, filled in as it goes: who, which account, which kind of link. */
export class Audit {
  readonly time = new Date();
  readonly #started = performance.now();
  userId: string | undefined;
  accountId: string | undefined;
  kind: LinkKind | undefined;

  identify(userId: string): void {
    this.userId = userId;
  }

  account(accountId: string): void {
    this.accountId = accountId;
  }

  sent(kind: LinkKind): void {
    this.kind = kind;
  }

  /** The event for this request, once answered; never holds the URL. */
  finish(error: TRPCError | undefined, callerGone: boolean): LoginLinkEvent {
    return {
      name: 'login_link',
      outcome: error ? 'failed' : 'created',
      userId: this.userId,
      accountId: this.accountId,
      kind: error ? undefined : this.kind,
      reason: error ? reasonOf(error) : undefined,
      latencyMs: Math.round(performance.now() - this.#started),
      callerGone,
      time: this.time,
    };
  }
}

/** Failures worth waking someone for, and those that are the seller's or Stripe's passing trouble. */
const LEVEL: Partial<Record<ServerReason, 'error' | 'warn'>> = {
  INTERNAL: 'error',
  MISCONFIGURED: 'error',
  STRIPE_UNAVAILABLE: 'warn',
};

/**
 * Logs the outcome of a request (one line, with the cause of a failure: Stripe's code, status and
 * request id, scrubbed) and hands its event to `onEvent`, whose failures are logged and ignored.
 */
export function createReporter({ logger, onEvent }: { logger: Logger; onEvent: OnLoginLinkEvent | undefined }) {
  return (audit: Audit, error: TRPCError | undefined, callerGone: boolean): void => {
    const event = audit.finish(error, callerGone);
    // `callerGone` is in the log line only when true: the rare case worth a look.
    const { name: _name, time: _time, callerGone: _gone, ...rest } = event;
    const fields = callerGone ? { ...rest, callerGone } : rest;
    const level = event.reason ? (LEVEL[event.reason] ?? 'info') : 'info';
    const cause = error?.cause;
    logger[level]({ event: 'login_link', ...fields, ...(cause ? { err: cause } : {}) }, `login link ${event.outcome}`);
    if (!onEvent) return;
    try {
      void Promise.resolve(onEvent(event)).catch((hookError: unknown) => logger.error({ err: hookError }, 'onEvent failed'));
    } catch (hookError) {
      logger.error({ err: hookError }, 'onEvent failed');
    }
  };
}

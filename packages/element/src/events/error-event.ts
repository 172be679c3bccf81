import type { Reason } from '@open-express-dashboard/contract';

/** Detail of `open-express-dashboard-error`. */
export interface OpenExpressDashboardErrorDetail {
  /** Why the link could not be opened: a server reason, or `NETWORK_ERROR` / `TIMEOUT`. */
  readonly reason: Reason;
  /** Whether clicking again may succeed. */
  readonly retryable: boolean;
  /** The message the element shows (the `messages` override, or the default for the reason). */
  readonly message: string;
  /** Seconds to wait before trying again, when the server said (only with `RATE_LIMITED`). */
  readonly retryAfterSeconds?: number;
}

/** Fired when the link could not be created or reached. The element shows the message too. */
export type OpenExpressDashboardErrorEvent = CustomEvent<OpenExpressDashboardErrorDetail>;

/** The event's name, for `addEventListener` and framework bindings. */
export const ERROR_EVENT = 'open-express-dashboard-error';

export function errorEvent(detail: OpenExpressDashboardErrorDetail): OpenExpressDashboardErrorEvent {
  return new CustomEvent(ERROR_EVENT, { bubbles: true, composed: true, detail });
}

declare global {
  interface GlobalEventHandlersEventMap {
    [ERROR_EVENT]: OpenExpressDashboardErrorEvent;
  }
}

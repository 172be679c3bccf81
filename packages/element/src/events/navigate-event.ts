import type { LinkKind } from '@open-express-dashboard/contract';

/** Where the link opens: this tab, or a new one. */
export type NavigationTarget = '_self' | '_blank';

/**
 * Detail of `open-express-dashboard-navigate`. It deliberately holds no URL: the login link is a
 * single-use credential, and event details end up in analytics, logs and devtools.
 */
export interface OpenExpressDashboardNavigateDetail {
  /** Where the link goes (`express_dashboard`, or `onboarding` for a seller who has not finished). */
  readonly kind: LinkKind;
  /** Where the link will open: `_blank` only when the new tab could be opened, else `_self`. */
  readonly target: NavigationTarget;
  /**
   * Opens the link as the element would have. Call it once, after cancelling the event, when the
   * host is ready (after a confirmation, say). Later calls do nothing. Links expire within minutes.
   * For `_blank`, call it from a user gesture (a click handler), or the browser may block the tab;
   * then the link opens in this tab.
   */
  readonly proceed: () => void;
}

/**
 * Fired when the link arrived, just before the element opens it. Cancel it (`preventDefault()`)
 * to stop the navigation; `detail.proceed()` resumes it later.
 */
export type OpenExpressDashboardNavigateEvent = CustomEvent<OpenExpressDashboardNavigateDetail>;

/** The event's name, for `addEventListener` and framework bindings. */
export const NAVIGATE_EVENT = 'open-express-dashboard-navigate';

export function navigateEvent(detail: OpenExpressDashboardNavigateDetail): OpenExpressDashboardNavigateEvent {
  return new CustomEvent(NAVIGATE_EVENT, { bubbles: true, composed: true, cancelable: true, detail });
}

declare global {
  interface GlobalEventHandlersEventMap {
    [NAVIGATE_EVENT]: OpenExpressDashboardNavigateEvent;
  }
}

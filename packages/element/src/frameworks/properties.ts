// What a template may set and listen to on <open-express-dashboard>, once, for every framework's typings.
import type { OpenExpressDashboardErrorEvent } from '../events/error-event.js';
import type { OpenExpressDashboardNavigateEvent } from '../events/navigate-event.js';
import type { OpenExpressDashboard } from '../open-express-dashboard.component.js';

/** The element's settable properties (read-only ones such as `status` and `loading` left out). */
export type OpenExpressDashboardProperties = Partial<
  Pick<
    OpenExpressDashboard,
    | 'endpoint'
    | 'credentials'
    | 'getToken'
    | 'accountId'
    | 'timeout'
    | 'target'
    | 'variant'
    | 'size'
    | 'theme'
    | 'disabled'
    | 'pendingLabel'
    | 'newTabLabel'
    | 'messages'
    | 'navigate'
  >
>;

/** The attributes whose names differ from their property's, as written in HTML templates. */
export interface OpenExpressDashboardAttributes {
  'account-id'?: string;
  'pending-label'?: string;
  'new-tab-label'?: string;
}

/** The element's events, by name. */
export interface OpenExpressDashboardEvents {
  'open-express-dashboard-navigate': OpenExpressDashboardNavigateEvent;
  'open-express-dashboard-error': OpenExpressDashboardErrorEvent;
}

/** `on<event name>` listener props, as React 19 and Svelte 5 attach custom events. */
export type OpenExpressDashboardEventProps = {
  [Name in keyof OpenExpressDashboardEvents as `on${Name}`]?: (event: OpenExpressDashboardEvents[Name]) => void;
};

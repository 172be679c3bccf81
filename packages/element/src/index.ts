// The package root: the class and its types, no registration and no access to `window`, so
// server-side rendering frameworks can import it. `./define` registers the tag.
export {
  DEFAULT_TIMEOUT_MS,
  OpenExpressDashboard,
  type ButtonSize,
  type ButtonTheme,
  type ButtonVariant,
  type OpenExpressDashboardStatus,
} from './open-express-dashboard.component.js';
export type { TokenGetter } from './login-link-client.js';
export type { ErrorMessages } from './messages.js';
export {
  NAVIGATE_EVENT,
  type NavigationTarget,
  type OpenExpressDashboardNavigateDetail,
  type OpenExpressDashboardNavigateEvent,
} from './events/navigate-event.js';
export { ERROR_EVENT, type OpenExpressDashboardErrorDetail, type OpenExpressDashboardErrorEvent } from './events/error-event.js';
export type { CreateLoginLinkOutput, LinkKind, Reason } from '@open-express-dashboard/contract';

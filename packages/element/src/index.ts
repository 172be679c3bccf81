export { OpenExpressDashboard } from './open-express-dashboard.component.js';
export { LoginLinkFailure } from './login-link-client.js';
export type { CreateLoginLinkOutput, LinkKind, Reason } from '@open-express-dashboard/contract';

export type { AuthRequest, Authenticate, Caller, ExpressDashboardContext } from './caller.js';
export { ExpressDashboardError } from './errors.js';
export {
  accountIdSchema,
  createExpressDashboardRouter,
  createLoginLinkInput,
  type AppRouter,
  type ExpressDashboardRouterOptions,
} from './router.js';
export {
  createExpressDashboardNodeHandler,
  nodeContext,
  toFetchHeaders,
  type NodeHandlerOptions,
} from './adapters/node.js';
export type { CreateLoginLinkInput, CreateLoginLinkOutput, LinkKind, ServerReason } from '@open-express-dashboard/contract';
export { STRIPE_API_VERSION, createStripeClient, stripeEndpoint, type StripeClientOptions } from './stripe-client.js';

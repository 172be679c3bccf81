export type { AuthRequest, Authenticate, Caller, ExpressDashboardContext } from './caller.js';
export { ExpressDashboardError, formatReasonError, type ReasonErrorShape, type ReasonErrorShapeData } from './errors.js';
export type { RouterErrorShape } from './trpc.js';
export { accountIdSchema, createLoginLinkInput } from './input.js';
export {
  createExpressDashboardRouter,
  type AppRouter,
  type ExpressDashboardRouterOptions,
  type RouterInputs,
  type RouterOutputs,
} from './router.js';
export type { OnboardingUrls } from './destination.js';
export type { AccountCacheOptions } from './account-cache.js';
export type { LoginLinkEvent, OnLoginLinkEvent } from './events.js';
export { DEFAULT_RATE_LIMIT, type RateLimitOptions, type RedisClient } from './rate-limit.js';
export { createJwtAuthenticator, readToken, type JwtAuthenticatorOptions } from './auth/jwt.js';
export { REDACT_PATHS, createLogger, safeLogger, scrub, type Logger } from './logging.js';
export { DEFAULT_MAX_BODY_BYTES, expressDashboardResponseMeta, linkResponseHeaders, type HttpPolicyOptions } from './http/policy.js';
export { normalizeOrigin, type OriginPolicyOptions } from './http/origin.js';
export { parseRequestTarget, type RequestTarget } from './http/target.js';
export { createExpressDashboardNodeHandler, guardRequestListener, type NodeHandler, type NodeHandlerOptions } from './adapters/node.js';
export { nodeContext, toFetchHeaders } from './adapters/node-request.js';
export type { ServeOptions } from './adapters/core.js';
export { createExpressDashboardFetchHandler, type FetchHandlerOptions } from './adapters/fetch.js';
export type { CreateLoginLinkInput, CreateLoginLinkOutput, LinkKind, ServerReason } from '@open-express-dashboard/contract';
export { STRIPE_API_VERSION, createStripeClient, stripeEndpoint, type StripeClientOptions } from './stripe-client.js';

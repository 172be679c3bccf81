// The package root: the router and everything adapters share, and no adapter. It imports no Node
// built-in and no package that does, so edge runtimes (Workers without nodejs_compat) can load it.
// Adapters: `./node`, `./fetch`, `./express`; start-up configuration: `./environment`.
export {
  createExpressDashboardRouter,
  type AppRouter,
  type ExpressDashboardRouterOptions,
  type RouterInputs,
  type RouterOutputs,
} from './router.js';
export type { AuthRequest, Authenticate, Caller, ExpressDashboardContext } from './caller.js';
export { createJwtAuthenticator, type JwtAuthenticatorOptions } from './auth/jwt.js';
export { STRIPE_API_VERSION, createStripeClient, type StripeClientOptions } from './stripe-client.js';
export { ExpressDashboardError, formatReasonError, type ReasonErrorShape, type ReasonErrorShapeData } from './errors.js';
export type { RouterErrorShape } from './trpc.js';
export { DEFAULT_MAX_BODY_BYTES, expressDashboardResponseMeta } from './http/policy.js';
export { normalizeOrigin } from './http/origin.js';
export type { ServeOptions } from './serve-options.js';
export { DEFAULT_RATE_LIMIT, type RateLimitOptions, type RateLimitStore, type RedisClient } from './rate-limit.js';
export type { AccountCacheOptions } from './account-cache.js';
export type { OnboardingUrls } from './destination.js';
export type { LoginLinkEvent, OnLoginLinkEvent } from './events.js';
export { createConsoleLogger, type ConsoleLogger, type ConsoleLoggerOptions, type LogLevel, type Logger } from './logging.js';
export type { CreateLoginLinkInput, CreateLoginLinkOutput, LinkKind, ServerReason } from '@open-express-dashboard/contract';

import type { ServerReason } from '@open-express-dashboard/contract';
import type { HttpHandler } from 'msw';
import {
  loginLinkError,
  loginLinkErrorScenarios,
  loginLinkGatewayError,
  loginLinkHandler,
  loginLinkNetworkError,
  loginLinkSlow,
  loginLinkSuccess,
  type HandlerOptions,
  type LoginLinkCall,
  type LoginLinkErrorOptions,
  type LoginLinkSuccessOptions,
} from './handlers.js';
import type { LoginLinkRequest } from './request.js';
import type { LoginLinkReply } from './wire.js';

/** The endpoint, and the link the happy path answers with. */
export type LoginLinkMocksOptions = Pick<LoginLinkSuccessOptions, 'endpoint' | 'url' | 'kind'>;

type ScenarioOptions = Omit<HandlerOptions, 'endpoint' | 'onRequest'>;

/** Every handler for one endpoint in one place, recording what was sent to any of them. */
export interface LoginLinkMocks {
  /** The happy path, to start `setupServer(...mocks.handlers)` / `setupWorker(...mocks.handlers)` with. */
  readonly handlers: readonly HttpHandler[];
  /** One ready scenario per reason the server can return, to switch to with `use(mocks.errors.X)`. */
  readonly errors: Readonly<Record<ServerReason, HttpHandler>>;
  /** A dropped connection: no answer at all. */
  readonly networkError: HttpHandler;
  /** A proxy's HTML error page (502) instead of a tRPC answer. */
  readonly gatewayError: HttpHandler;
  /** Success with other options (another `url` or `kind`, a `delay`, `once`). */
  success(options?: Omit<LoginLinkSuccessOptions, 'endpoint' | 'onRequest'>): HttpHandler;
  /** Success after `delay` milliseconds, or never (`'infinite'`). */
  slow(delay: number | 'infinite', options?: Omit<LoginLinkSuccessOptions, 'endpoint' | 'onRequest' | 'delay'>): HttpHandler;
  /** A server reason with other options (`message`, `retryAfterSeconds`, `delay`, `once`). */
  error(reason: ServerReason, options?: Omit<LoginLinkErrorOptions, 'endpoint' | 'onRequest'>): HttpHandler;
  /** An answer computed per call, typed against the contract (see `loginLinkHandler`). */
  reply(resolve: (call: LoginLinkCall) => LoginLinkReply | Promise<LoginLinkReply>, options?: ScenarioOptions): HttpHandler;
  /** What was sent to any of these handlers, oldest first. */
  readonly requests: readonly LoginLinkRequest[];
  /** Forgets recorded requests (call it where you call `resetHandlers()`). */
  clearRequests(): void;
}

/**
 * The kit's handlers for one endpoint, set up once: success handlers for `setupServer`/`setupWorker`,
 * named error scenarios for `use(...)`, and a record of every request (msw's recommended layout).
 *
 * @example
 * const mocks = createLoginLinkMocks({ endpoint: '/trpc' });
 * const worker = setupWorker(...mocks.handlers);
 * worker.use(mocks.errors.ONBOARDING_INCOMPLETE);
 */
export function createLoginLinkMocks(options: LoginLinkMocksOptions = {}): LoginLinkMocks {
  const requests: LoginLinkRequest[] = [];
  const shared: HandlerOptions = { endpoint: options.endpoint, onRequest: (request) => void requests.push(request) };
  const defaults = { url: options.url, kind: options.kind };
  return {
    handlers: [loginLinkSuccess({ ...defaults, ...shared })],
    errors: loginLinkErrorScenarios(shared),
    networkError: loginLinkNetworkError(shared),
    gatewayError: loginLinkGatewayError(shared),
    success: (more = {}) => loginLinkSuccess({ ...defaults, ...more, ...shared }),
    slow: (delay, more = {}) => loginLinkSlow(delay, { ...defaults, ...more, ...shared }),
    error: (reason, more = {}) => loginLinkError(reason, { ...more, ...shared }),
    reply: (resolve, more = {}) => loginLinkHandler(resolve, { ...more, ...shared }),
    requests,
    clearRequests: () => void requests.splice(0),
  };
}

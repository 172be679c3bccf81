import { SERVER_REASONS, type ServerReason } from '@open-express-dashboard/contract';
import type { HttpHandler } from 'msw';
import { errorAnswer, gatewayErrorAnswer, networkErrorAnswer, serverAnswer, successAnswer, type Answer } from './answers.js';
import { mutationHandler, type HandlerOptions, type LoginLinkErrorOptions, type LoginLinkSuccessOptions } from './handlers.js';
import type { LoginLinkRequest } from './request.js';
import type { LoginLinkCall, LoginLinkReply } from './wire.js';

/** The endpoint, and the link the happy path answers with. */
export type LoginLinkMocksOptions = Pick<LoginLinkSuccessOptions, 'endpoint' | 'url' | 'kind'>;

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
  /** Success with other options: another `url` or `kind`, a `delay` (`'infinite'` for a loading state), `once`. */
  success(options?: Omit<LoginLinkSuccessOptions, 'endpoint'>): HttpHandler;
  /** A server reason with other options (`message`, `retryAfterSeconds`, `delay`, `once`). */
  error(reason: ServerReason, options?: Omit<LoginLinkErrorOptions, 'endpoint'>): HttpHandler;
  /** An answer computed per call, typed against the contract (see `loginLinkHandler`). */
  reply(
    resolve: (call: LoginLinkCall) => LoginLinkReply | Promise<LoginLinkReply>,
    options?: Omit<HandlerOptions, 'endpoint'>,
  ): HttpHandler;
  /** What was sent to any of these handlers, oldest first. */
  readonly requests: readonly LoginLinkRequest[];
  /** Forgets recorded requests (call it where you call `resetHandlers()`). */
  clearRequests(): void;
}

/** What each ready error scenario sends besides its reason: `RATE_LIMITED` says when to retry, as the server does when Stripe says. */
function scenarioDetails(reason: ServerReason): LoginLinkErrorOptions {
  return reason === 'RATE_LIMITED' ? { retryAfterSeconds: 30 } : {};
}

/**
 * The kit's handlers for one endpoint, set up once: success handlers for `setupServer`/`setupWorker`,
 * named error scenarios for `use(...)`, and a record of every request (msw's recommended layout).
 *
 * @example
 * const mocks = createLoginLinkMocks({ endpoint: '/trpc' });
 * const worker = setupWorker(...mocks.handlers);
 * worker.use(mocks.errors.ONBOARDING_INCOMPLETE);
 * expect(mocks.requests).toHaveLength(1);
 */
export function createLoginLinkMocks(options: LoginLinkMocksOptions = {}): LoginLinkMocks {
  const requests: LoginLinkRequest[] = [];
  const link = { url: options.url, kind: options.kind };
  const recorded = (more: HandlerOptions, answer: Answer) =>
    mutationHandler({ ...more, endpoint: options.endpoint }, answer, (request) => void requests.push(request));
  const reasons = Object.keys(SERVER_REASONS) as ServerReason[];
  const errors = Object.fromEntries(reasons.map((reason) => [reason, recorded({}, errorAnswer(reason, scenarioDetails(reason)))]));
  return {
    handlers: [recorded({}, successAnswer(link))],
    errors: errors as Record<ServerReason, HttpHandler>,
    networkError: recorded({}, networkErrorAnswer),
    gatewayError: recorded({}, gatewayErrorAnswer({})),
    success: (more = {}) => recorded(more, successAnswer({ ...link, ...more })),
    error: (reason, more = {}) => recorded(more, errorAnswer(reason, more)),
    reply: (resolve, more = {}) => recorded(more, serverAnswer(resolve)),
    requests,
    clearRequests: () => void requests.splice(0),
  };
}

import type { CreateLoginLinkOutput, ServerReason } from '@open-express-dashboard/contract';
import { delay as wait, getResponse, http, type HttpHandler, type JsonBodyType } from 'msw';
import {
  errorAnswer,
  gatewayErrorAnswer,
  malformedAnswer,
  networkErrorAnswer,
  serverAnswer,
  successAnswer,
  type Answer,
  type GatewayErrorAnswerOptions,
} from './answers.js';
import { readLoginLinkRequest, type LoginLinkRequest } from './request.js';
import { isLoginLinkRequest, type LoginLinkCall, type LoginLinkFailureReply, type LoginLinkReply } from './wire.js';

/** Where a handler answers, when, and how many times. Every handler takes these. */
export interface HandlerOptions {
  /**
   * The tRPC endpoint the element calls: a path on the page's origin (default `/trpc`, the element's
   * default) or an absolute URL for a cross-origin API, such as `https://api.example.com/trpc`.
   */
  endpoint?: string;
  /** Answer only after this many milliseconds, or never (`'infinite'`), to test loading states and timeouts. */
  delay?: number | 'infinite';
  /** Answer only the first matching request, then step aside (msw's `once`). */
  once?: boolean;
}

export interface LoginLinkSuccessOptions extends HandlerOptions, Partial<CreateLoginLinkOutput> {}

export interface LoginLinkErrorOptions extends HandlerOptions, Omit<LoginLinkFailureReply, 'reason'> {}

export interface LoginLinkGatewayErrorOptions extends HandlerOptions, GatewayErrorAnswerOptions {}

export interface LoginLinkMalformedOptions extends HandlerOptions {
  /** HTTP status. Default 200. */
  status?: number;
}

/**
 * The one handler all others are built on: matches `POST {endpoint}/expressDashboard.createLoginLink`,
 * passes what was sent to `record` (the mocks' list: see `createLoginLinkMocks`), waits as asked, then answers.
 */
export function mutationHandler(options: HandlerOptions, answer: Answer, record?: (request: LoginLinkRequest) => void): HttpHandler {
  return http.post(
    ({ request }) => isLoginLinkRequest(request.url, options.endpoint),
    async ({ request, cookies }) => {
      const sent = await readLoginLinkRequest(request, cookies);
      record?.(sent);
      if (options.delay !== undefined) await wait(options.delay);
      return answer(sent);
    },
    { once: options.once ?? false },
  );
}

/**
 * A handler whose answer you compute per call, typed against the contract: return a
 * `CreateLoginLinkOutput` (`{ url, kind }`) or `{ reason }` with a server reason. Input the
 * server's schema would refuse is answered with `INVALID_INPUT` without calling `resolve`.
 *
 * @example
 * loginLinkHandler(({ input }) =>
 *   input?.accountId === 'acct_1Other' ? { reason: 'ACCOUNT_NOT_OWNED' } : { url: LINK, kind: 'express_dashboard' })
 */
export function loginLinkHandler(
  resolve: (call: LoginLinkCall) => LoginLinkReply | Promise<LoginLinkReply>,
  options: HandlerOptions = {},
): HttpHandler {
  return mutationHandler(options, serverAnswer(resolve));
}

/**
 * Answers `expressDashboard.createLoginLink` as the server does on success: `{ url, kind }`.
 * With `delay`, after that many milliseconds, or never (`'infinite'`): a loading state.
 */
export function loginLinkSuccess(options: LoginLinkSuccessOptions = {}): HttpHandler {
  return mutationHandler(options, successAnswer(options));
}

/** Answers with the error the server sends for `reason`: its HTTP status, tRPC code and safe message. */
export function loginLinkError(reason: ServerReason, options: LoginLinkErrorOptions = {}): HttpHandler {
  return mutationHandler(options, errorAnswer(reason, options));
}

/** Fails as a dropped connection does: no answer at all (the element reports `NETWORK_ERROR`). */
export function loginLinkNetworkError(options: HandlerOptions = {}): HttpHandler {
  return mutationHandler(options, networkErrorAnswer);
}

/** Answers as a proxy or load balancer does when the platform's server is down: not tRPC at all. */
export function loginLinkGatewayError(options: LoginLinkGatewayErrorOptions = {}): HttpHandler {
  return mutationHandler(options, gatewayErrorAnswer(options));
}

/**
 * Answers with exactly `body` as JSON: a reply the server never sends (a `javascript:` URL, no URL,
 * an unknown `kind`), to test that a client refuses to follow it. Untyped on purpose.
 */
export function loginLinkMalformed(body: JsonBodyType, options: LoginLinkMalformedOptions = {}): HttpHandler {
  return mutationHandler(options, malformedAnswer(body, options.status));
}

/** A held answer: see {@link holdLoginLinkAnswer}. */
export interface HeldLoginLinkAnswer {
  /** Install this with `worker.use(...)` / `server.use(...)`. */
  handler: HttpHandler;
  /** Lets every held request (and later ones) get the wrapped handler's answer. */
  release(): void;
  /** How many requests have arrived so far. */
  readonly received: number;
}

/**
 * Holds the answer of one of the kit's handlers until the test calls `release()`: act while a
 * request is in flight (unmount, click again, time out) without racing a timer. It matches the
 * requests `answer` matches (same endpoint).
 */
export function holdLoginLinkAnswer(answer: HttpHandler): HeldLoginLinkAnswer {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let received = 0;
  const handler = http.post(answer.info.path, async ({ request }) => {
    received += 1;
    await released;
    return getResponse([answer], request);
  });
  return {
    handler,
    release,
    get received() {
      return received;
    },
  };
}

import { SERVER_REASONS, type CreateLoginLinkInput, type CreateLoginLinkOutput, type ServerReason } from '@open-express-dashboard/contract';
import { HttpResponse, delay as wait, getResponse, http, type HttpHandler, type JsonBodyType } from 'msw';
import { readLoginLinkRequest, type LoginLinkRequest } from './request.js';
import {
  errorBody,
  isFailure,
  isLoginLinkInput,
  isLoginLinkRequest,
  successBody,
  type LoginLinkErrorBody,
  type LoginLinkFailureReply,
  type LoginLinkReply,
  type LoginLinkResponseBody,
  type LoginLinkSuccessBody,
} from './wire.js';

export interface HandlerOptions {
  /**
   * The tRPC endpoint the element calls: a path on the page's origin (default `/trpc`, the element's
   * default) or an absolute URL for a cross-origin API, such as `https://api.example.com/trpc`.
   */
  endpoint?: string;
  /** Answer only after this many milliseconds, or never (`'infinite'`), to test loading states and timeouts. */
  delay?: number | 'infinite';
  /** Called with every request the handler answers, to assert what the element sent. */
  onRequest?: (request: LoginLinkRequest) => void;
  /** Answer only the first matching request, then step aside (msw's `once`). */
  once?: boolean;
}

export interface LoginLinkSuccessOptions extends HandlerOptions, Partial<CreateLoginLinkOutput> {}

export interface LoginLinkErrorOptions extends HandlerOptions, Omit<LoginLinkFailureReply, 'reason'> {}

export interface LoginLinkGatewayErrorOptions extends HandlerOptions {
  /** HTTP status. Default 502. */
  status?: number;
  /** Body. Default: a small HTML "Bad gateway" page, as proxies send. */
  body?: string;
  /** Default `text/html; charset=utf-8`. */
  contentType?: string;
}

/** What a custom handler is given: the checked input and everything that was sent. */
export interface LoginLinkCall {
  input: CreateLoginLinkInput | undefined;
  request: LoginLinkRequest;
}

/** A link shaped like Stripe's (see Stripe's own `login_link` example object). */
export const DEFAULT_LOGIN_LINK_URL = 'https://connect.stripe.com/express/acct_1PgafTB7WZ01zgkW/ehJImT2clfHr';

function respond(body: LoginLinkSuccessBody | LoginLinkErrorBody, batched: boolean): HttpResponse<LoginLinkResponseBody> {
  const status = 'error' in body ? body.error.data.httpStatus : 200;
  return HttpResponse.json<LoginLinkResponseBody>(batched ? [body] : body, { status });
}

/**
 * The one handler all others are built on: matches `POST {endpoint}/expressDashboard.createLoginLink`,
 * records the call, waits as asked, then answers.
 */
function mutationHandler(options: HandlerOptions, answer: (request: LoginLinkRequest) => Response | Promise<Response>): HttpHandler {
  return http.post(
    ({ request }) => isLoginLinkRequest(request.url, options.endpoint),
    async ({ request, cookies }) => {
      const sent = await readLoginLinkRequest(request, cookies);
      options.onRequest?.(sent);
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
  return mutationHandler(options, async (request) => {
    // The server's schema refuses such input before any of its code runs, so every scenario that
    // answers as the server does refuses it too. (A dropped connection or a proxy never gets that far.)
    if (!isLoginLinkInput(request.input)) return respond(errorBody({ reason: 'INVALID_INPUT' }), request.batched);
    const reply = await resolve({ input: request.input, request });
    // Only the contract's fields go on the wire: TypeScript does not flag extra fields of an object
    // literal returned from a callback, so they are dropped here instead.
    const body = isFailure(reply) ? errorBody(reply) : successBody({ url: reply.url, kind: reply.kind });
    return respond(body, request.batched);
  });
}

/** Answers `expressDashboard.createLoginLink` as the server does on success: `{ url, kind }`. */
export function loginLinkSuccess(options: LoginLinkSuccessOptions = {}): HttpHandler {
  const output: CreateLoginLinkOutput = {
    url: options.url ?? DEFAULT_LOGIN_LINK_URL,
    kind: options.kind ?? 'express_dashboard',
  };
  return loginLinkHandler(() => output, options);
}

/** A successful answer that takes `delay` milliseconds (or never comes, with `'infinite'`). */
export function loginLinkSlow(delay: number | 'infinite', options: Omit<LoginLinkSuccessOptions, 'delay'> = {}): HttpHandler {
  return loginLinkSuccess({ ...options, delay });
}

/** Answers with the error the server sends for `reason`: its HTTP status, tRPC code and safe message. */
export function loginLinkError(reason: ServerReason, options: LoginLinkErrorOptions = {}): HttpHandler {
  const { message, retryAfterSeconds } = options;
  return loginLinkHandler(() => ({ reason, message, retryAfterSeconds }), options);
}

/**
 * One ready error scenario per reason the server can return, to switch to with `use(...)`.
 * `RATE_LIMITED` carries `retryAfterSeconds: 30`, as the server sends when Stripe says when.
 */
export function loginLinkErrorScenarios(options: HandlerOptions = {}): Readonly<Record<ServerReason, HttpHandler>> {
  const reasons = Object.keys(SERVER_REASONS) as ServerReason[];
  return Object.fromEntries(
    reasons.map((reason) => [reason, loginLinkError(reason, reason === 'RATE_LIMITED' ? { ...options, retryAfterSeconds: 30 } : options)]),
  ) as Record<ServerReason, HttpHandler>;
}

/** Fails as a dropped connection does: no answer at all (the element reports `NETWORK_ERROR`). */
export function loginLinkNetworkError(options: HandlerOptions = {}): HttpHandler {
  return mutationHandler(options, () => HttpResponse.error());
}

/** Answers as a proxy or load balancer does when the platform's server is down: not tRPC at all. */
export function loginLinkGatewayError(options: LoginLinkGatewayErrorOptions = {}): HttpHandler {
  const body = options.body ?? '<!doctype html><title>502 Bad Gateway</title><h1>Bad gateway</h1>';
  const contentType = options.contentType ?? 'text/html; charset=utf-8';
  return mutationHandler(
    options,
    () => new HttpResponse(body, { status: options.status ?? 502, headers: { 'content-type': contentType } }),
  );
}

export interface LoginLinkMalformedOptions extends HandlerOptions {
  /** HTTP status. Default 200. */
  status?: number;
}

/**
 * Answers with exactly `body` as JSON: a reply the server never sends (a `javascript:` URL, no URL,
 * an unknown `kind`), to test that a client refuses to follow it. Untyped on purpose.
 */
export function loginLinkMalformed(body: JsonBodyType, options: LoginLinkMalformedOptions = {}): HttpHandler {
  return mutationHandler(options, () => HttpResponse.json(body, { status: options.status ?? 200 }));
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

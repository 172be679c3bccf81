import {
  CREATE_LOGIN_LINK_PATH,
  DEFAULT_ENDPOINT,
  SERVER_REASONS,
  type CreateLoginLinkOutput,
  type ReasonErrorData,
  type ServerReason,
} from '@open-express-dashboard/contract';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import { HttpResponse, delay, http, type HttpHandler } from 'msw';

/** What the element sent, as a handler saw it. */
export interface LoginLinkRequest {
  /** The mutation's input (`undefined` when the element sent none). */
  input: unknown;
  headers: Headers;
  /** Cookies msw saw on the request (in browsers: the page's cookies, when credentials allow). */
  cookies: Record<string, string>;
  /** The request's credentials mode (`same-origin`, `include`, `omit`). */
  credentials: RequestCredentials;
  url: string;
}

export interface HandlerOptions {
  /**
   * The tRPC endpoint the element calls: a path on the page's origin (default `/trpc`, the element's
   * default) or an absolute URL for a cross-origin API.
   */
  endpoint?: string;
  /** Answer only after this many milliseconds, or never (`'infinite'`), to test loading states and timeouts. */
  delay?: number | 'infinite';
  /** Called with every request the handler answers, to assert what the element sent. */
  onRequest?: (request: LoginLinkRequest) => void;
}

export interface LoginLinkSuccessOptions extends HandlerOptions, Partial<CreateLoginLinkOutput> {}

export interface LoginLinkErrorOptions extends HandlerOptions {
  /** Overrides the reason's default message. */
  message?: string;
  /** Sent as `data.retryAfterSeconds` (use with `RATE_LIMITED`). */
  retryAfterSeconds?: number;
}

/** The URL msw should match: the mutation's path under the endpoint. */
function procedureUrl(endpoint = DEFAULT_ENDPOINT): string {
  return `${endpoint.replace(/\/+$/, '')}/${CREATE_LOGIN_LINK_PATH}`;
}

async function readInput(request: Request): Promise<unknown> {
  const text = await request.clone().text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** A POST handler for the mutation that records the call and waits as asked before answering. */
function loginLinkHandler(options: HandlerOptions, answer: () => Response): HttpHandler {
  return http.post(procedureUrl(options.endpoint), async ({ request, cookies }) => {
    options.onRequest?.({
      input: await readInput(request),
      headers: request.headers,
      cookies,
      credentials: request.credentials,
      url: request.url,
    });
    if (options.delay !== undefined) await delay(options.delay);
    return answer();
  });
}

/** Answers `expressDashboard.createLoginLink` as the server does on success. */
export function loginLinkSuccess(options: LoginLinkSuccessOptions = {}): HttpHandler {
  const data: CreateLoginLinkOutput = {
    url: options.url ?? 'https://connect.stripe.com/express/acct_1PgafTB7WZ01zgkW/ehJImT2clfHr',
    kind: options.kind ?? 'express_dashboard',
  };
  return loginLinkHandler(options, () => HttpResponse.json({ result: { data } }));
}

/** Answers `expressDashboard.createLoginLink` with the error the server sends for `reason`. */
export function loginLinkError(reason: ServerReason, options: LoginLinkErrorOptions = {}): HttpHandler {
  const info = SERVER_REASONS[reason];
  const data: ReasonErrorData & { code: string; httpStatus: number; path: string } = {
    code: info.code,
    httpStatus: info.httpStatus,
    path: CREATE_LOGIN_LINK_PATH,
    reason,
    retryable: info.retryable,
    ...(options.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: options.retryAfterSeconds }),
  };
  const body = { error: { message: options.message ?? info.message, code: TRPC_ERROR_CODES_BY_KEY[info.code], data } };
  return loginLinkHandler(options, () => HttpResponse.json(body, { status: info.httpStatus }));
}

/** Fails `expressDashboard.createLoginLink` as a dropped connection does: no answer at all. */
export function loginLinkNetworkError(options: HandlerOptions = {}): HttpHandler {
  return loginLinkHandler(options, () => HttpResponse.error());
}

/** Collects what the element sent: pass `onRequest` to handlers, read `requests`. */
export function recordLoginLinkRequests(): { requests: LoginLinkRequest[]; onRequest: (request: LoginLinkRequest) => void } {
  const requests: LoginLinkRequest[] = [];
  return { requests, onRequest: (request) => void requests.push(request) };
}

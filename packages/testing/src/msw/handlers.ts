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

export interface EndpointOptions {
  /**
   * The tRPC endpoint the element calls: a path on the page's origin (default `/trpc`, the element's
   * default) or an absolute URL for a cross-origin API.
   */
  endpoint?: string;
}

export interface LoginLinkSuccessOptions extends EndpointOptions, Partial<CreateLoginLinkOutput> {
  /** Answer only after this many milliseconds, or never (`'infinite'`), to test the loading state. */
  delay?: number | 'infinite';
}

export interface LoginLinkErrorOptions extends EndpointOptions {
  /** Overrides the reason's default message. */
  message?: string;
  /** Sent as `data.retryAfterSeconds` (use with `RATE_LIMITED`). */
  retryAfterSeconds?: number;
}

/** The URL msw should match: the mutation's path under the endpoint. */
function procedureUrl(endpoint = DEFAULT_ENDPOINT): string {
  return `${endpoint.replace(/\/+$/, '')}/${CREATE_LOGIN_LINK_PATH}`;
}

/** Answers `expressDashboard.createLoginLink` as the server does on success. */
export function loginLinkSuccess(options: LoginLinkSuccessOptions = {}): HttpHandler {
  const data: CreateLoginLinkOutput = {
    url: options.url ?? 'https://connect.stripe.com/express/acct_1PgafTB7WZ01zgkW/ehJImT2clfHr',
    kind: options.kind ?? 'express_dashboard',
  };
  return http.post(procedureUrl(options.endpoint), async () => {
    if (options.delay !== undefined) await delay(options.delay);
    return HttpResponse.json({ result: { data } });
  });
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
  return http.post(procedureUrl(options.endpoint), () => HttpResponse.json(body, { status: info.httpStatus }));
}

import { CREATE_LOGIN_LINK_PATH, SERVER_REASONS, type ServerReason } from '@open-express-dashboard/contract';
import type { TRPCError } from '@trpc/server';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import { ExpressDashboardError } from '../errors.js';
import { createOriginPolicy, type OriginDecision, type OriginPolicyOptions } from './origin.js';

/** What every adapter enforces around the router. */
export interface HttpPolicyOptions extends OriginPolicyOptions {
  /** The largest request body accepted, in bytes. Default 16 KiB: the mutation's input is tiny. */
  maxBodyBytes?: number;
}

export const DEFAULT_MAX_BODY_BYTES = 16 * 1024;

/**
 * The headers this library's adapters add to every tRPC answer: the link headers, and
 * `Vary: Origin` (appended to tRPC's own `Vary`) since CORS headers depend on it.
 */
export function servedResponseHeaders(errors: readonly TRPCError[]): Headers {
  const headers = new Headers(linkResponseHeaders(errors));
  headers.append('vary', 'Origin');
  return headers;
}

/** The headers of a link response: never cached; `Retry-After` when rate-limited. */
export function linkResponseHeaders(errors: readonly TRPCError[]): Record<string, string> {
  const headers: Record<string, string> = { 'cache-control': 'no-store' };
  for (const error of errors) {
    if (error instanceof ExpressDashboardError && error.retryAfterSeconds !== undefined) {
      headers['retry-after'] = String(error.retryAfterSeconds);
    }
  }
  return headers;
}

/**
 * A `responseMeta` for your own tRPC adapter when you merge the router into yours: link responses
 * are never cached and carry `Retry-After` when rate-limited; other responses are left alone.
 */
export function expressDashboardResponseMeta(options: {
  errors: readonly TRPCError[];
  info?: { calls: readonly { path: string }[] } | undefined;
}): { headers?: Record<string, string> } {
  const ours = options.info?.calls.some((call) => call.path === CREATE_LOGIN_LINK_PATH || call.path.endsWith(`.${CREATE_LOGIN_LINK_PATH}`));
  return ours ? { headers: linkResponseHeaders(options.errors) } : {};
}

/** Why an adapter refuses a request before tRPC sees it. */
export type RefusalReason = Extract<ServerReason, 'ORIGIN_NOT_ALLOWED' | 'REQUEST_TOO_LARGE'>;

/**
 * A response in tRPC's error shape for a request refused before tRPC saw it, with the headers every
 * served answer carries (never cached, `Vary: Origin`) plus `headers` (the CORS decision's).
 */
export function reasonErrorResponse(
  reason: RefusalReason,
  headers: Record<string, string> = {},
): { status: number; body: string; headers: Record<string, string> } {
  const info = SERVER_REASONS[reason];
  const body = {
    error: {
      message: info.message,
      code: TRPC_ERROR_CODES_BY_KEY[info.code],
      data: { code: info.code, httpStatus: info.httpStatus, reason, retryable: info.retryable },
    },
  };
  return {
    status: info.httpStatus,
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store', vary: 'Origin', ...headers },
  };
}

export interface HttpGate {
  maxBodyBytes: number;
  decideOrigin(method: string, headers: Headers): OriginDecision;
  /** A declared body larger than allowed, refused before reading it. */
  declaredTooLarge(headers: Headers): boolean;
}

export function createHttpGate(options: HttpPolicyOptions): HttpGate {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!(Number.isInteger(maxBodyBytes) && maxBodyBytes > 0)) throw new RangeError('maxBodyBytes must be a positive integer');
  return {
    maxBodyBytes,
    decideOrigin: createOriginPolicy(options),
    declaredTooLarge(headers) {
      const length = Number(headers.get('content-length') ?? 0);
      return Number.isFinite(length) && length > maxBodyBytes;
    },
  };
}

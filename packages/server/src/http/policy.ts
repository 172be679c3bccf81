import { CREATE_LOGIN_LINK_PATH, reasonErrorShape, type ServerReason } from '@open-express-dashboard/contract';
import type { TRPCError } from '@trpc/server';
import { ExpressDashboardError } from '../errors.js';
import type { Logger } from '../logging.js';
import { scrub } from '../logging/sanitize.js';
import { createOriginPolicy, type OriginPolicyOptions } from './origin.js';
import { isBatchQuery, isUnderMount, type RequestTarget } from './target.js';

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
export type RefusalReason = Extract<
  ServerReason,
  'ORIGIN_NOT_ALLOWED' | 'REQUEST_TOO_LARGE' | 'UNSUPPORTED_CONTENT_TYPE' | 'INVALID_INPUT' | 'PROCEDURE_NOT_FOUND'
>;

/** An answer an adapter writes as it is: Node with `writeHead(…).end(body)`, Fetch as a `Response`. */
export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * A response in tRPC's error shape for a request refused before tRPC saw it, with the headers every
 * served answer carries (never cached, `Vary: Origin`) plus `headers` (the CORS decision's).
 */
export function reasonErrorResponse(reason: ServerReason, headers: Record<string, string> = {}): HttpAnswer {
  const shape = reasonErrorShape(reason);
  return {
    status: shape.data.httpStatus,
    body: JSON.stringify({ error: shape }),
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store', vary: 'Origin', ...headers },
  };
}

/**
 * The answer to a refusal. While the request's body is still arriving (`bodyLeft`), it asks for
 * `Connection: close`, so the rest is never read: Node closes the connection after the answer
 * (instead of reading and dropping the rest to reuse it); elsewhere the runtime decides.
 */
export function refusalAnswer(refused: GateDecision & { kind: 'refused' }, bodyLeft: boolean): HttpAnswer {
  return reasonErrorResponse(refused.reason, bodyLeft ? { ...refused.headers, connection: 'close' } : refused.headers);
}

/** What the gate decided from the request line and headers, before any body is read. */
export type GateDecision =
  /** An allowed CORS preflight: answer 204 with these headers. */
  | { kind: 'preflight'; headers: Record<string, string> }
  /** Refused (and logged): answer `reason` with these headers. */
  | { kind: 'refused'; reason: RefusalReason; headers: Record<string, string> }
  /** Goes on, with these headers on its answer; `readBody`: read the body (within the limit) first. */
  | { kind: 'allowed'; headers: Record<string, string>; readBody: boolean; target: RequestTarget };

/** Why a request was refused, for its one log line. */
export type RefusalCause =
  | 'origin'
  | 'method'
  | 'target'
  | 'path'
  | 'batch'
  | 'content_type'
  | 'declared_size'
  | 'body_size'
  | 'body_unmeasured'
  | 'body_unreadable';

const REASON_OF_CAUSE: Record<RefusalCause, RefusalReason> = {
  origin: 'ORIGIN_NOT_ALLOWED',
  method: 'INVALID_INPUT',
  target: 'INVALID_INPUT',
  path: 'PROCEDURE_NOT_FOUND',
  batch: 'INVALID_INPUT',
  content_type: 'UNSUPPORTED_CONTENT_TYPE',
  declared_size: 'REQUEST_TOO_LARGE',
  body_size: 'REQUEST_TOO_LARGE',
  body_unmeasured: 'REQUEST_TOO_LARGE',
  body_unreadable: 'INVALID_INPUT',
};

/** What an adapter's gate enforces: the options, and where the adapter serves the router. */
export interface HttpGateOptions extends HttpPolicyOptions {
  /**
   * The path the router is served under (`/trpc/`), when the adapter sees requests for other paths
   * too; a request outside it is refused with `PROCEDURE_NOT_FOUND`. None when a framework routed
   * the request here (Express).
   */
  mount?: string | undefined;
}

export interface HttpGate {
  maxBodyBytes: number;
  /**
   * Decides what can be decided before reading the body, in this order: CORS preflight and the
   * Origin allowlist, the method (what tRPC serves: POST, GET, HEAD, OPTIONS), the target
   * (`undefined` when it is not a URL), the mount, batching (refused: the element never batches),
   * the content type (JSON only) and a declared size.
   */
  screen(method: string, target: RequestTarget | undefined, headers: Headers): GateDecision;
  /** Refuses (and logs) a request whose body turned out too large, or unreadable, while it was read. */
  refuse(cause: RefusalCause, headers: Record<string, string>): GateDecision & { kind: 'refused' };
  /**
   * Refuses (and logs, for the developer) a request for `path`, which is not the procedure under
   * `mount`: most often the element's `endpoint` and the adapter's mount path disagree.
   */
  notFound(path: string, mount: string, headers?: Record<string, string>): GateDecision & { kind: 'refused' };
}

/** The longest request path a log line quotes: enough to tell a mount path, never a flood. */
const LOGGED_PATH_LENGTH = 200;

/** `application/json`, with parameters or not, in any case (media types are case-insensitive). */
function isJsonContentType(value: string | null): boolean {
  if (value === null) return false;
  const semicolon = value.indexOf(';');
  return (semicolon === -1 ? value : value.slice(0, semicolon)).trim().toLowerCase() === 'application/json';
}

const SERVED_METHODS = new Set(['POST', 'GET', 'HEAD', 'OPTIONS']);

const NO_HEADERS: Record<string, string> = Object.freeze({});

/** The checks every adapter makes before tRPC reads a request; each refusal is logged once, at `info`. */
export function createHttpGate(options: HttpGateOptions, logger: Logger): HttpGate {
  const { mount } = options;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!(Number.isInteger(maxBodyBytes) && maxBodyBytes > 0)) throw new RangeError('maxBodyBytes must be a positive integer');
  const decideOrigin = createOriginPolicy(options);

  function refuse(cause: RefusalCause, headers: Record<string, string>, fields?: object) {
    const reason = REASON_OF_CAUSE[cause];
    logger.info({ event: 'request_refused', reason, cause, ...fields }, 'request refused');
    return { kind: 'refused', reason, headers } as const;
  }

  function notFound(path: string, at: string, headers: Record<string, string> = NO_HEADERS) {
    // Scrubbed before it is cut: a token cut in half would no longer look like one.
    const logged = scrub(path).slice(0, LOGGED_PATH_LENGTH);
    return refuse('path', headers, { path: logged, served: `${at}${CREATE_LOGIN_LINK_PATH}` });
  }

  return {
    maxBodyBytes,
    refuse,
    notFound,
    screen(method, target, headers) {
      const origin = decideOrigin(method, headers);
      if (origin.kind === 'preflight') return origin;
      if (origin.kind === 'refused') return refuse('origin', NO_HEADERS, { origin: origin.origin, preflight: origin.preflight });
      // What tRPC serves; others (TRACE, which a Fetch Request cannot even carry) go no further.
      if (!SERVED_METHODS.has(method)) return refuse('method', origin.headers);
      if (target === undefined) return refuse('target', origin.headers);
      if (mount !== undefined && !isUnderMount(target.path, mount)) return notFound(target.path, mount, origin.headers);
      if (isBatchQuery(target.query)) return refuse('batch', origin.headers);
      // GET and HEAD carry no body: tRPC answers them (405 and 204 for a mutation).
      if (method === 'GET' || method === 'HEAD') return { kind: 'allowed', headers: origin.headers, readBody: false, target };
      if (!isJsonContentType(headers.get('content-type'))) return refuse('content_type', origin.headers);
      const declared = Number(headers.get('content-length') ?? 0);
      if (declared > maxBodyBytes) return refuse('declared_size', origin.headers);
      return { kind: 'allowed', headers: origin.headers, readBody: true, target };
    },
  };
}

import type { IncomingHttpHeaders, IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import type { Logger } from 'pino';
import type { ExpressDashboardContext } from '../caller.js';
import {
  createHttpGate,
  reasonErrorResponse,
  servedResponseHeaders,
  type HttpGate,
  type HttpPolicyOptions,
  type RefusalReason,
} from '../http/policy.js';
import { resolveLogger } from '../logging.js';
import { createExpressDashboardRouter, type ExpressDashboardRouterOptions } from '../router.js';
import { servedAlone } from '../trpc.js';

/** Node's header object as a Fetch `Headers`, so `authenticate` reads one type for every adapter. */
export function toFetchHeaders(headers: IncomingHttpHeaders): Headers {
  const result = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    for (const item of Array.isArray(value) ? value : [value]) result.append(name, item);
  }
  return result;
}

/** The router's context from a Node request. */
export function nodeContext({ req }: { req: { headers: IncomingHttpHeaders } }): ExpressDashboardContext {
  return { request: { headers: toFetchHeaders(req.headers) } };
}

/** Options of the adapters that serve the router alone: the router's, plus what they enforce over HTTP. */
export interface ServeOptions extends Omit<ExpressDashboardRouterOptions, 'requestFrom'>, HttpPolicyOptions {}

export interface NodeHandlerOptions extends ServeOptions {
  /** Where the router is mounted. Default `/trpc/`, the element's default endpoint. */
  basePath?: string;
}

/** Answers a request refused before tRPC saw it. */
export function sendReason(res: ServerResponse, reason: RefusalReason, headers: Record<string, string> = {}): void {
  const refusal = reasonErrorResponse(reason, headers);
  res.writeHead(refusal.status, refusal.headers).end(refusal.body);
}

/**
 * The checks every Node adapter makes before tRPC reads the request: CORS preflights, the Origin
 * allowlist and a declared body size. Connect-style, for tRPC's `middleware` option and Express.
 */
export function nodeGate(gate: HttpGate, logger: Logger) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const headers = toFetchHeaders(req.headers);
    const decision = gate.decideOrigin(req.method ?? 'GET', headers);
    if (decision.kind === 'preflight') {
      res.writeHead(204, decision.headers).end();
      return;
    }
    if (decision.kind === 'refused') {
      logger.info({ event: 'origin_refused', origin: decision.origin, preflight: decision.preflight }, 'origin not allowed');
      sendReason(res, 'ORIGIN_NOT_ALLOWED');
      return;
    }
    for (const [name, value] of Object.entries(decision.headers)) res.setHeader(name, value);
    if (gate.declaredTooLarge(headers)) {
      // Answer without reading the body, then close: the rest of it is not wanted.
      sendReason(res, 'REQUEST_TOO_LARGE', { ...decision.headers, connection: 'close' });
      return;
    }
    next();
  };
}

/**
 * A `(req, res)` listener serving the router at `basePath`, for `node:http` servers: with the
 * Origin allowlist, a body size limit, and `Cache-Control: no-store` on every answer (a login URL
 * must never sit in a cache).
 *
 * @example
 * createServer(createExpressDashboardNodeHandler({ stripe, authenticate })).listen(3000);
 */
export function createExpressDashboardNodeHandler(options: NodeHandlerOptions): RequestListener {
  const { basePath = '/trpc/', allowedOrigins, maxBodyBytes, ...routerOptions } = options;
  const logger = resolveLogger(routerOptions.logger);
  const gate = createHttpGate({ allowedOrigins, maxBodyBytes });
  return createHTTPHandler({
    router: servedAlone(createExpressDashboardRouter({ ...routerOptions, logger })),
    basePath: basePath.endsWith('/') ? basePath : `${basePath}/`,
    maxBodySize: gate.maxBodyBytes,
    createContext: nodeContext,
    middleware: nodeGate(gate, logger),
    responseMeta: ({ errors }) => ({ headers: servedResponseHeaders(errors) }),
  });
}

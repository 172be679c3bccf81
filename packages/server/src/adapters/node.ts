import type { IncomingHttpHeaders, IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import type { ExpressDashboardContext } from '../caller.js';
import { readNodeBody } from '../http/node-body.js';
import { createHttpGate, reasonErrorResponse, servedResponseHeaders, type GateDecision, type HttpGate } from '../http/policy.js';
import { parseRequestTarget } from '../http/target.js';
import { resolveLogger, type Logger } from '../logging.js';
import { createLogger } from '../logging/pino.js';
import { createExpressDashboardRouter } from '../router.js';
import type { ServeOptions } from '../serve-options.js';
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

export type { ServeOptions };

export interface NodeHandlerOptions extends ServeOptions {
  /** Where the router is mounted. Default `/trpc/`, the element's default endpoint. */
  basePath?: string;
}

/**
 * Answers a refusal. While the request's body is still arriving, the connection is closed after
 * the answer, so the rest is never read (Node would otherwise read and drop it all to reuse it).
 */
function sendRefusal(req: IncomingMessage, res: ServerResponse, decision: GateDecision & { kind: 'refused' }): void {
  const refusal = reasonErrorResponse(decision.reason, req.complete ? decision.headers : { ...decision.headers, connection: 'close' });
  res.writeHead(refusal.status, refusal.headers).end(refusal.body);
}

/** A request whose body the gate has read, handed to tRPC as a string (which tRPC then uses as is). */
type ReadRequest = IncomingMessage & { body?: unknown };

/**
 * The checks every Node adapter makes before tRPC sees a request (see {@link HttpGate.screen}),
 * then the body, read within the limit. Resolves `true` when tRPC should answer; otherwise the
 * request has been answered (or its client is gone). Never rejects.
 */
export async function screenNodeRequest(gate: HttpGate, req: ReadRequest, res: ServerResponse): Promise<boolean> {
  const decision = gate.screen(req.method ?? 'GET', parseRequestTarget(req.url)?.query, toFetchHeaders(req.headers));
  if (decision.kind === 'preflight') {
    res.writeHead(204, decision.headers).end();
    return false;
  }
  if (decision.kind === 'refused') {
    sendRefusal(req, res, decision);
    return false;
  }
  for (const [name, value] of Object.entries(decision.headers)) res.setHeader(name, value);
  // A body parser mounted earlier (Express) has read it already: tRPC uses `req.body`.
  if (!decision.readBody || req.body !== undefined) return true;
  const body = await readNodeBody(req, gate.maxBodyBytes);
  if (body === 'gone') return false;
  if (body === 'too_large') {
    sendRefusal(req, res, gate.refuse('body_size', decision.headers));
    return false;
  }
  req.body = body.text;
  return true;
}

/**
 * Wraps a `(req, res)` listener so that nothing it throws or rejects escapes: the error goes to
 * `logger` (scrubbed of tokens and URLs) and the request gets a 500 `INTERNAL` (or, once its answer
 * has started, a closed connection). A throw out of a listener would otherwise end the process.
 *
 * @example
 * createServer(guardRequestListener((req, res) => route(req, res), logger));
 */
export function guardRequestListener(
  listener: (req: IncomingMessage, res: ServerResponse) => unknown,
  logger?: Logger | false,
): RequestListener {
  const log = resolveLogger(logger, createLogger);
  const fail = (res: ServerResponse, error: unknown) => {
    log.error({ err: error }, 'request failed unexpectedly');
    if (res.headersSent) return void res.destroy();
    const answer = reasonErrorResponse('INTERNAL', { connection: 'close' });
    res.writeHead(answer.status, answer.headers).end(answer.body);
  };
  return (req, res) => {
    try {
      const result = listener(req, res);
      if (result instanceof Promise) result.catch((error: unknown) => fail(res, error));
    } catch (error) {
      fail(res, error);
    }
  };
}

/**
 * A `(req, res)` listener serving the router at `basePath`, for `node:http` servers: with the
 * Origin allowlist, JSON bodies within a size limit, no batches, and `Cache-Control: no-store` on
 * every answer (a login URL must never sit in a cache). It never throws.
 *
 * @example
 * createServer(createExpressDashboardNodeHandler({ stripe, authenticate })).listen(3000);
 */
export function createExpressDashboardNodeHandler(options: NodeHandlerOptions): RequestListener {
  const { basePath = '/trpc/', allowedOrigins, maxBodyBytes, ...routerOptions } = options;
  const logger = resolveLogger(routerOptions.logger, createLogger);
  const gate = createHttpGate({ allowedOrigins, maxBodyBytes }, logger);
  const trpc = createHTTPHandler({
    router: servedAlone(createExpressDashboardRouter({ ...routerOptions, logger })),
    basePath: basePath.endsWith('/') ? basePath : `${basePath}/`,
    allowBatching: false,
    createContext: nodeContext,
    responseMeta: ({ errors }) => ({ headers: servedResponseHeaders(errors) }),
  });
  return guardRequestListener(async (req, res) => {
    if (await screenNodeRequest(gate, req, res)) trpc(req, res);
  }, logger);
}

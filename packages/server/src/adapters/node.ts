import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import type { Logger } from 'pino';
import { reasonErrorResponse } from '../http/policy.js';
import { mountPath, parseRequestTarget } from '../http/target.js';
import { resolveLogger } from '../logging.js';
import { createServingCore, type ServeOptions } from './core.js';
import { nodeContext, prepareForTrpc, screenNodeRequest, writeAnswer } from './node-request.js';

export interface NodeHandlerOptions extends ServeOptions {
  /** Where the router is mounted. Default `/trpc/`, the element's default endpoint. */
  basePath?: string;
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
  const log = resolveLogger(logger);
  const fail = (res: ServerResponse, error: unknown) => {
    log.error({ err: error }, 'request failed unexpectedly');
    if (res.headersSent) return void res.destroy();
    writeAnswer(res, reasonErrorResponse('INTERNAL', { connection: 'close' }));
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
  const { basePath = '/trpc/', ...serveOptions } = options;
  const mount = mountPath(basePath);
  const { gate, logger, trpc, onError } = createServingCore(serveOptions, mount);
  const trpcHandler = createHTTPHandler({
    ...trpc,
    basePath: mount,
    createContext: nodeContext,
    onError: onError((req: IncomingMessage) => ({ path: parseRequestTarget(req.url)?.path ?? '', mount })),
  });
  return guardRequestListener(async (req, res) => {
    const screened = await screenNodeRequest(gate, req, res, parseRequestTarget(req.url));
    if (!screened) return;
    prepareForTrpc(req, res, screened);
    trpcHandler(req, res);
  }, logger);
}

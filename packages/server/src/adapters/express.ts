import { createExpressMiddleware } from '@trpc/server/adapters/express';
import type { Request, RequestHandler } from 'express';
import { mountPath, parseRequestTarget } from '../http/target.js';
import { createLogger } from '../logging/pino.js';
import type { ServeOptions } from '../serve-options.js';
import { createServingCore } from './core.js';
import { nodeContext, screenNodeRequest, serveScreened } from './node-request.js';

export type ExpressMiddlewareOptions = ServeOptions;

/**
 * Express middleware serving the router, with the Origin allowlist, JSON bodies within a size
 * limit, no batches, and `Cache-Control: no-store`. Mount it on the element's endpoint, before any
 * body parser: it reads and limits the body itself. After one, the body's size is its declared
 * `Content-Length` (the parser's own limit applied first), and a chunked body is refused.
 *
 * @example
 * app.use('/trpc', createExpressDashboardMiddleware({ stripe, authenticate }));
 */
export function createExpressDashboardMiddleware(options: ExpressMiddlewareOptions): RequestHandler {
  // No mount: Express routed the request here, and strips its mount path off `req.url`.
  const { gate, fastPath, trpc, onError } = createServingCore(options, { defaultLogger: createLogger });
  const trpcMiddleware = createExpressMiddleware({
    ...trpc,
    createContext: nodeContext,
    // Express routed the request here: the mount is wherever the platform mounted this middleware.
    onError: onError((req: Request) => ({ path: parseRequestTarget(req.originalUrl)?.path ?? '', mount: mountPath(req.baseUrl) })),
  });
  // Errors go to Express's error handling (`next(error)`), the idiomatic way; none are expected.
  return (req, res, next) => {
    screenNodeRequest(gate, req, res, parseRequestTarget(req.url))
      .then((screened) => screened && serveScreened(fastPath, req, res, screened, () => trpcMiddleware(req, res, next)))
      .catch(next);
  };
}

import { createExpressMiddleware } from '@trpc/server/adapters/express';
import type { RequestHandler } from 'express';
import { createHttpGate, reasonErrorResponse, servedResponseHeaders } from '../http/policy.js';
import { resolveLogger } from '../logging.js';
import { createLogger } from '../logging/pino.js';
import { createExpressDashboardRouter } from '../router.js';
import { servedAlone } from '../trpc.js';
import { nodeContext, screenNodeRequest, type ServeOptions } from './node.js';

export type ExpressMiddlewareOptions = ServeOptions;

/**
 * Express middleware serving the router, with the Origin allowlist, JSON bodies within a size
 * limit, no batches, and `Cache-Control: no-store`. Mount it on the element's endpoint, before any
 * body parser (or the parser's own limit applies first).
 *
 * @example
 * app.use('/trpc', createExpressDashboardMiddleware({ stripe, authenticate }));
 */
export function createExpressDashboardMiddleware(options: ExpressMiddlewareOptions): RequestHandler {
  const { allowedOrigins, maxBodyBytes, ...routerOptions } = options;
  const logger = resolveLogger(routerOptions.logger, createLogger);
  const gate = createHttpGate({ allowedOrigins, maxBodyBytes }, logger);
  const trpc = createExpressMiddleware({
    router: servedAlone(createExpressDashboardRouter({ ...routerOptions, logger })),
    allowBatching: false,
    createContext: nodeContext,
    responseMeta: ({ errors }) => ({ headers: servedResponseHeaders(errors) }),
  });

  // Errors go to Express's error handling (`next(error)`), the idiomatic way; none are expected.
  return (req, res, next) => {
    screenNodeRequest(gate, req, res)
      .then((go) => {
        if (!go) return;
        // A body parser mounted earlier already read the body: tRPC uses it, so measure it here.
        const parsed: unknown = req.body;
        if (typeof parsed !== 'string' && parsed !== undefined && Buffer.byteLength(JSON.stringify(parsed)) > gate.maxBodyBytes) {
          const refusal = reasonErrorResponse(gate.refuse('body_size', {}).reason);
          res.writeHead(refusal.status, refusal.headers).end(refusal.body);
          return;
        }
        return trpc(req, res, next);
      })
      .catch(next);
  };
}

import { createExpressMiddleware } from '@trpc/server/adapters/express';
import type { RequestHandler } from 'express';
import { createHttpGate, servedResponseHeaders } from '../http/policy.js';
import { resolveLogger } from '../logging.js';
import { createExpressDashboardRouter } from '../router.js';
import { servedAlone } from '../trpc.js';
import { nodeContext, nodeGate, sendReason, type ServeOptions } from './node.js';

export type ExpressMiddlewareOptions = ServeOptions;

/**
 * Express middleware serving the router, with the Origin allowlist, a body size limit and
 * `Cache-Control: no-store`. Mount it on the element's endpoint, before any body parser (or the
 * parser's own limit applies first).
 *
 * @example
 * app.use('/trpc', createExpressDashboardMiddleware({ stripe, authenticate }));
 */
export function createExpressDashboardMiddleware(options: ExpressMiddlewareOptions): RequestHandler {
  const { allowedOrigins, maxBodyBytes, ...routerOptions } = options;
  const logger = resolveLogger(routerOptions.logger);
  const gate = createHttpGate({ allowedOrigins, maxBodyBytes });
  const gateRequest = nodeGate(gate, logger);
  const trpc = createExpressMiddleware({
    router: servedAlone(createExpressDashboardRouter({ ...routerOptions, logger })),
    maxBodySize: gate.maxBodyBytes,
    createContext: nodeContext,
    responseMeta: ({ errors }) => ({ headers: servedResponseHeaders(errors) }),
  });

  return (req, res, next) =>
    // The Origin decision comes first, so a refused origin gets 403 and an allowed one keeps its
    // CORS headers (set on `res` by the gate) on every answer, a 413 included.
    gateRequest(req, res, () => {
      // A body parser mounted earlier already read the body: tRPC uses it, so measure it here.
      const parsed: unknown = req.body;
      if (parsed !== undefined && Buffer.byteLength(JSON.stringify(parsed)) > gate.maxBodyBytes) {
        sendReason(res, 'REQUEST_TOO_LARGE');
        return;
      }
      void trpc(req, res, next);
    });
}

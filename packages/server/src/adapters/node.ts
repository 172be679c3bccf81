import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { reasonErrorResponse } from '../http/policy.js';
import { isUnderMount, mountPath, parseRequestTarget, type RequestTarget } from '../http/target.js';
import { resolveLogger, type Logger } from '../logging.js';
import { createLogger } from '../logging/pino.js';
import type { ServeOptions } from '../serve-options.js';
import { createServingCore } from './core.js';
import { nodeContext, screenNodeRequest, serveScreened, writeAnswer } from './node-request.js';

export interface NodeHandlerOptions extends ServeOptions {
  /** Where the router is mounted. Default `/trpc/`, the element's default endpoint. */
  basePath?: string;
}

/** Answers a request whose handling failed unexpectedly: logged, then a 500 `INTERNAL` (or a closed connection once the answer started). */
function failed(log: Logger, res: ServerResponse, error: unknown): void {
  log.error({ err: error }, 'request failed unexpectedly');
  if (res.headersSent) return void res.destroy();
  writeAnswer(res, reasonErrorResponse('INTERNAL', { connection: 'close' }));
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
  return (req, res) => {
    try {
      const result = listener(req, res);
      if (result instanceof Promise) result.catch((error: unknown) => failed(log, res, error));
    } catch (error) {
      failed(log, res, error);
    }
  };
}

/**
 * A `node:http` request listener that is also Connect-style middleware: requests it does not serve
 * go to `next` when there is one.
 */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

/**
 * A listener serving the router at `basePath`, for `node:http` servers: with the Origin allowlist,
 * JSON bodies within a size limit, no batches, and `Cache-Control: no-store` on every answer (a
 * login URL must never sit in a cache). It never throws.
 *
 * It serves what is under `basePath`. Any other request goes to `next` when given one, untouched
 * (your own routes beside it; errors `next` throws are yours); without `next` it is answered `404
 * PROCEDURE_NOT_FOUND`, so a server of its own says when the element's `endpoint` is wrong.
 *
 * @example
 * const dashboard = createExpressDashboardNodeHandler({ stripe, authenticate });
 * createServer((req, res) => dashboard(req, res, () => yourRoutes(req, res))).listen(3000);
 */
export function createExpressDashboardNodeHandler(options: NodeHandlerOptions): NodeHandler {
  const { basePath = '/trpc/', ...serveOptions } = options;
  const mount = mountPath(basePath);
  const { gate, logger, fastPath, trpc, onError } = createServingCore(serveOptions, { mount, defaultLogger: createLogger });
  // tRPC's Node adapter answers what the fast path does not take (errors, preflights): imported
  // on the first such request, so a cold start that only serves links never pays for it.
  let trpcHandler: Promise<(req: IncomingMessage, res: ServerResponse) => unknown> | undefined;
  const loadTrpcHandler = () =>
    (trpcHandler ??= import('@trpc/server/adapters/standalone').then(({ createHTTPHandler }) =>
      createHTTPHandler({
        ...trpc,
        basePath: mount,
        createContext: nodeContext,
        onError: onError((req: IncomingMessage) => ({ path: parseRequestTarget(req.url)?.path ?? '', mount })),
      }),
    ));
  async function serve(req: IncomingMessage, res: ServerResponse, target: RequestTarget | undefined): Promise<void> {
    const screened = await screenNodeRequest(gate, req, res, target);
    if (screened) await serveScreened(fastPath, req, res, screened, async () => (await loadTrpcHandler())(req, res));
  }
  return (req, res, next) => {
    const target = parseRequestTarget(req.url);
    if (next && !(target && isUnderMount(target.path, mount))) return next();
    serve(req, res, target).catch((error: unknown) => failed(logger, res, error));
  };
}

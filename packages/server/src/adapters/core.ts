import { CREATE_LOGIN_LINK_PATH } from '@open-express-dashboard/contract';
import type { TRPCError } from '@trpc/server';
import { createHttpGate, servedResponseHeaders, type HttpGate } from '../http/policy.js';
import { resolveLogger, type Logger } from '../logging.js';
import { createExpressDashboardRouter } from '../router.js';
import type { ServeOptions } from '../serve-options.js';
import { servedAlone } from '../trpc.js';
import { createFastPath, type FastPath } from './fast-path.js';

/** The router as the adapters serve it: errors raised before the procedure get the contract's shape too. */
export type ServedRouter = ReturnType<typeof servedAlone<ReturnType<typeof createExpressDashboardRouter>>>;

/** Where a request was sent: its path as sent, and the mount path the adapter serves the router under. */
export interface RequestPlace {
  path: string;
  mount: string;
}

/**
 * Everything an adapter serves with, built once from its options: the gate in front of the router,
 * the logger both write to, the fast path, and what each of tRPC's adapters is given (the router). An adapter only
 * translates its framework's requests and answers (as tRPC's adapters all end in `resolveResponse`).
 */
export interface ServingCore {
  gate: HttpGate;
  logger: Logger;
  /** The element's request, answered without tRPC's HTTP adapter; every other request goes to tRPC's. */
  fastPath: FastPath;
  /** The options every tRPC adapter gets, whatever its framework (add `createContext` and `onError`). */
  trpc: {
    router: ServedRouter;
    /** The element never batches; the gate refuses `?batch=1` before tRPC, this is the second lock. */
    allowBatching: false;
    responseMeta(options: { errors: readonly TRPCError[] }): { headers: Headers };
  };
  /**
   * tRPC's `onError` for an adapter whose requests `placeOf` locates: a request for a path that is
   * not the procedure (tRPC's `NOT_FOUND`) gets the developer-facing log line a refusal gets.
   */
  onError: <TRequest>(placeOf: (req: TRequest) => RequestPlace) => (options: { error: TRPCError; req: TRequest }) => void;
}

/** How an adapter sees its requests, beyond the options a platform gives it. */
export interface AdapterTraits {
  /**
   * Where the adapter serves the router, when it sees requests for other paths too (see
   * `HttpGateOptions`); without one the procedure's path is read as the framework hands it on,
   * relative to its mount (Express).
   */
  mount?: string;
  /** The logger when the options name none: pino on Node, the console logger elsewhere. */
  defaultLogger?: () => Logger;
}

/** Builds the {@link ServingCore} of an adapter from its options. */
export function createServingCore(options: ServeOptions, { mount, defaultLogger }: AdapterTraits = {}): ServingCore {
  const { allowedOrigins, maxBodyBytes, ...routerOptions } = options;
  const logger = resolveLogger(routerOptions.logger, defaultLogger);
  const router = servedAlone(createExpressDashboardRouter({ ...routerOptions, logger }));
  const gate = createHttpGate({ allowedOrigins, maxBodyBytes, mount }, logger);
  return {
    gate,
    logger,
    fastPath: createFastPath(router, `${mount ?? '/'}${CREATE_LOGIN_LINK_PATH}`),
    trpc: {
      router,
      allowBatching: false,
      responseMeta: ({ errors }) => ({ headers: servedResponseHeaders(errors) }),
    },
    onError: (placeOf) => {
      return ({ error, req }) => {
        if (error.code !== 'NOT_FOUND') return;
        const { path, mount: at } = placeOf(req);
        gate.notFound(path, at);
      };
    },
  };
}

import type { TRPCError } from '@trpc/server';
import type { Logger } from 'pino';
import { createHttpGate, servedResponseHeaders, type HttpGate, type HttpPolicyOptions } from '../http/policy.js';
import { resolveLogger } from '../logging.js';
import { createExpressDashboardRouter, type ExpressDashboardRouterOptions } from '../router.js';
import { servedAlone } from '../trpc.js';

/** Options of the adapters that serve the router alone: the router's, plus what they enforce over HTTP. */
export interface ServeOptions extends Omit<ExpressDashboardRouterOptions, 'requestFrom'>, HttpPolicyOptions {}

/** The router as the adapters serve it: errors raised before the procedure get the contract's shape too. */
export type ServedRouter = ReturnType<typeof servedAlone<ReturnType<typeof createExpressDashboardRouter>>>;

/**
 * Everything an adapter serves with, built once from its options: the router, the gate in front of
 * it, the logger both write to, and what each of tRPC's adapters is given. An adapter only
 * translates its framework's requests and answers (as tRPC's adapters all end in `resolveResponse`).
 */
export interface ServingCore {
  router: ServedRouter;
  gate: HttpGate;
  logger: Logger;
  /** The options every tRPC adapter gets, whatever its framework (add `createContext`). */
  trpc: {
    router: ServedRouter;
    /** The element never batches; the gate refuses `?batch=1` before tRPC, this is the second lock. */
    allowBatching: false;
    responseMeta(options: { errors: readonly TRPCError[] }): { headers: Headers };
  };
}

/** Builds the {@link ServingCore} of an adapter from its options. */
export function createServingCore(options: ServeOptions): ServingCore {
  const { allowedOrigins, maxBodyBytes, ...routerOptions } = options;
  const logger = resolveLogger(routerOptions.logger);
  const router = servedAlone(createExpressDashboardRouter({ ...routerOptions, logger }));
  return {
    router,
    gate: createHttpGate({ allowedOrigins, maxBodyBytes }, logger),
    logger,
    trpc: {
      router,
      allowBatching: false,
      responseMeta: ({ errors }) => ({ headers: servedResponseHeaders(errors) }),
    },
  };
}

import type { ReasonErrorData } from '@open-express-dashboard/contract';
import { initTRPC, type AnyRouter, type TRPCDefaultErrorShape, type TRPCErrorFormatter } from '@trpc/server';
import type { ExpressDashboardContext } from './caller.js';
import { formatReasonError } from './errors.js';

/**
 * The error shape a client of the router reads: tRPC's, with the contract's `reason`, `retryable`
 * and `retryAfterSeconds`. Optional: errors raised before a procedure runs (an unknown path under
 * an adapter of yours) have only tRPC's fields; every error of the procedure has them all.
 */
export type RouterErrorShape = TRPCDefaultErrorShape & { data: Partial<ReasonErrorData> };

/**
 * The tRPC instance of a router. Its root error formatter is tRPC's default on purpose: a platform
 * can then `mergeRouters` it with a router of its own that has a formatter (tRPC refuses to merge
 * two). The contract's error shape comes from each procedure's `.errors(formatReasonError)` instead,
 * and the root's type says so, for clients (`TRPCClientError<AppRouter>['data']['reason']`).
 */
export function createTRPC<TContext extends object>() {
  return initTRPC.context<TContext>().create<{ errorFormatter: TRPCErrorFormatter<unknown, RouterErrorShape> }>();
}

const serving = initTRPC.context<ExpressDashboardContext>().create({ errorFormatter: formatReasonError });

/**
 * The router as this library's adapters serve it alone: errors raised before any procedure runs
 * (an unparsable body, an unknown path, a body too large) get the contract's shape too.
 */
export function servedAlone<TRouter extends AnyRouter>(router: TRouter) {
  return serving.mergeRouters(serving.router({}), router);
}

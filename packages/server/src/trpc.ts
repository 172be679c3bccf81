import { initTRPC, type AnyRouter } from '@trpc/server';
import type { ExpressDashboardContext } from './caller.js';
import { formatReasonError } from './errors.js';

/**
 * The tRPC instance of a router. Its root error formatter is tRPC's default on purpose: a platform
 * can then `mergeRouters` it with a router of its own that has a formatter (tRPC refuses to merge
 * two). The contract's error shape comes from each procedure's `.errors(formatReasonError)` instead.
 */
export function createTRPC<TContext extends object>() {
  return initTRPC.context<TContext>().create();
}

const serving = initTRPC.context<ExpressDashboardContext>().create({ errorFormatter: formatReasonError });

/**
 * The router as this library's adapters serve it alone: errors raised before any procedure runs
 * (an unparsable body, an unknown path, a body too large) get the contract's shape too.
 */
export function servedAlone<TRouter extends AnyRouter>(router: TRouter) {
  return serving.mergeRouters(serving.router({}), router);
}

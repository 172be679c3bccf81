import { initTRPC } from '@trpc/server';
import type { ExpressDashboardContext } from './caller.js';
import { formatReasonError } from './errors.js';

/**
 * The tRPC instance of this library. Its procedures format their own errors (`.errors()`), so the
 * contract's error shape survives when a platform merges the router into its own tRPC instance.
 */
export const t = initTRPC.context<ExpressDashboardContext>().create({ errorFormatter: formatReasonError });

export const router = t.router;
export const reasonProcedure = t.procedure.errors(formatReasonError);

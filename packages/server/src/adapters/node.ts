import type { IncomingHttpHeaders } from 'node:http';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import type { ExpressDashboardContext } from '../caller.js';
import { createExpressDashboardRouter, type ExpressDashboardRouterOptions } from '../router.js';

/** Node's header object as a Fetch `Headers`, so `authenticate` reads one type for every adapter. */
export function toFetchHeaders(headers: IncomingHttpHeaders): Headers {
  const result = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) result.append(name, item);
  }
  return result;
}

export function nodeContext({ req }: { req: { headers: IncomingHttpHeaders } }): ExpressDashboardContext {
  return { request: { headers: toFetchHeaders(req.headers) } };
}

export interface NodeHandlerOptions extends ExpressDashboardRouterOptions {
  /** Where the router is mounted. Default `/trpc/`, the element's default endpoint. */
  basePath?: string;
}

/**
 * A `(req, res)` listener serving the router, for `node:http` servers. Link responses are
 * `Cache-Control: no-store`: a login URL must never sit in a cache.
 */
export function createExpressDashboardNodeHandler({ basePath = '/trpc/', ...options }: NodeHandlerOptions) {
  return createHTTPHandler({
    router: createExpressDashboardRouter(options),
    basePath,
    createContext: nodeContext,
    responseMeta: () => ({ headers: { 'cache-control': 'no-store' } }),
  });
}

import { mountPath } from '../http/target.js';
import type { ServeOptions } from '../serve-options.js';
import { createServingCore } from './core.js';
import { serveFetch } from './fetch-handler.js';

export interface FetchHandlerOptions extends ServeOptions {
  /** The path the router is served at. Default `/trpc`, the element's default endpoint. */
  endpoint?: string;
}

/**
 * A Fetch API handler, `(request: Request) => Promise<Response>`, for Next.js route handlers, Hono,
 * Bun, Deno and edge runtimes: with the Origin allowlist, JSON bodies within a size limit, no
 * batches, and `Cache-Control: no-store`.
 *
 * @example
 * // app/trpc/[trpc]/route.ts (Next.js)
 * const handler = createExpressDashboardFetchHandler({ stripe, authenticate });
 * export { handler as GET, handler as POST, handler as OPTIONS };
 */
export function createExpressDashboardFetchHandler(options: FetchHandlerOptions): (request: Request) => Promise<Response> {
  const { endpoint = '/trpc', ...serveOptions } = options;
  const mount = mountPath(endpoint);
  return serveFetch(createServingCore(serveOptions, { mount }), endpoint, mount);
}

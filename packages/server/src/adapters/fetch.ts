import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { readWebBody } from '../http/body.js';
import { createHttpGate, reasonErrorResponse, servedResponseHeaders, type GateDecision } from '../http/policy.js';
import { resolveLogger } from '../logging.js';
import { createExpressDashboardRouter } from '../router.js';
import { servedAlone } from '../trpc.js';
import type { ServeOptions } from './node.js';

export interface FetchHandlerOptions extends ServeOptions {
  /** The path the router is served at. Default `/trpc`, the element's default endpoint. */
  endpoint?: string;
}

/**
 * A refusal's response. With a body left unread it asks for `Connection: close`, which hosts on
 * Node honour, so the rest of the body is not read; elsewhere the runtime decides.
 */
function refusalResponse(decision: GateDecision & { kind: 'refused' }, bodyLeft: boolean): Response {
  const refusal = reasonErrorResponse(decision.reason, bodyLeft ? { ...decision.headers, connection: 'close' } : decision.headers);
  return new Response(refusal.body, { status: refusal.status, headers: refusal.headers });
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  const merged = new Headers(response.headers);
  for (const [name, value] of Object.entries(headers)) merged.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: merged });
}

/** The query of an absolute URL (a `Request`'s is always one), parsed only when there is one. */
function queryOf(url: string): string {
  return url.includes('?') ? new URL(url).search.slice(1) : '';
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
  const { endpoint = '/trpc', allowedOrigins, maxBodyBytes, ...routerOptions } = options;
  const logger = resolveLogger(routerOptions.logger);
  const gate = createHttpGate({ allowedOrigins, maxBodyBytes }, logger);
  const router = servedAlone(createExpressDashboardRouter({ ...routerOptions, logger }));

  return async (request) => {
    const decision = gate.screen(request.method, queryOf(request.url), request.headers);
    if (decision.kind === 'preflight') return new Response(null, { status: 204, headers: decision.headers });
    if (decision.kind === 'refused') return refusalResponse(decision, request.body !== null);

    let req = request;
    if (decision.readBody) {
      const body = await readWebBody(request.body, gate.maxBodyBytes);
      // Most likely the client is gone (then this answer reaches nobody).
      if (body === 'gone') return refusalResponse(gate.refuse('body_unreadable', decision.headers), false);
      if (body === 'too_large') return refusalResponse(gate.refuse('body_size', decision.headers), true);
      // No `signal`: the body is read whole, and Deno warns that a request's signal also aborts once it is answered.
      req = new Request(request.url, { method: request.method, headers: request.headers, body: body.text });
    }
    const response = await fetchRequestHandler({
      endpoint,
      req,
      router,
      allowBatching: false,
      createContext: ({ req: { headers } }) => ({ request: { headers } }),
      responseMeta: ({ errors }) => ({ headers: servedResponseHeaders(errors) }),
    });
    return withHeaders(response, decision.headers);
  };
}

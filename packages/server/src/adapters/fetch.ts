import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { readWebBody } from '../http/body.js';
import { refusalAnswer, type GateDecision, type HttpAnswer } from '../http/policy.js';
import { mountPath, targetOfUrl } from '../http/target.js';
import { createServingCore, type ServeOptions } from './core.js';

export interface FetchHandlerOptions extends ServeOptions {
  /** The path the router is served at. Default `/trpc`, the element's default endpoint. */
  endpoint?: string;
}

function toResponse({ status, headers, body }: HttpAnswer): Response {
  return new Response(body, { status, headers });
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  const merged = new Headers(response.headers);
  for (const [name, value] of Object.entries(headers)) merged.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: merged });
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
  const { gate, trpc, onError } = createServingCore(serveOptions, mount);
  const refuse = (refused: GateDecision & { kind: 'refused' }, bodyLeft: boolean) => toResponse(refusalAnswer(refused, bodyLeft));
  return async (request) => {
    const decision = gate.screen(request.method, targetOfUrl(request.url), request.headers);
    if (decision.kind === 'preflight') return new Response(null, { status: 204, headers: decision.headers });
    if (decision.kind === 'refused') return refuse(decision, request.body !== null);
    let req = request;
    if (decision.readBody) {
      const body = await readWebBody(request.body, gate.maxBodyBytes);
      // Most likely the client is gone (then this answer reaches nobody).
      if (body === 'gone') return refuse(gate.refuse('body_unreadable', decision.headers), false);
      if (body === 'too_large') return refuse(gate.refuse('body_size', decision.headers), true);
      req = new Request(request.url, { method: request.method, headers: request.headers, body: body.text, signal: request.signal });
    }
    const response = await fetchRequestHandler({
      ...trpc,
      endpoint,
      req,
      createContext: ({ req: { headers } }) => ({ request: { headers } }),
      onError: onError((req: Request) => ({ path: targetOfUrl(req.url).path, mount })),
    });
    return withHeaders(response, decision.headers);
  };
}

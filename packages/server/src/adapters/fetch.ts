import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { createHttpGate, reasonErrorResponse, servedResponseHeaders, type RefusalReason } from '../http/policy.js';
import { resolveLogger } from '../logging.js';
import { createExpressDashboardRouter } from '../router.js';
import { servedAlone } from '../trpc.js';
import type { ServeOptions } from './node.js';

export interface FetchHandlerOptions extends ServeOptions {
  /** The path the router is served at. Default `/trpc`, the element's default endpoint. */
  endpoint?: string;
}

function reasonResponse(reason: RefusalReason, headers: Record<string, string> = {}): Response {
  const refusal = reasonErrorResponse(reason, headers);
  return new Response(refusal.body, { status: refusal.status, headers: refusal.headers });
}

/** The body as text, or `undefined` once it grows past `limit` bytes (then the rest is not read). */
async function readLimited(request: Request, limit: number): Promise<string | undefined> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  // No Buffer: this adapter also runs where Node's globals do not (Deno, Bun, edge runtimes).
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  const merged = new Headers(response.headers);
  for (const [name, value] of Object.entries(headers)) merged.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: merged });
}

/**
 * A Fetch API handler, `(request: Request) => Promise<Response>`, for Next.js route handlers, Hono,
 * Bun, Deno and edge runtimes: with the Origin allowlist, a body size limit and
 * `Cache-Control: no-store`.
 *
 * @example
 * // app/trpc/[trpc]/route.ts (Next.js)
 * const handler = createExpressDashboardFetchHandler({ stripe, authenticate });
 * export { handler as GET, handler as POST, handler as OPTIONS };
 */
export function createExpressDashboardFetchHandler(options: FetchHandlerOptions): (request: Request) => Promise<Response> {
  const { endpoint = '/trpc', allowedOrigins, maxBodyBytes, ...routerOptions } = options;
  const logger = resolveLogger(routerOptions.logger);
  const gate = createHttpGate({ allowedOrigins, maxBodyBytes });
  const router = servedAlone(createExpressDashboardRouter({ ...routerOptions, logger }));

  return async (request) => {
    const decision = gate.decideOrigin(request.method, request.headers);
    if (decision.kind === 'preflight') return new Response(null, { status: 204, headers: decision.headers });
    if (decision.kind === 'refused') {
      logger.info({ event: 'origin_refused', origin: decision.origin, preflight: decision.preflight }, 'origin not allowed');
      return reasonResponse('ORIGIN_NOT_ALLOWED');
    }
    if (gate.declaredTooLarge(request.headers)) return reasonResponse('REQUEST_TOO_LARGE', decision.headers);

    let req = request;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const body = await readLimited(request, gate.maxBodyBytes);
      if (body === undefined) return reasonResponse('REQUEST_TOO_LARGE', decision.headers);
      req = new Request(request.url, { method: request.method, headers: request.headers, body, signal: request.signal });
    }
    const response = await fetchRequestHandler({
      endpoint,
      req,
      router,
      createContext: ({ req: { headers } }) => ({ request: { headers } }),
      responseMeta: ({ errors }) => ({ headers: servedResponseHeaders(errors) }),
    });
    return withHeaders(response, decision.headers);
  };
}

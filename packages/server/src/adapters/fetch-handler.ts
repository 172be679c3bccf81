import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { readWebBody } from '../http/body.js';
import { refusalAnswer, type GateDecision, type HttpAnswer } from '../http/policy.js';
import { targetOfUrl } from '../http/target.js';
import type { ServingCore } from './core.js';

function toResponse({ status, headers, body }: HttpAnswer): Response {
  return new Response(body, { status, headers });
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  const merged = new Headers(response.headers);
  for (const [name, value] of Object.entries(headers)) merged.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: merged });
}

/**
 * The Fetch adapter over a core: the gate, the body read within the limit, then the fast path when
 * it takes the request, else tRPC's Fetch adapter. `mount` is `endpoint` as a mount path.
 */
export function serveFetch(core: ServingCore, endpoint: string, mount: string): (request: Request) => Promise<Response> {
  const { gate, fastPath, trpc, onError } = core;
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
      // No `signal`: the body is read whole, and Deno warns that a request's signal also aborts once it is answered.
      const { headers } = request;
      if (fastPath.takes(request.method, decision.target, headers)) {
        return toResponse(await fastPath.answer({ headers, body: body.text, signal: undefined, answerHeaders: decision.headers }));
      }
      req = new Request(request.url, { method: request.method, headers, body: body.text });
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

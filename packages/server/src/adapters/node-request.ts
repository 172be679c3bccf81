import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { ExpressDashboardContext } from '../caller.js';
import { readNodeBody } from '../http/node-body.js';
import { refusalAnswer, type GateDecision, type HttpAnswer, type HttpGate } from '../http/policy.js';
import type { RequestTarget } from '../http/target.js';
import type { FastPath } from './fast-path.js';

// What the Node adapters (node:http and Express) share: reading a Node request, answering one.

/** Node's header object as a Fetch `Headers`, so `authenticate` reads one type for every adapter. */
export function toFetchHeaders(headers: IncomingHttpHeaders): Headers {
  const result = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    for (const item of Array.isArray(value) ? value : [value]) result.append(name, item);
  }
  return result;
}

/** The `Headers` the gate built for a request, kept for its context: one conversion per request. */
const screenedHeaders = new WeakMap<object, Headers>();

/** The router's context from a Node request. */
export function nodeContext({ req }: { req: { headers: IncomingHttpHeaders } }): ExpressDashboardContext {
  return { request: { headers: screenedHeaders.get(req) ?? toFetchHeaders(req.headers) } };
}

/** Writes an answer in one go, with a `Content-Length` (`writeHead` then `end` alone would send it chunked). */
export function writeAnswer(res: ServerResponse, { status, headers, body }: HttpAnswer): void {
  res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) }).end(body);
}

function refuse(req: IncomingMessage, res: ServerResponse, refused: GateDecision & { kind: 'refused' }): void {
  writeAnswer(res, refusalAnswer(refused, !req.complete));
}

/** A Node request the gate let through. */
export interface ScreenedRequest {
  /** Its path and query. */
  target: RequestTarget;
  /** Its headers as a Fetch `Headers`, built once: the gate read them, the context reuses them. */
  headers: Headers;
  /** Headers its answer carries (the CORS decision's). */
  answerHeaders: Record<string, string>;
  /** The body, read within the limit; `undefined` without one (GET, HEAD) or when a body parser read it. */
  body: string | undefined;
}

/** A request whose body a parser mounted earlier (Express) has read. */
type ParsedRequest = IncomingMessage & { body?: unknown };

/**
 * The checks every Node adapter makes before tRPC sees a request (see {@link HttpGate.screen}),
 * then the body, read within the limit. Resolves to the request when it should be served; to
 * `undefined` when it has been answered (or its client is gone). Never rejects.
 */
export async function screenNodeRequest(
  gate: HttpGate,
  req: ParsedRequest,
  res: ServerResponse,
  target: RequestTarget | undefined,
): Promise<ScreenedRequest | undefined> {
  const headers = toFetchHeaders(req.headers);
  const decision = gate.screen(req.method ?? 'GET', target, headers);
  if (decision.kind === 'preflight') {
    res.writeHead(204, decision.headers).end();
    return undefined;
  }
  if (decision.kind === 'refused') return void refuse(req, res, decision);
  screenedHeaders.set(req, headers);
  const screened = { target: decision.target, headers, answerHeaders: decision.headers, body: undefined };
  if (!decision.readBody) return screened;
  if (req.body !== undefined) {
    // A body parser mounted earlier (Express) read the body, and tRPC uses `req.body`. Its size as
    // sent is the Content-Length the gate checked; a chunked one's went with the parser, so it
    // cannot be shown to be within the limit (the element never sends one).
    if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] !== undefined) {
      return void refuse(req, res, gate.refuse('body_unmeasured', decision.headers));
    }
    return screened;
  }
  const body = await readNodeBody(req, gate.maxBodyBytes);
  if (body === 'gone') return undefined;
  if (body === 'too_large') return void refuse(req, res, gate.refuse('body_size', decision.headers));
  return { ...screened, body: body.text };
}

/** An AbortSignal that aborts when the client leaves before its answer, as tRPC's Node adapters make. */
function leaving(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableEnded) controller.abort();
  });
  return controller.signal;
}

/**
 * Answers a screened request: by the fast path when it takes it, else by tRPC's adapter (`trpc`),
 * handed the answer's headers and the body as a string in `req.body` (which tRPC uses as it is).
 */
export async function serveScreened(
  fastPath: FastPath,
  req: ParsedRequest,
  res: ServerResponse,
  screened: ScreenedRequest,
  trpc: () => unknown,
): Promise<void> {
  const { target, headers, body, answerHeaders } = screened;
  if (body !== undefined && fastPath.takes(req.method, target, headers)) {
    const answer = await fastPath.answer({ headers, body, signal: leaving(res), answerHeaders });
    // A client who left gets nothing; the procedure has reported it (`callerGone`).
    if (!res.destroyed) writeAnswer(res, answer);
    return;
  }
  for (const [name, value] of Object.entries(answerHeaders)) res.setHeader(name, value);
  if (body !== undefined) req.body = body;
  await trpc();
}

import { CREATE_LOGIN_LINK_PATH } from '@open-express-dashboard/contract';
import { TRPCError, callTRPCProcedure, getTRPCErrorFromUnknown, getTRPCErrorShape } from '@trpc/server';
import { getHTTPStatusCode } from '@trpc/server/http';
import type { TRPCResponse } from '@trpc/server/rpc';
import { linkResponseHeaders, type HttpAnswer } from '../http/policy.js';
import type { RequestTarget } from '../http/target.js';
import type { ServedRouter } from './core.js';

// The element's one request, answered without tRPC's HTTP adapters. Per request, tRPC's Node
// adapter turns the IncomingMessage into a Fetch Request (a URL, a Headers, a ReadableStream over
// the body, two AbortSignals), resolves it into a Fetch Response and pipes that back through a
// WritableStream in two writes (chunked): two thirds of the CPU the service spent over a
// hand-written route (bench/PROFILE.md). Its Fetch adapter builds much the same. Here: the body and
// the Headers the gate already has, the procedure called as tRPC calls it, and the answer as one
// string. It is tRPC's answer, byte for byte, headers included but for the framing:
// test/fast-path.test.ts compares both on every reason and on generated requests.

/** tRPC's own `Vary` on every answer, which our `Vary: Origin` is appended to. */
const VARY = 'trpc-accept, accept, Origin';

/** The element's request, as an adapter hands it to the fast path. */
export interface LoginLinkCall {
  /** The request's headers: the router's context (`ctx.request.headers`). */
  headers: Headers;
  /** The body as the gate read it. */
  body: string;
  /** Aborts when the client leaves before its answer, as tRPC's does (the audit's `callerGone`). */
  signal: AbortSignal | undefined;
  /** Headers of the answer besides tRPC's own (the CORS decision's). */
  answerHeaders: Record<string, string>;
}

export interface FastPath {
  /**
   * Whether a screened request whose body the gate read is one tRPC would read as a single call of
   * the mutation with nothing more to it: POST to the procedure's exact path, no query (no batch,
   * no connection parameters), no streaming asked for. Anything else goes to tRPC.
   */
  takes(method: string | undefined, target: RequestTarget, headers: Headers): boolean;
  /** The answer, as tRPC's adapter would give it (without framing headers). Never rejects but on a bug. */
  answer(call: LoginLinkCall): Promise<HttpAnswer>;
}

/** Whether tRPC would stream its answer (its `trpc-accept` header, or `application/jsonl` in `Accept`). */
function asksForStream(headers: Headers): boolean {
  return headers.has('trpc-accept') || (headers.get('accept')?.includes('jsonl') ?? false);
}

/** The fast path of an adapter whose procedure requests have the path `procedurePath`, as sent. */
export function createFastPath(router: ServedRouter, procedurePath: string): FastPath {
  const config = router._def._config;
  const serialize = (value: unknown): unknown => config.transformer.output.serialize(value);

  return {
    takes(method, target, headers) {
      return method === 'POST' && target.path === procedurePath && target.query === '' && !asksForStream(headers);
    },

    async answer({ headers, body, signal, answerHeaders }) {
      let input: { value: unknown } | undefined;
      // As tRPC reads a JSON body: once, when the input parser asks; malformed JSON is its BAD_REQUEST.
      const readInput = (): unknown => {
        if (input) return input.value;
        try {
          const value: unknown = body === '' ? undefined : config.transformer.input.deserialize(JSON.parse(body));
          input = { value };
        } catch (cause) {
          throw new TRPCError({ code: 'BAD_REQUEST', message: cause instanceof Error ? cause.message : 'Invalid input', cause });
        }
        return input.value;
      };
      // A throw becomes a rejection, as from tRPC's own (async) reader.
      const getRawInput = () => new Promise<unknown>((resolve) => resolve(readInput()));
      const ctx = { request: { headers } };
      let json: TRPCResponse;
      let error: TRPCError | undefined;
      try {
        const data: unknown = await callTRPCProcedure({
          router,
          path: CREATE_LOGIN_LINK_PATH,
          getRawInput,
          ctx,
          type: 'mutation',
          signal,
          batchIndex: 0,
        });
        json = { result: { data } };
      } catch (cause) {
        error = getTRPCErrorFromUnknown(cause);
        json = { error: getTRPCErrorShape({ config, error, type: 'mutation', path: CREATE_LOGIN_LINK_PATH, input: input?.value, ctx }) };
      }
      const errors = error ? [error] : [];
      return {
        status: getHTTPStatusCode(json, errors),
        headers: { ...answerHeaders, ...linkResponseHeaders(errors), 'content-type': 'application/json', vary: VARY },
        // tRPC's transformTRPCResponse, without its copies of the object.
        body: JSON.stringify('error' in json ? { error: serialize(json.error) } : { result: { data: serialize(json.result.data) } }),
      };
    },
  };
}

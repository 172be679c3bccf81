import type { IncomingMessage, ServerResponse } from 'node:http';
import { CREATE_LOGIN_LINK_PATH } from '@open-express-dashboard/contract';
import { TRPCError, callTRPCProcedure, getTRPCErrorFromUnknown, getTRPCErrorShape, transformTRPCResponse } from '@trpc/server';
import { getHTTPStatusCode } from '@trpc/server/http';
import { linkResponseHeaders } from '../http/policy.js';
import type { RequestTarget } from '../http/target.js';
import type { ServedRouter } from './core.js';
import { nodeContext, type ScreenedRequest } from './node-request.js';

// The element's one request, served without tRPC's HTTP adapter. Per request, tRPC's Node adapter
// turns the IncomingMessage into a Fetch Request (a URL, a Headers, a ReadableStream over the body,
// two AbortSignals), resolves it into a Fetch Response and pipes that back through a WritableStream,
// in two writes (chunked). That is two thirds of the CPU the service spent over a hand-written route
// (bench/PROFILE.md). Here: the body the gate read, the Headers it built, the procedure called as
// tRPC calls it, and one writeHead(…).end(json). The answer is tRPC's, byte for byte, headers
// included but for the framing (Content-Length, not chunked): test/fast-path.test.ts compares both
// on every reason and on hostile requests.

/** tRPC's own `Vary` on every answer, which our `Vary: Origin` is appended to. */
const VARY = 'trpc-accept, accept, Origin';

/** The fast path of one adapter, whose procedure requests have the path `procedurePath` as sent. */
export interface FastPath {
  /**
   * Whether a screened request is one tRPC would read as a single call of the mutation with
   * nothing more to it: POST to the procedure's exact path, no query (no batch, no connection
   * parameters), a body the gate read, no streaming asked for. Anything else goes to tRPC.
   */
  takes(req: IncomingMessage, target: RequestTarget, screened: ScreenedRequest): screened is ScreenedRequest & { body: string };
  /** Answers it. Rejects only on a bug (the adapter's guard answers 500 then). */
  serve(req: IncomingMessage, res: ServerResponse, screened: ScreenedRequest & { body: string }): Promise<void>;
}

/** Whether tRPC would stream its answer (its `trpc-accept` header, or `application/jsonl` in `Accept`). */
function asksForStream(headers: Headers): boolean {
  return headers.has('trpc-accept') || (headers.get('accept')?.includes('jsonl') ?? false);
}

export function createFastPath(router: ServedRouter, procedurePath: string): FastPath {
  const config = router._def._config;

  return {
    takes(req, target, screened): screened is ScreenedRequest & { body: string } {
      return (
        req.method === 'POST' &&
        target.path === procedurePath &&
        target.query === '' &&
        screened.body !== undefined &&
        !asksForStream(screened.headers)
      );
    },

    async serve(req, res, screened) {
      // As tRPC's signal: aborted when the client leaves before its answer (the audit's `callerGone`).
      const leaving = new AbortController();
      res.once('close', () => {
        if (!res.writableEnded) leaving.abort();
      });
      let input: { value: unknown } | undefined;
      // As tRPC reads a JSON body: once, when the procedure asks; malformed JSON is its BAD_REQUEST.
      const getRawInput = async () => {
        if (input) return input.value;
        try {
          input = { value: screened.body === '' ? undefined : config.transformer.input.deserialize(JSON.parse(screened.body)) };
        } catch (cause) {
          throw new TRPCError({ code: 'BAD_REQUEST', message: cause instanceof Error ? cause.message : 'Invalid input', cause });
        }
        return input.value;
      };
      const ctx = nodeContext({ req });
      let answer;
      let error: TRPCError | undefined;
      try {
        const data: unknown = await callTRPCProcedure({
          router,
          path: CREATE_LOGIN_LINK_PATH,
          getRawInput,
          ctx,
          type: 'mutation',
          signal: leaving.signal,
          batchIndex: 0,
        });
        answer = { result: { data } };
      } catch (cause) {
        error = getTRPCErrorFromUnknown(cause);
        const shape = getTRPCErrorShape({ config, error, type: 'mutation', path: CREATE_LOGIN_LINK_PATH, input: input?.value, ctx });
        answer = { error: shape };
      }
      if (res.destroyed) return;
      const body = JSON.stringify(transformTRPCResponse(config, answer));
      res
        .writeHead(getHTTPStatusCode(answer, error && [error]), {
          ...screened.answerHeaders,
          ...linkResponseHeaders(error ? [error] : []),
          'content-type': 'application/json',
          vary: VARY,
          'content-length': String(Buffer.byteLength(body)),
        })
        .end(body);
    },
  };
}

import { TRPCError, initTRPC, type TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { TRPC_ERROR_CODES_BY_KEY, type TRPC_ERROR_CODE_NUMBER } from '@trpc/server/rpc';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { reasonErrorShape } from './error-shape.js';
import { SERVER_REASONS, type ServerReason } from './reasons.js';
import { TRPC_ERROR_CODES, type TrpcErrorCode, type TrpcJsonRpcCode } from './trpc-codes.js';

const REASONS = Object.keys(SERVER_REASONS) as ServerReason[];
const CODES = Object.keys(TRPC_ERROR_CODES) as TrpcErrorCode[];

describe("tRPC's error codes, as listed in the contract", () => {
  it('are exactly the ones @trpc/server has, with its JSON-RPC numbers and HTTP statuses', () => {
    expect(CODES.toSorted()).toEqual(Object.keys(TRPC_ERROR_CODES_BY_KEY).toSorted());
    for (const code of CODES) {
      expect(TRPC_ERROR_CODES[code].jsonRpc, code).toBe(TRPC_ERROR_CODES_BY_KEY[code]);
      expect(TRPC_ERROR_CODES[code].httpStatus, code).toBe(getHTTPStatusCodeFromError(new TRPCError({ code })));
    }
    expectTypeOf<TrpcErrorCode>().toEqualTypeOf<TRPC_ERROR_CODE_KEY>();
    expectTypeOf<TrpcJsonRpcCode>().toEqualTypeOf<TRPC_ERROR_CODE_NUMBER>();
  });

  it('give every server reason the HTTP status its table says', () => {
    for (const reason of REASONS) {
      const { code, httpStatus } = SERVER_REASONS[reason];
      expect(TRPC_ERROR_CODES[code].httpStatus, reason).toBe(httpStatus);
    }
  });
});

describe('reasonErrorShape', () => {
  it.each(REASONS)('gives %s its code, status, retryability and safe message', (reason) => {
    const info = SERVER_REASONS[reason];
    expect(reasonErrorShape(reason)).toStrictEqual({
      message: info.message,
      code: TRPC_ERROR_CODES_BY_KEY[info.code],
      data: { code: info.code, httpStatus: info.httpStatus, reason, retryable: info.retryable },
    });
  });

  it('adds the path and Retry-After only when given, and a message in place of the reason’s', () => {
    const shape = reasonErrorShape('RATE_LIMITED', { path: 'a.b', retryAfterSeconds: 7, message: 'Slow down.' });
    expect(shape).toStrictEqual({
      message: 'Slow down.',
      code: -32029,
      data: { code: 'TOO_MANY_REQUESTS', httpStatus: 429, path: 'a.b', reason: 'RATE_LIMITED', retryable: true, retryAfterSeconds: 7 },
    });
    // Keys given as undefined (a formatter passing on what tRPC had) stay off the wire too.
    const bare = reasonErrorShape('INTERNAL', { path: undefined, retryAfterSeconds: undefined, message: undefined });
    expect(Object.keys(bare.data)).toEqual(['code', 'httpStatus', 'reason', 'retryable']);
    expect(bare.message).toBe(SERVER_REASONS.INTERNAL.message);
  });

  it('keeps tRPC’s own code and status for an error tRPC raised, with the reason it maps to', () => {
    expect(reasonErrorShape('INVALID_INPUT', { code: 'METHOD_NOT_SUPPORTED' })).toMatchObject({
      code: -32005,
      data: { code: 'METHOD_NOT_SUPPORTED', httpStatus: 405, reason: 'INVALID_INPUT', retryable: false },
    });
  });

  it('types the path it is given', () => {
    expectTypeOf(
      reasonErrorShape('INTERNAL', { path: 'expressDashboard.createLoginLink' }).data.path,
    ).toEqualTypeOf<'expressDashboard.createLoginLink'>();
    expectTypeOf(reasonErrorShape('INTERNAL').data.path).toEqualTypeOf<string | undefined>();
    // Compiled, never called: `npm run typecheck` fails if these lines compile.
    // @ts-expect-error: only reasons the server sends
    void (() => reasonErrorShape('NETWORK_ERROR'));
    // @ts-expect-error: only tRPC's codes
    void (() => reasonErrorShape('INTERNAL', { code: 'TEAPOT' }));
  });

  // The strongest check: what a real tRPC server sends for the same error, on the wire.
  it.each(CODES)('matches what a tRPC server sends for %s', async (code) => {
    const t = initTRPC.create();
    const router = t.router({
      fail: t.procedure.mutation(() => {
        throw new TRPCError({ code });
      }),
    });
    const response = await fetchRequestHandler({
      router,
      endpoint: '/trpc',
      req: new Request('http://localhost/trpc/fail', { method: 'POST', headers: { 'content-type': 'application/json' } }),
    });
    const sent = (await response.json()) as { error: { code: number; data: Record<string, unknown> } };
    const built = reasonErrorShape('INTERNAL', { code, path: 'fail' });
    expect(response.status).toBe(built.data.httpStatus);
    expect(sent.error.code).toBe(built.code);
    expect(sent.error.data).toMatchObject({ code: built.data.code, httpStatus: built.data.httpStatus, path: built.data.path });
  });
});

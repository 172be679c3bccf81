import { SERVER_REASONS, type ReasonErrorData, type ServerReason } from './reasons.js';
import { TRPC_ERROR_CODES, type TrpcErrorCode, type TrpcJsonRpcCode } from './trpc-codes.js';

/** `error.data` of a failure: tRPC's `code`, `httpStatus` and `path`, and the contract's reason fields. */
export interface ReasonErrorShapeData extends ReasonErrorData {
  code: TrpcErrorCode;
  /** The HTTP status of the answer. */
  httpStatus: number;
  /** The procedure that failed; absent when the request was refused before tRPC routed it. */
  path?: string;
}

/**
 * A failure as it goes on the wire in `{ error: shape }`: what the server's tRPC `errorFormatter`
 * returns, and what refusals made before tRPC and the testing kit's mocks send.
 */
export interface ReasonErrorShape<TData extends ReasonErrorShapeData = ReasonErrorShapeData> {
  /** The reason's message from the contract, safe to show the seller. */
  message: string;
  /** The JSON-RPC 2.0 number of `data.code`. */
  code: TrpcJsonRpcCode;
  data: TData;
}

export interface ReasonErrorShapeOptions {
  /** The procedure that failed, as tRPC reports it. Default: none (refused before routing). */
  path?: string | undefined;
  /** Sent as `data.retryAfterSeconds` (the server knows it only with `RATE_LIMITED`). */
  retryAfterSeconds?: number | undefined;
  /** Replaces the reason's message. The server never does (its messages are the contract's); mocks may. */
  message?: string | undefined;
  /**
   * tRPC's own code, for an error tRPC raised itself before any procedure ran (a GET of the mutation
   * is `METHOD_NOT_SUPPORTED` 405, its reason `INVALID_INPUT`): `code`, its number and `httpStatus` follow it, so
   * that `data.httpStatus` stays the status tRPC answers with. Default: the reason's code.
   */
  code?: TrpcErrorCode | undefined;
}

/**
 * Builds a failure in tRPC's error shape, with the contract's `reason`, `retryable` and message:
 * the one place the server's error formatter, its refusals and the testing kit build it.
 *
 * @example
 * const body = JSON.stringify({ error: reasonErrorShape('ORIGIN_NOT_ALLOWED') });
 * // {"error":{"message":"This site is not allowed…","code":-32003,"data":{"code":"FORBIDDEN","httpStatus":403,"reason":"ORIGIN_NOT_ALLOWED","retryable":false}}}
 */
export function reasonErrorShape<const TPath extends string>(
  reason: ServerReason,
  options: ReasonErrorShapeOptions & { path: TPath },
): ReasonErrorShape<ReasonErrorShapeData & { path: TPath }>;
export function reasonErrorShape(reason: ServerReason, options?: ReasonErrorShapeOptions): ReasonErrorShape;
export function reasonErrorShape(reason: ServerReason, options: ReasonErrorShapeOptions = {}): ReasonErrorShape {
  const { path, retryAfterSeconds, message } = options;
  const info = SERVER_REASONS[reason];
  const code = options.code ?? info.code;
  return {
    message: message ?? info.message,
    code: TRPC_ERROR_CODES[code].jsonRpc,
    data: {
      code,
      httpStatus: TRPC_ERROR_CODES[code].httpStatus,
      ...(path === undefined ? {} : { path }),
      reason,
      retryable: info.retryable,
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    },
  };
}

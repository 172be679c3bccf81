/**
 * Every tRPC error code, with the JSON-RPC 2.0 number tRPC sends as `error.code` and the HTTP status
 * it answers with (tRPC 11's `TRPC_ERROR_CODES_BY_KEY` and `getHTTPStatusCodeFromError`). Copied so
 * that the contract needs no dependency in browsers; a test compares them with `@trpc/server`.
 */
export const TRPC_ERROR_CODES = {
  PARSE_ERROR: { jsonRpc: -32700, httpStatus: 400 },
  BAD_REQUEST: { jsonRpc: -32600, httpStatus: 400 },
  INTERNAL_SERVER_ERROR: { jsonRpc: -32603, httpStatus: 500 },
  NOT_IMPLEMENTED: { jsonRpc: -32603, httpStatus: 501 },
  BAD_GATEWAY: { jsonRpc: -32603, httpStatus: 502 },
  SERVICE_UNAVAILABLE: { jsonRpc: -32603, httpStatus: 503 },
  GATEWAY_TIMEOUT: { jsonRpc: -32603, httpStatus: 504 },
  UNAUTHORIZED: { jsonRpc: -32001, httpStatus: 401 },
  PAYMENT_REQUIRED: { jsonRpc: -32002, httpStatus: 402 },
  FORBIDDEN: { jsonRpc: -32003, httpStatus: 403 },
  NOT_FOUND: { jsonRpc: -32004, httpStatus: 404 },
  METHOD_NOT_SUPPORTED: { jsonRpc: -32005, httpStatus: 405 },
  TIMEOUT: { jsonRpc: -32008, httpStatus: 408 },
  CONFLICT: { jsonRpc: -32009, httpStatus: 409 },
  PRECONDITION_FAILED: { jsonRpc: -32012, httpStatus: 412 },
  PAYLOAD_TOO_LARGE: { jsonRpc: -32013, httpStatus: 413 },
  UNSUPPORTED_MEDIA_TYPE: { jsonRpc: -32015, httpStatus: 415 },
  UNPROCESSABLE_CONTENT: { jsonRpc: -32022, httpStatus: 422 },
  PRECONDITION_REQUIRED: { jsonRpc: -32028, httpStatus: 428 },
  TOO_MANY_REQUESTS: { jsonRpc: -32029, httpStatus: 429 },
  CLIENT_CLOSED_REQUEST: { jsonRpc: -32099, httpStatus: 499 },
} as const;

/** A tRPC error code, such as `'FORBIDDEN'` (tRPC's `TRPC_ERROR_CODE_KEY`). */
export type TrpcErrorCode = keyof typeof TRPC_ERROR_CODES;
/** The JSON-RPC 2.0 number tRPC sends for a code, such as `-32003` (tRPC's `TRPC_ERROR_CODE_NUMBER`). */
export type TrpcJsonRpcCode = (typeof TRPC_ERROR_CODES)[TrpcErrorCode]['jsonRpc'];

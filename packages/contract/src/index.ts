export * from './error-shape.js';
export * from './procedure.js';
export * from './reason-lookup.js';
export * from './reasons.js';
export type { TrpcErrorCode, TrpcJsonRpcCode } from './trpc-codes.js';

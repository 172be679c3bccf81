import { SERVER_REASONS, type ReasonErrorData, type ServerReason } from '@open-express-dashboard/contract';
import { TRPCError, type TRPC_ERROR_CODE_KEY } from '@trpc/server';
import type { TRPC_ERROR_CODE_NUMBER } from '@trpc/server/rpc';

/**
 * A failure with a reason from the contract. Its message is always the contract's safe message;
 * whatever caused it (a Stripe error with its raw message and request id) stays in `cause`, for logs.
 */
export class ExpressDashboardError extends TRPCError {
  readonly reason: ServerReason;
  readonly retryAfterSeconds: number | undefined;

  constructor(reason: ServerReason, options: { cause?: unknown; retryAfterSeconds?: number } = {}) {
    const info = SERVER_REASONS[reason];
    super({ code: info.code satisfies TRPC_ERROR_CODE_KEY, message: info.message, cause: options.cause });
    this.name = 'ExpressDashboardError';
    this.reason = reason;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** The reason for any error tRPC reports, including its own (bad input, unparsable body). */
export function reasonOf(error: TRPCError): ServerReason {
  if (error instanceof ExpressDashboardError) return error.reason;
  if (error.code === 'BAD_REQUEST' || error.code === 'PARSE_ERROR') return 'INVALID_INPUT';
  if (error.code === 'UNAUTHORIZED') return 'UNAUTHENTICATED';
  return 'INTERNAL';
}

interface ErrorShapeIn {
  message: string;
  code: TRPC_ERROR_CODE_NUMBER;
  data: { code: TRPC_ERROR_CODE_KEY; httpStatus: number; path?: string; stack?: string };
}

/**
 * Gives every error the contract's shape: `data.reason`, `data.retryable`, and a message safe to
 * show. tRPC's own messages (zod issues, "Unexpected token") are replaced too: they help attackers
 * more than sellers. The stack is dropped even in development; logs have it.
 */
export function formatReasonError({ shape, error }: { shape: ErrorShapeIn; error: TRPCError }) {
  const reason = reasonOf(error);
  const { stack: _stack, ...data } = shape.data;
  const retryAfterSeconds = error instanceof ExpressDashboardError ? error.retryAfterSeconds : undefined;
  const extra: ReasonErrorData = {
    reason,
    retryable: SERVER_REASONS[reason].retryable,
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  };
  const message: string = SERVER_REASONS[reason].message;
  return { ...shape, message, data: { ...data, ...extra } };
}

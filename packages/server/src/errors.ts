import {
  SERVER_REASONS,
  reasonErrorShape,
  type ReasonErrorShape,
  type ReasonErrorShapeData,
  type ServerReason,
} from '@open-express-dashboard/contract';
import { TRPCError, type TRPC_ERROR_CODE_KEY } from '@trpc/server';

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
  return REASON_BY_TRPC_CODE[error.code] ?? 'INTERNAL';
}

/** tRPC's own errors (raised before the procedure runs, or by adapters) and the reason they get. */
const REASON_BY_TRPC_CODE: Partial<Record<TRPC_ERROR_CODE_KEY, ServerReason>> = {
  BAD_REQUEST: 'INVALID_INPUT',
  PARSE_ERROR: 'INVALID_INPUT',
  // A path that is not the procedure: most often the element's endpoint and the mount path disagree.
  NOT_FOUND: 'PROCEDURE_NOT_FOUND',
  // The procedure's path with another method than POST: a malformed request, whatever its status.
  METHOD_NOT_SUPPORTED: 'INVALID_INPUT',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_CONTENT_TYPE',
  PAYLOAD_TOO_LARGE: 'REQUEST_TOO_LARGE',
  UNAUTHORIZED: 'UNAUTHENTICATED',
  TOO_MANY_REQUESTS: 'RATE_LIMITED',
};

interface ErrorShapeIn {
  data: { code: TRPC_ERROR_CODE_KEY; path?: string };
}

/**
 * Gives every error the contract's shape: `data.reason`, `data.retryable`, and a message safe to
 * show. tRPC's own messages (zod issues, "Unexpected token") are replaced too: they help attackers
 * more than sellers. The stack is dropped even in development; logs have it. tRPC's `code` (and so
 * the HTTP status) and `path` are kept.
 */
export function formatReasonError({ shape, error }: { shape: ErrorShapeIn; error: TRPCError }): ReasonErrorShape {
  const retryAfterSeconds = error instanceof ExpressDashboardError ? error.retryAfterSeconds : undefined;
  return reasonErrorShape(reasonOf(error), { code: shape.data.code, path: shape.data.path, retryAfterSeconds });
}

export type { ReasonErrorShape, ReasonErrorShapeData };

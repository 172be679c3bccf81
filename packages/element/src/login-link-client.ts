import {
  reasonInfo,
  isServerReason,
  type CreateLoginLinkInput,
  type CreateLoginLinkOutput,
  type Reason,
} from '@open-express-dashboard/contract';
import type { AppRouter } from '@open-express-dashboard/server';
import { TRPCClientError, createTRPCClient, httpLink } from '@trpc/client';

/** Why a request for a dashboard link failed, ready to show. */
export class LoginLinkFailure extends Error {
  readonly reason: Reason;
  readonly retryable: boolean;

  constructor(reason: Reason, retryable = reasonInfo(reason).retryable) {
    super(reasonInfo(reason).message);
    this.name = 'LoginLinkFailure';
    this.reason = reason;
    this.retryable = retryable;
  }
}

export interface RequestLoginLinkOptions {
  endpoint: string;
  input?: CreateLoginLinkInput;
  signal?: AbortSignal;
}

/** Calls `expressDashboard.createLoginLink`; any failure becomes a {@link LoginLinkFailure}. */
export async function requestLoginLink({ endpoint, input, signal }: RequestLoginLinkOptions): Promise<CreateLoginLinkOutput> {
  const client = createTRPCClient<AppRouter>({ links: [httpLink({ url: endpoint })] });
  try {
    return await client.expressDashboard.createLoginLink.mutate(input, { signal });
  } catch (error) {
    throw toFailure(error);
  }
}

function toFailure(error: unknown): unknown {
  if (!(error instanceof TRPCClientError)) return error;
  const data: unknown = error.data;
  if (isRecord(data) && isServerReason(data['reason'])) {
    const retryable = typeof data['retryable'] === 'boolean' ? data['retryable'] : undefined;
    return new LoginLinkFailure(data['reason'], retryable);
  }
  if (error.cause?.name === 'AbortError') return error.cause;
  // No tRPC error body at all: the request never got an answer (offline, DNS, CORS refused).
  if (data === undefined && error.cause instanceof TypeError) return new LoginLinkFailure('NETWORK_ERROR');
  return new LoginLinkFailure('INTERNAL');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

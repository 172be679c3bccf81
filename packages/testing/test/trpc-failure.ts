import { TRPCClientError } from '@trpc/client';
import type { AnyRouter } from '@trpc/server';

/** The tRPC client error a call failed with; anything else (success included) fails the test. */
export async function trpcFailure(promise: Promise<unknown>): Promise<TRPCClientError<AnyRouter>> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCClientError)) throw new Error(`expected a TRPCClientError, got ${String(error)}`);
  return error as TRPCClientError<AnyRouter>;
}

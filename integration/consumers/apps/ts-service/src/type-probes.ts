// Wrong uses that must not compile: each `@ts-expect-error` fails the typecheck if its line compiles.
import type { TRPCClientError } from '@trpc/client';
import type { AppRouter as DashboardRouter, ServerReason } from '@open-express-dashboard/server';
import type { AppRouter } from './app.js';
import { dashboardClient, loginLinkFor } from './client.js';

// A client of the dashboard router alone reads `reason` straight from TRPCClientError.
declare const alone: TRPCClientError<DashboardRouter>;
export const reason: ServerReason | undefined = alone.data?.reason;
// @ts-expect-error a reason is one of the contract's, not any string
export const unknownReason: boolean = alone.data?.reason === 'SESSION_EXPIRED';

declare const merged: TRPCClientError<AppRouter>;
// The merged router's root shape is the platform's own formatter's:
export const tenant: string | undefined = merged.data?.tenant;

export async function probes() {
  const result = await loginLinkFor(dashboardClient('http://x/trpc', undefined));
  // @ts-expect-error the result is either a link or a reason
  result.url;
  if ('reason' in result) {
    // @ts-expect-error not a reason the server sends
    return result.reason === 'NETWORK_ERROR';
  }
  return result.kind;
}

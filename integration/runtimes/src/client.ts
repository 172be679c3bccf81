import type { AppRouter } from '@open-express-dashboard/server';
import { createTRPCClient, httpLink } from '@trpc/client';

/** A typed tRPC client of a running service, as another app calls it: a Bearer token, and any other headers. */
export function dashboardClient(origin: string, token: string | undefined, headers: Record<string, string> = {}) {
  const authorization: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  return createTRPCClient<AppRouter>({ links: [httpLink({ url: `${origin}/trpc`, headers: { ...authorization, ...headers } })] });
}

import { createTRPCClient, httpLink, safe } from '@trpc/client';
import type { ServerReason } from '@open-express-dashboard/server';
import type { AppRouter } from './app.js';

export function dashboardClient(url: string, token: string | undefined, fetch?: typeof globalThis.fetch) {
  return createTRPCClient<AppRouter>({
    links: [httpLink({ url, fetch, headers: token ? { authorization: `Bearer ${token}` } : {} })],
  });
}

/** A link for the seller, or why not: `safe` types the error with the procedure's own shape. */
export async function loginLinkFor(
  client: ReturnType<typeof dashboardClient>,
): Promise<{ url: string; kind: string } | { reason: ServerReason | undefined }> {
  const [link, error] = await safe(client.expressDashboard.createLoginLink.mutate());
  if (error) return { reason: error.data?.reason }; // 'UNAUTHENTICATED', 'ONBOARDING_INCOMPLETE', …
  return link;
}

import { SERVER_REASONS, type ServerReason } from '@open-express-dashboard/contract';
import type { AppRouter } from '@open-express-dashboard/server';
import { createTRPCClient, httpLink, isTRPCClientError } from '@trpc/client';

// For a platform whose backend calls the login-link service (apps/server) and redirects, instead of
// the element asking from the browser: a server-rendered "Open dashboard" link.

/** The reason the service gave, typed by its router; none when it could not be reached. */
function serviceReasonOf(error: unknown): ServerReason | undefined {
  return isTRPCClientError<AppRouter>(error) ? error.data?.reason : undefined;
}

/** A 303 to the seller's Express Dashboard, or a short page saying why not. Never cached. */
export async function dashboardRedirect(serviceUrl: string, sessionToken: string): Promise<Response> {
  const client = createTRPCClient<AppRouter>({
    links: [httpLink({ url: serviceUrl, headers: { authorization: `Bearer ${sessionToken}` } })],
  });
  try {
    const { url } = await client.expressDashboard.createLoginLink.mutate();
    return new Response(null, { status: 303, headers: { location: url, 'cache-control': 'no-store' } });
  } catch (error) {
    const reason = serviceReasonOf(error);
    const status = reason ? SERVER_REASONS[reason].httpStatus : 502;
    const message = reason ? SERVER_REASONS[reason].message : 'The dashboard could not be reached. Try again in a moment.';
    return new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
  }
}

import { CREATE_LOGIN_LINK_PATH, SERVER_REASONS, type ServerReason } from '@open-express-dashboard/contract';
import { TRPCClientError, createTRPCUntypedClient, httpLink } from '@trpc/client';
import type { AnyRouter } from '@trpc/server';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loginLinkError, loginLinkNetworkError, loginLinkSuccess, recordLoginLinkRequests } from './handlers.js';

// The handlers must answer exactly as the real server does, so the real tRPC client reads them.
const API = 'https://platform.test/api/trpc';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function call(input?: { accountId?: string }) {
  const client = createTRPCUntypedClient<AnyRouter>({
    links: [httpLink({ url: API, headers: { authorization: 'Bearer token-1' } })],
  });
  return client.mutation(CREATE_LOGIN_LINK_PATH, input);
}

describe('msw handlers', () => {
  it('answers with a link of the given kind, and records what was sent', async () => {
    const recorder = recordLoginLinkRequests();
    server.use(loginLinkSuccess({ endpoint: API, url: 'https://x.test/l', kind: 'onboarding', onRequest: recorder.onRequest }));
    await expect(call({ accountId: 'acct_1A' })).resolves.toEqual({ url: 'https://x.test/l', kind: 'onboarding' });
    expect(recorder.requests).toHaveLength(1);
    expect(recorder.requests[0]?.input).toEqual({ accountId: 'acct_1A' });
    expect(recorder.requests[0]?.headers.get('authorization')).toBe('Bearer token-1');
  });

  it.each(Object.keys(SERVER_REASONS) as ServerReason[])('fails with reason %s as the server does', async (reason) => {
    server.use(loginLinkError(reason, { endpoint: API, retryAfterSeconds: reason === 'RATE_LIMITED' ? 30 : undefined }));
    const error = await call().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCClientError);
    const { data, message } = error as TRPCClientError<AnyRouter>;
    expect(message).toBe(SERVER_REASONS[reason].message);
    expect(data).toMatchObject({
      reason,
      code: SERVER_REASONS[reason].code,
      httpStatus: SERVER_REASONS[reason].httpStatus,
      retryable: SERVER_REASONS[reason].retryable,
    });
    if (reason === 'RATE_LIMITED') expect(data.retryAfterSeconds).toBe(30);
  });

  it('fails like a dropped connection', async () => {
    server.use(loginLinkNetworkError({ endpoint: API }));
    const error = await call().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<AnyRouter>).data).toBeUndefined();
  });

  it('does not answer other endpoints', async () => {
    server.use(loginLinkSuccess());
    await expect(call()).rejects.toThrow();
  });
});

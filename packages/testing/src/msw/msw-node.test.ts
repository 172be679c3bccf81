import { CREATE_LOGIN_LINK_PATH, SERVER_REASONS, type ServerReason } from '@open-express-dashboard/contract';
import { TRPCClientError, createTRPCUntypedClient, httpBatchLink, httpLink } from '@trpc/client';
import type { AnyRouter } from '@trpc/server';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createLoginLinkMocks,
  holdLoginLinkAnswer,
  loginLinkError,
  loginLinkGatewayError,
  loginLinkHandler,
  loginLinkMalformed,
  loginLinkNetworkError,
  loginLinkSuccess,
} from './index.js';
import { trpcFailure } from '../../test/trpc-failure.js';

// The handlers must answer exactly as the real server does, so the real tRPC client reads them.
const API = 'https://platform.test/api/trpc';
const LINK = 'https://connect.stripe.com/express/acct_1TestMsw000001/abc';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

type Link = typeof httpLink | typeof httpBatchLink;

function call(
  input?: unknown,
  {
    url = API,
    link = httpLink,
    headers = {},
    signal,
  }: {
    url?: string;
    link?: Link;
    headers?: Record<string, string>;
    signal?: AbortSignal;
  } = {},
) {
  const client = createTRPCUntypedClient<AnyRouter>({ links: [link({ url, headers })] });
  return client.mutation(CREATE_LOGIN_LINK_PATH, input, { signal });
}

function expectReason(error: TRPCClientError<AnyRouter>, reason: ServerReason) {
  expect(error.message).toBe(SERVER_REASONS[reason].message);
  expect(error.data).toMatchObject({
    reason,
    code: SERVER_REASONS[reason].code,
    httpStatus: SERVER_REASONS[reason].httpStatus,
    retryable: SERVER_REASONS[reason].retryable,
    path: CREATE_LOGIN_LINK_PATH,
  });
}

describe('success', () => {
  it('answers with a link of the given kind and records what was sent', async () => {
    const mocks = createLoginLinkMocks({ endpoint: API, url: LINK, kind: 'onboarding' });
    server.use(...mocks.handlers);
    await expect(
      call({ accountId: 'acct_1A' }, { headers: { authorization: 'Bearer token-1', cookie: 'session=s1; theme=dark' } }),
    ).resolves.toEqual({ url: LINK, kind: 'onboarding' });
    expect(mocks.requests).toHaveLength(1);
    const [sent] = mocks.requests;
    expect(sent).toMatchObject({
      input: { accountId: 'acct_1A' },
      cookies: { session: 's1', theme: 'dark' },
      sendsCookies: true,
      url: `${API}/${CREATE_LOGIN_LINK_PATH}`,
      batched: false,
    });
    expect(sent?.headers.get('authorization')).toBe('Bearer token-1');
  });

  it('records an empty input and no cookies as such', async () => {
    const mocks = createLoginLinkMocks({ endpoint: API });
    server.use(...mocks.handlers);
    await call();
    expect(mocks.requests[0]).toMatchObject({ input: undefined, cookies: {}, sendsCookies: false });
  });

  it('answers a batched client (httpBatchLink) in its own format', async () => {
    const mocks = createLoginLinkMocks({ endpoint: API, url: LINK });
    server.use(...mocks.handlers);
    await expect(call({ accountId: 'acct_1B' }, { link: httpBatchLink })).resolves.toEqual({ url: LINK, kind: 'express_dashboard' });
    expect(mocks.requests[0]).toMatchObject({ input: { accountId: 'acct_1B' }, batched: true });

    server.use(loginLinkError('UNAUTHENTICATED', { endpoint: API }));
    expectReason(await trpcFailure(call(undefined, { link: httpBatchLink })), 'UNAUTHENTICATED');
  });

  it('matches the element’s default endpoint, /trpc, and only the mutation’s path', async () => {
    server.use(loginLinkSuccess({ url: LINK }));
    await expect(call(undefined, { url: 'http://localhost:5173/trpc' })).resolves.toMatchObject({ url: LINK });
    // Not the same endpoint: msw refuses it (onUnhandledRequest: 'error') and the client sees no answer.
    expect((await trpcFailure(call(undefined, { url: 'http://localhost:5173/api/trpc' }))).data).toBeUndefined();
  });

  it('answers only once with `once`, then falls back to the handlers below', async () => {
    server.use(loginLinkSuccess({ endpoint: API, url: LINK }));
    server.use(loginLinkError('STRIPE_UNAVAILABLE', { endpoint: API, once: true }));
    expectReason(await trpcFailure(call()), 'STRIPE_UNAVAILABLE');
    await expect(call()).resolves.toMatchObject({ url: LINK });
  });
});

describe('errors', () => {
  const scenarios = createLoginLinkMocks({ endpoint: API }).errors;

  it.each(Object.keys(SERVER_REASONS) as ServerReason[])('has a ready scenario for %s that fails as the server does', async (reason) => {
    server.use(scenarios[reason]);
    const error = await trpcFailure(call());
    expectReason(error, reason);
    expect(error.shape).toHaveProperty('code', expect.any(Number));
    if (reason === 'RATE_LIMITED') expect(error.data).toHaveProperty('retryAfterSeconds', 30);
    else expect(error.data).not.toHaveProperty('retryAfterSeconds');
  });

  it('overrides the message and Retry-After of a reason', async () => {
    server.use(loginLinkError('RATE_LIMITED', { endpoint: API, message: 'Slow down.', retryAfterSeconds: 5 }));
    const error = await trpcFailure(call());
    expect(error.message).toBe('Slow down.');
    expect(error.data).toMatchObject({ reason: 'RATE_LIMITED', retryAfterSeconds: 5, httpStatus: 429 });
  });

  it('refuses input the server’s schema would refuse with INVALID_INPUT, whatever the scenario', async () => {
    for (const handler of [loginLinkSuccess({ endpoint: API }), scenarios.ONBOARDING_INCOMPLETE]) {
      server.use(handler);
      for (const input of [{ accountId: 42 }, 'acct_1A', [1], null]) {
        expectReason(await trpcFailure(call(input)), 'INVALID_INPUT');
      }
    }
  });

  it('leaves input unchecked where the server is never reached: a dropped connection, a proxy, a malformed body', async () => {
    const bad = { accountId: 42 };
    server.use(loginLinkNetworkError({ endpoint: API }));
    const dropped = await trpcFailure(call(bad));
    expect(dropped.data).toBeUndefined();
    expect(dropped.cause).toBeInstanceOf(TypeError);

    server.use(loginLinkGatewayError({ endpoint: API }));
    const proxied = await fetch(`${API}/${CREATE_LOGIN_LINK_PATH}`, { method: 'POST', body: JSON.stringify(bad) });
    expect(proxied.status).toBe(502);
    expect(proxied.headers.get('content-type')).toMatch(/^text\/html/);

    server.use(loginLinkMalformed({ result: { data: { url: 'javascript:alert(1)' } } }, { endpoint: API }));
    await expect(call(bad)).resolves.toEqual({ url: 'javascript:alert(1)' });
  });

  it('fails like a dropped connection: no answer, no data', async () => {
    server.use(loginLinkNetworkError({ endpoint: API }));
    const error = await trpcFailure(call());
    expect(error.data).toBeUndefined();
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('answers like a proxy in front of a dead server: HTML, not tRPC', async () => {
    server.use(loginLinkGatewayError({ endpoint: API }));
    const error = await trpcFailure(call());
    expect(error.data).toBeUndefined();
    const raw = await fetch(`${API}/${CREATE_LOGIN_LINK_PATH}`, { method: 'POST', body: '{}' });
    expect(raw.status).toBe(502);
    expect(raw.headers.get('content-type')).toMatch(/^text\/html/);
  });
});

describe('custom and slow answers', () => {
  it('computes the answer per call from the checked input', async () => {
    server.use(
      loginLinkHandler(
        ({ input, request }) =>
          input?.accountId === 'acct_1Other'
            ? { reason: 'ACCOUNT_NOT_OWNED' }
            : { url: `${LINK}?for=${request.headers.get('authorization') ?? 'nobody'}`, kind: 'express_dashboard' },
        { endpoint: API },
      ),
    );
    expectReason(await trpcFailure(call({ accountId: 'acct_1Other' })), 'ACCOUNT_NOT_OWNED');
    await expect(call({ accountId: 'acct_1Mine' }, { headers: { authorization: 'u1' } })).resolves.toEqual({
      url: `${LINK}?for=u1`,
      kind: 'express_dashboard',
    });
  });

  it('puts only the contract’s fields on the wire', async () => {
    const wide = { url: LINK, kind: 'express_dashboard' as const, debugToken: 'never-sent' };
    server.use(loginLinkHandler(() => wide, { endpoint: API }));
    await expect(call()).resolves.toEqual({ url: LINK, kind: 'express_dashboard' });
  });

  it('answers a slow request only once its delay has passed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const mocks = createLoginLinkMocks({ endpoint: API, url: LINK });
    server.use(mocks.success({ delay: 10_000 }));
    let settled = false;
    const result = call().finally(() => (settled = true));
    // Not vi.waitFor: with fake timers it moves the clock itself.
    while (mocks.requests.length === 0) await new Promise((resolve) => setImmediate(resolve));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toMatchObject({ url: LINK });
  });

  it('never answers with an infinite delay, until the caller gives up', async () => {
    const mocks = createLoginLinkMocks({ endpoint: API });
    server.use(mocks.success({ delay: 'infinite' }));
    const controller = new AbortController();
    const result = call(undefined, { signal: controller.signal });
    await vi.waitFor(() => expect(mocks.requests).toHaveLength(1));
    controller.abort();
    expect((await trpcFailure(result)).cause?.name).toBe('AbortError');
  });
});

describe('held and malformed answers', () => {
  it('holds an answer until released, counting what arrived on the wrapped handler’s endpoint', async () => {
    const held = holdLoginLinkAnswer(loginLinkSuccess({ endpoint: API, url: LINK }));
    server.use(held.handler);
    // Another endpoint is not the wrapped handler's: not held, not counted (and unhandled).
    expect((await trpcFailure(call(undefined, { url: 'http://localhost:5173/trpc' }))).data).toBeUndefined();
    expect(held.received).toBe(0);
    let settled = false;
    const pending = call().then((value) => ((settled = true), value));
    await vi.waitFor(() => expect(held.received).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    held.release();
    await expect(pending).resolves.toEqual({ url: LINK, kind: 'express_dashboard' });
  });

  it('answers exactly the malformed body it is given', async () => {
    server.use(loginLinkMalformed({ result: { data: { url: 'javascript:alert(1)', kind: 'elsewhere' } } }, { endpoint: API }));
    await expect(call()).resolves.toEqual({ url: 'javascript:alert(1)', kind: 'elsewhere' });
  });
});

describe('createLoginLinkMocks', () => {
  const mocks = createLoginLinkMocks({ endpoint: API, url: LINK });
  afterEach(() => mocks.clearRequests());

  it('starts on the happy path and records every call, whichever scenario answered it', async () => {
    server.use(...mocks.handlers);
    await expect(call({ accountId: 'acct_1A' })).resolves.toEqual({ url: LINK, kind: 'express_dashboard' });
    server.use(mocks.errors.NOT_EXPRESS_DASHBOARD);
    expectReason(await trpcFailure(call()), 'NOT_EXPRESS_DASHBOARD');
    server.use(mocks.networkError);
    await trpcFailure(call());
    expect(mocks.requests.map((request) => request.input)).toEqual([{ accountId: 'acct_1A' }, undefined, undefined]);
    mocks.clearRequests();
    expect(mocks.requests).toEqual([]);
  });

  it('makes variations on the same endpoint', async () => {
    server.use(mocks.success({ kind: 'full_dashboard' }));
    await expect(call()).resolves.toEqual({ url: LINK, kind: 'full_dashboard' });
    server.use(mocks.error('RATE_LIMITED', { retryAfterSeconds: 2 }));
    expect((await trpcFailure(call())).data).toHaveProperty('retryAfterSeconds', 2);
    server.use(mocks.reply(() => ({ url: 'https://example.test/other', kind: 'onboarding' })));
    await expect(call()).resolves.toEqual({ url: 'https://example.test/other', kind: 'onboarding' });
    server.use(mocks.gatewayError);
    expect((await trpcFailure(call())).data).toBeUndefined();
    expect(mocks.requests).toHaveLength(4);
  });
});

import { CREATE_LOGIN_LINK_PATH, SERVER_REASONS, type ServerReason } from '@open-express-dashboard/contract';
import { createTRPCUntypedClient, httpLink } from '@trpc/client';
import type { AnyRouter } from '@trpc/server';
import { setupWorker } from 'msw/browser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLoginLinkMocks, loginLinkSuccess } from './index.js';
import { trpcFailure } from '../../test/trpc-failure.js';

// The same handlers in a real browser, behind msw's service worker: what a component test sees.
const LINK = 'https://connect.stripe.com/express/acct_1TestBrowser01/abc';
const CROSS_ORIGIN_API = 'https://api.platform.test/trpc';
const local = createLoginLinkMocks({ url: LINK }); // the element's default endpoint, /trpc
const remote = createLoginLinkMocks({ endpoint: CROSS_ORIGIN_API, url: LINK });
const worker = setupWorker(...local.handlers, ...remote.handlers);

beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'error' });
  document.cookie = 'visible_pref=on; path=/';
});
afterEach(() => {
  worker.resetHandlers();
  local.clearRequests();
  remote.clearRequests();
});
afterAll(() => {
  document.cookie = 'visible_pref=; path=/; max-age=0';
  worker.stop();
});

function call(url: string, options: { input?: unknown; credentials?: RequestCredentials; signal?: AbortSignal } = {}) {
  const client = createTRPCUntypedClient<AnyRouter>({
    links: [
      httpLink({
        url,
        headers: { authorization: 'Bearer browser-token' },
        fetch: (input, init) => fetch(input, { ...init, credentials: options.credentials ?? 'same-origin' }),
      }),
    ],
  });
  return client.mutation(CREATE_LOGIN_LINK_PATH, options.input, { signal: options.signal });
}

describe('msw handlers in the browser (setupWorker)', () => {
  it('answers the page’s own /trpc and records input, auth header, cookies and credentials', async () => {
    await expect(call('/trpc', { input: { accountId: 'acct_1A' } })).resolves.toEqual({ url: LINK, kind: 'express_dashboard' });
    expect(local.requests).toHaveLength(1);
    const [sent] = local.requests;
    expect(sent).toMatchObject({
      input: { accountId: 'acct_1A' },
      credentials: 'same-origin',
      sendsCookies: true,
      cookies: { visible_pref: 'on' },
      url: `${location.origin}/trpc/${CREATE_LOGIN_LINK_PATH}`,
    });
    expect(sent?.headers.get('authorization')).toBe('Bearer browser-token');
  });

  it('answers a cross-origin API, and tells whether the browser would send cookies there', async () => {
    await expect(call(CROSS_ORIGIN_API)).resolves.toMatchObject({ url: LINK });
    await expect(call(CROSS_ORIGIN_API, { credentials: 'include' })).resolves.toMatchObject({ url: LINK });
    expect(remote.requests.map(({ credentials, sendsCookies, cookies }) => ({ credentials, sendsCookies, cookies }))).toEqual([
      { credentials: 'same-origin', sendsCookies: false, cookies: {} },
      { credentials: 'include', sendsCookies: true, cookies: { visible_pref: 'on' } },
    ]);
    expect(local.requests).toHaveLength(0);
  });

  it('never answers another origin’s /trpc for the default endpoint', async () => {
    worker.resetHandlers(...local.handlers);
    expect((await trpcFailure(call('https://elsewhere.test/trpc'))).data).toBeUndefined();
    expect(local.requests).toHaveLength(0);
  });

  it.each(Object.keys(SERVER_REASONS) as ServerReason[])('plays the %s scenario', async (reason) => {
    worker.use(local.errors[reason]);
    const error = await trpcFailure(call('/trpc'));
    expect(error.message).toBe(SERVER_REASONS[reason].message);
    expect(error.data).toMatchObject({ reason, httpStatus: SERVER_REASONS[reason].httpStatus });
  });

  it('plays a network failure as the browser reports one', async () => {
    worker.use(remote.networkError);
    const error = await trpcFailure(call(CROSS_ORIGIN_API));
    expect(error.data).toBeUndefined();
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('keeps a slow request pending until the caller gives up', async () => {
    worker.use(local.success({ delay: 'infinite' }));
    const controller = new AbortController();
    const pending = call('/trpc', { signal: controller.signal });
    await expect.poll(() => local.requests.length).toBe(1);
    controller.abort();
    expect((await trpcFailure(pending)).cause?.name).toBe('AbortError');
  });

  it('answers a proxy’s HTML page, which a client cannot read as tRPC', async () => {
    worker.use(local.gatewayError);
    const response = await fetch(`/trpc/${CREATE_LOGIN_LINK_PATH}`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(502);
    expect(await response.text()).toContain('Bad gateway');
  });

  it('works as a one-off handler too', async () => {
    worker.use(loginLinkSuccess({ kind: 'onboarding', once: true }));
    await expect(call('/trpc')).resolves.toMatchObject({ kind: 'onboarding' });
    await expect(call('/trpc')).resolves.toMatchObject({ kind: 'express_dashboard' });
  });
});

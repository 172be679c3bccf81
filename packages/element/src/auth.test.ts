import { SERVER_REASONS, CLIENT_REASONS } from '@open-express-dashboard/contract';
import { createLoginLinkMocks } from '@open-express-dashboard/testing/msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { LINK, mount, nextEvent, useWorker, worker } from '../test/browser-support.js';

useWorker();

const SESSION_COOKIE = 'oed_test_session';
afterEach(() => {
  document.cookie = `${SESSION_COOKIE}=; path=/; max-age=0`;
});

/** Clicks the element's button and returns what the endpoint received. */
async function clickAndRecord(
  markup: string,
  setup: (element: HTMLElementTagNameMap['open-express-dashboard']) => void = () => {},
  endpoint?: string,
) {
  const recorder = createLoginLinkMocks({ url: LINK, endpoint });
  worker.use(...recorder.handlers);
  const mounted = await mount(markup);
  setup(mounted.element);
  await userEvent.click(mounted.button);
  await expect.poll(() => mounted.navigate.mock.calls).toEqual([[LINK]]);
  expect(recorder.requests).toHaveLength(1);
  return recorder.requests[0]!;
}

describe('<open-express-dashboard> authentication', () => {
  it('sends the page’s cookies to its own origin by default, and nothing else', async () => {
    document.cookie = `${SESSION_COOKIE}=s3ss10n; path=/`;
    const request = await clickAndRecord('<open-express-dashboard></open-express-dashboard>');
    expect(request.credentials).toBe('same-origin');
    expect(request.cookies[SESSION_COOKIE]).toBe('s3ss10n');
    expect(request.headers.get('authorization')).toBeNull();
    expect(request.input).toBeUndefined();
    expect(new URL(request.url).origin).toBe(location.origin);
  });

  it('sends cookies to a cross-origin API with credentials="include"', async () => {
    const api = 'https://api.platform.test/trpc';
    const request = await clickAndRecord(
      `<open-express-dashboard endpoint="${api}" credentials="include"></open-express-dashboard>`,
      undefined,
      api,
    );
    expect(request.credentials).toBe('include');
    expect(request.url).toBe(`${api}/expressDashboard.createLoginLink`);
  });

  it('sends no cookies with credentials="omit"', async () => {
    document.cookie = `${SESSION_COOKIE}=s3ss10n; path=/`;
    const request = await clickAndRecord('<open-express-dashboard credentials="omit"></open-express-dashboard>');
    expect(request.credentials).toBe('omit');
    expect(request.cookies[SESSION_COOKIE]).toBeUndefined();
  });

  it('falls back to same-origin for a credentials value fetch does not know', async () => {
    const request = await clickAndRecord('<open-express-dashboard credentials="everything"></open-express-dashboard>');
    expect(request.credentials).toBe('same-origin');
  });

  it('sends a fresh bearer token from getToken on every click', async () => {
    const recorder = createLoginLinkMocks({ url: LINK });
    worker.use(...recorder.handlers);
    const { element, button, navigate } = await mount();
    let issued = 0;
    element.getToken = vi.fn(() => Promise.resolve(`token-${++issued}`));
    element.addEventListener('open-express-dashboard-navigate', (event) => event.preventDefault());
    await userEvent.click(button);
    await expect.poll(() => recorder.requests.length).toBe(1);
    await expect.poll(() => element.status).toBe('idle');
    await userEvent.click(button);
    await expect.poll(() => recorder.requests.length).toBe(2);
    expect(recorder.requests.map((request) => request.headers.get('authorization'))).toEqual(['Bearer token-1', 'Bearer token-2']);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('accepts a synchronous getToken', async () => {
    const request = await clickAndRecord('<open-express-dashboard></open-express-dashboard>', (element) => {
      element.getToken = () => 'sync-token';
    });
    expect(request.headers.get('authorization')).toBe('Bearer sync-token');
  });

  it.each([null, undefined, ''])('sends no Authorization header when getToken returns %j', async (token) => {
    const request = await clickAndRecord('<open-express-dashboard></open-express-dashboard>', (element) => {
      element.getToken = () => Promise.resolve(token);
    });
    expect(request.headers.get('authorization')).toBeNull();
  });

  it('asks the seller to sign in again when getToken fails, without calling the server', async () => {
    const recorder = createLoginLinkMocks();
    worker.use(...recorder.handlers);
    const { element, button, errorText } = await mount();
    element.getToken = () => Promise.reject(new Error('login_required'));
    const failed = nextEvent(element, 'open-express-dashboard-error');
    await userEvent.click(button);
    expect((await failed).detail).toMatchObject({ reason: 'UNAUTHENTICATED', retryable: false });
    await expect.poll(errorText).toBe(SERVER_REASONS.UNAUTHENTICATED.message);
    expect(recorder.requests).toHaveLength(0);
  });

  it('counts a getToken that never answers against the timeout', async () => {
    const recorder = createLoginLinkMocks();
    worker.use(...recorder.handlers);
    const { element, button, errorText } = await mount('<open-express-dashboard timeout="200"></open-express-dashboard>');
    element.getToken = () => new Promise<string>(() => {});
    await userEvent.click(button);
    await expect.poll(errorText).toBe(CLIENT_REASONS.TIMEOUT.message);
    expect(recorder.requests).toHaveLength(0);
  });

  it('asks for the account named by account-id', async () => {
    const request = await clickAndRecord('<open-express-dashboard account-id="acct_1SecondShop000001"></open-express-dashboard>');
    expect(request.input).toEqual({ accountId: 'acct_1SecondShop000001' });
  });

  it('asks for the account set as the accountId property, and for the default one once it is cleared', async () => {
    const recorder = createLoginLinkMocks({ url: LINK });
    worker.use(...recorder.handlers);
    const { element, button } = await mount();
    element.addEventListener('open-express-dashboard-navigate', (event) => event.preventDefault());
    element.accountId = 'acct_1ThirdShop0000001';
    await userEvent.click(button);
    await expect.poll(() => recorder.requests.length).toBe(1);
    await expect.poll(() => element.status).toBe('idle');
    element.removeAttribute('account-id');
    element.accountId = undefined;
    await userEvent.click(button);
    await expect.poll(() => recorder.requests.length).toBe(2);
    expect(recorder.requests.map((request) => request.input)).toEqual([{ accountId: 'acct_1ThirdShop0000001' }, undefined]);
  });
});

import { SERVER_REASONS } from '@open-express-dashboard/contract';
import { createLoginLinkMocks, loginLinkError } from '@open-express-dashboard/testing/msw';
import { createApp, nextTick, ref, type App } from 'vue';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { OpenExpressDashboardErrorEvent, OpenExpressDashboardNavigateEvent } from './index.js';
import { LINK, useWorker, worker } from '../test/browser-support.js';

useWorker();

// The README's Vue example, as a Vue 3 app: a template compiled by Vue, the tag marked as a custom
// element, properties bound with `.prop`, events with `@`.
const TEMPLATE = `
  <section>
    <open-express-dashboard
      endpoint="/api/trpc"
      :account-id="accountId"
      :getToken.prop="getToken"
      :navigate.prop="navigate"
      @open-express-dashboard-navigate="onNavigate"
      @open-express-dashboard-error="onError"
    >Open dashboard</open-express-dashboard>
    <p data-testid="opened">{{ opened }}</p>
    <p data-testid="failure">{{ failure }}</p>
  </section>`;

let app: App | undefined;
afterEach(() => app?.unmount());

function mountVueApp() {
  const navigate = vi.fn<(url: string) => void>();
  const accountId = ref('acct_1VueShop00000001');
  const opened = ref('');
  const failure = ref('');
  app = createApp({
    template: TEMPLATE,
    setup: () => ({
      accountId,
      opened,
      failure,
      navigate,
      getToken: () => Promise.resolve('vue-token'),
      onNavigate: (event: OpenExpressDashboardNavigateEvent) => (opened.value = `${event.detail.kind} in ${event.detail.target}`),
      onError: (event: OpenExpressDashboardErrorEvent) => (failure.value = `${event.detail.reason}: ${event.detail.message}`),
    }),
  });
  app.config.compilerOptions.isCustomElement = (tag) => tag === 'open-express-dashboard';
  const root = document.createElement('div');
  document.body.append(root);
  app.mount(root);
  return { navigate, accountId };
}

describe('<open-express-dashboard> in a Vue 3 app', () => {
  it('clicks through to the dashboard with the app’s token and account', async () => {
    const recorder = createLoginLinkMocks({ url: LINK, endpoint: '/api/trpc' });
    worker.use(...recorder.handlers);
    const { navigate } = mountVueApp();

    await userEvent.click(page.getByRole('button', { name: 'Open dashboard' }));
    await expect.poll(() => navigate.mock.calls).toEqual([[LINK]]);
    await expect.element(page.getByTestId('opened')).toHaveTextContent('express_dashboard in _self');
    expect(recorder.requests[0]!.input).toEqual({ accountId: 'acct_1VueShop00000001' });
    expect(recorder.requests[0]!.headers.get('authorization')).toBe('Bearer vue-token');
  });

  it('follows reactive attribute changes', async () => {
    const recorder = createLoginLinkMocks({ url: LINK, endpoint: '/api/trpc' });
    worker.use(...recorder.handlers);
    const { accountId, navigate } = mountVueApp();
    accountId.value = 'acct_1VueShop00000002';
    await nextTick();
    await userEvent.click(page.getByRole('button', { name: 'Open dashboard' }));
    await expect.poll(() => navigate.mock.calls.length).toBe(1);
    expect(recorder.requests[0]!.input).toEqual({ accountId: 'acct_1VueShop00000002' });
  });

  it('hands the error to the app’s handler', async () => {
    worker.use(loginLinkError('NO_CONNECTED_ACCOUNT', { endpoint: '/api/trpc' }));
    const { navigate } = mountVueApp();
    await userEvent.click(page.getByRole('button', { name: 'Open dashboard' }));
    await expect
      .element(page.getByTestId('failure'))
      .toHaveTextContent(`NO_CONNECTED_ACCOUNT: ${SERVER_REASONS.NO_CONNECTED_ACCOUNT.message}`);
    expect(navigate).not.toHaveBeenCalled();
  });
});

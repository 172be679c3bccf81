import { loginLinkError, loginLinkNetworkError, loginLinkSuccess } from '@open-express-dashboard/testing/msw';
import { SERVER_REASONS, CLIENT_REASONS } from '@open-express-dashboard/contract';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import './open-express-dashboard.js';
import type { OpenExpressDashboard } from './open-express-dashboard.component.js';

const LINK = 'https://connect.stripe.com/express/acct_1TestElement00001/abc123';
const worker = setupWorker();
const requests: Request[] = [];
worker.events.on('request:start', ({ request }) => void requests.push(request.clone()));

beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
afterEach(() => {
  worker.resetHandlers();
  requests.length = 0;
  document.body.replaceChildren();
});
afterAll(() => worker.stop());

/** Puts an element on the page with navigation stubbed, so the test page is never left. */
async function mount(markup = '<open-express-dashboard></open-express-dashboard>') {
  document.body.innerHTML = markup;
  const element = document.querySelector('open-express-dashboard') as OpenExpressDashboard;
  const navigate = vi.fn<(url: string) => void>();
  element.navigate = navigate;
  await element.updateComplete;
  const button = page.getByRole('button');
  return { element, navigate, button, inner: element.shadowRoot!.querySelector('button')! };
}

const errorText = (element: OpenExpressDashboard) => element.shadowRoot!.querySelector('[part=error]')!.textContent!.trim();

describe('<open-express-dashboard>', () => {
  it('starts idle: a labelled, enabled button and no error', async () => {
    const { button, inner, element } = await mount();
    await expect.element(button).toHaveAccessibleName('Open Express Dashboard');
    await expect.element(button).toBeEnabled();
    expect(inner.getAttribute('aria-busy')).toBe('false');
    expect(errorText(element)).toBe('');
    expect(requests).toHaveLength(0);
  });

  it('uses its slotted content as the label', async () => {
    const { button } = await mount('<open-express-dashboard>Payouts &amp; balance</open-express-dashboard>');
    await expect.element(button).toHaveAccessibleName('Payouts & balance');
  });

  it('shows a loading state while the link is requested, and sends one request per burst of clicks', async () => {
    worker.use(loginLinkSuccess({ delay: 'infinite' }));
    const { button, inner, navigate } = await mount();
    await userEvent.click(button);
    await userEvent.click(button);
    await expect.poll(() => inner.getAttribute('aria-busy')).toBe('true');
    expect(inner.querySelector('[part=spinner]')).not.toBeNull();
    expect(requests).toHaveLength(1);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('requests the link from the endpoint and navigates to it', async () => {
    worker.use(loginLinkSuccess({ url: LINK, endpoint: '/api/trpc' }));
    const { button, navigate, inner } = await mount('<open-express-dashboard endpoint="/api/trpc"></open-express-dashboard>');
    await userEvent.click(button);
    await expect.poll(() => navigate.mock.calls).toEqual([[LINK]]);
    expect(new URL(requests[0]!.url).pathname).toBe('/api/trpc/expressDashboard.createLoginLink');
    expect(requests[0]!.method).toBe('POST');
    // Still busy: the page is on its way out, a second click must not make a second link.
    expect(inner.getAttribute('aria-busy')).toBe('true');
    await userEvent.click(button);
    expect(requests).toHaveLength(1);
  });

  it('shows the server’s reason as a message, and retries on the next click', async () => {
    worker.use(loginLinkError('ONBOARDING_INCOMPLETE'));
    const { button, navigate, element, inner } = await mount();
    await userEvent.click(button);
    await expect.poll(() => errorText(element)).toBe(SERVER_REASONS.ONBOARDING_INCOMPLETE.message);
    await expect.element(page.getByRole('alert')).toHaveTextContent(SERVER_REASONS.ONBOARDING_INCOMPLETE.message);
    expect(inner.getAttribute('aria-busy')).toBe('false');

    worker.use(loginLinkSuccess({ url: LINK }));
    await userEvent.click(button);
    await expect.poll(() => navigate.mock.calls).toEqual([[LINK]]);
    expect(errorText(element)).toBe('');
    expect(requests).toHaveLength(2);
  });

  it('explains a network failure as retryable, without naming the URL', async () => {
    worker.use(loginLinkNetworkError());
    const { button, element } = await mount();
    await userEvent.click(button);
    await expect.poll(() => errorText(element)).toBe(CLIENT_REASONS.NETWORK_ERROR.message);
  });

  it('falls back to a generic message for an answer it cannot read', async () => {
    worker.use(http.post('/trpc/expressDashboard.createLoginLink', () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502 })));
    const { button, element } = await mount();
    await userEvent.click(button);
    await expect.poll(() => errorText(element)).toBe(SERVER_REASONS.INTERNAL.message);
  });

  it('activates from the keyboard', async () => {
    worker.use(loginLinkSuccess({ url: LINK }));
    const { navigate } = await mount();
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => navigate.mock.calls).toEqual([[LINK]]);
  });
});

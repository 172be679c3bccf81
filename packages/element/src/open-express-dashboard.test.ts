import { CLIENT_REASONS, SERVER_REASONS } from '@open-express-dashboard/contract';
import {
  createLoginLinkMocks,
  holdLoginLinkAnswer,
  loginLinkError,
  loginLinkGatewayError,
  loginLinkMalformed,
  loginLinkNetworkError,
  loginLinkSuccess,
} from '@open-express-dashboard/testing/msw';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { LINK, mount, nextEvent, useWorker, worker } from '../test/browser-support.js';
import { ERROR_EVENT } from './events/error-event.js';
import { NAVIGATE_EVENT, type OpenExpressDashboardNavigateEvent } from './events/navigate-event.js';

useWorker();

const PROCEDURE = '/trpc/expressDashboard.createLoginLink';

describe('<open-express-dashboard> states', () => {
  it('starts idle: a labelled, enabled button, no error, no request', async () => {
    const recorder = createLoginLinkMocks();
    worker.use(...recorder.handlers);
    const { button, inner, element, errorText } = await mount();
    await expect.element(button).toHaveAccessibleName('Open Express Dashboard');
    await expect.element(button).toBeEnabled();
    expect(inner.getAttribute('aria-busy')).toBe('false');
    expect(element.hasAttribute('loading')).toBe(false);
    expect(element.status).toBe('idle');
    expect(errorText()).toBe('');
    expect(recorder.requests).toHaveLength(0);
  });

  it('uses its slotted content as the label', async () => {
    const { button } = await mount('<open-express-dashboard>Payouts &amp; balance</open-express-dashboard>');
    await expect.element(button).toHaveAccessibleName('Payouts & balance');
  });

  it('shows loading like a design-system button, and sends one request per burst of clicks', async () => {
    const recorder = createLoginLinkMocks();
    worker.use(recorder.success({ delay: 'infinite' }));
    const { button, inner, element, navigate, part } = await mount();
    const idleWidth = inner.getBoundingClientRect().width;

    await userEvent.click(button);
    await userEvent.click(button);
    await userEvent.dblClick(button);

    await expect.poll(() => element.hasAttribute('loading')).toBe(true);
    expect(element.status).toBe('loading');
    expect(inner.getAttribute('aria-busy')).toBe('true');
    expect(part('spinner')).not.toBeNull();
    await expect.element(button).toHaveAccessibleName('Opening Express Dashboard…');
    // The label stays in the layout (hidden), so the button keeps its width.
    expect(getComputedStyle(part('label')!).visibility).toBe('hidden');
    expect(inner.getBoundingClientRect().width).toBe(idleWidth);
    await expect.poll(() => recorder.requests.length).toBe(1);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('takes its pending label from the pending-label attribute', async () => {
    worker.use(loginLinkSuccess({ delay: 'infinite' }));
    const { button } = await mount('<open-express-dashboard pending-label="Ouverture…">Ouvrir</open-express-dashboard>');
    await expect.element(button).toHaveAccessibleName('Ouvrir');
    await userEvent.click(button);
    await expect.element(button).toHaveAccessibleName('Ouverture…');
  });

  it('keeps a name while loading even with an empty pending-label', async () => {
    worker.use(loginLinkSuccess({ delay: 'infinite' }));
    const { button } = await mount('<open-express-dashboard pending-label=" "></open-express-dashboard>');
    await userEvent.click(button);
    await expect.element(button).toHaveAccessibleName('Opening Express Dashboard…');
  });

  it('requests the link from its endpoint and sends this tab there', async () => {
    const recorder = createLoginLinkMocks({ url: LINK, endpoint: '/api/trpc' });
    worker.use(...recorder.handlers);
    const { button, navigate, inner, element } = await mount('<open-express-dashboard endpoint="/api/trpc"></open-express-dashboard>');
    await userEvent.click(button);
    await expect.poll(() => navigate.mock.calls).toEqual([[LINK]]);
    expect(new URL(recorder.requests[0]!.url).pathname).toBe('/api/trpc/expressDashboard.createLoginLink');
    // Still busy: the page is on its way out, a second click must not make a second link.
    await expect.poll(() => element.status).toBe('navigating');
    expect(element.hasAttribute('loading')).toBe(true);
    expect(inner.getAttribute('aria-busy')).toBe('true');
    await userEvent.click(button);
    expect(recorder.requests).toHaveLength(1);
  });

  it('is usable again when the page comes back from the back-forward cache', async () => {
    worker.use(loginLinkSuccess({ url: LINK }));
    const { button, navigate, element } = await mount();
    await userEvent.click(button);
    await expect.poll(() => element.status).toBe('navigating');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    await element.updateComplete;
    expect(element.status).toBe('navigating');

    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await expect.poll(() => element.status).toBe('idle');
    expect(element.hasAttribute('loading')).toBe(false);
    await userEvent.click(button);
    await expect.poll(() => navigate.mock.calls.length).toBe(2);
  });

  it('shows the server’s reason as a message, and retries on the next click', async () => {
    worker.use(loginLinkError('ONBOARDING_INCOMPLETE'));
    const { button, navigate, element, inner, errorText } = await mount();
    await userEvent.click(button);
    await expect.poll(errorText).toBe(SERVER_REASONS.ONBOARDING_INCOMPLETE.message);
    expect(element.status).toBe('error');
    expect(element.hasAttribute('loading')).toBe(false);
    expect(inner.getAttribute('aria-busy')).toBe('false');

    worker.use(loginLinkSuccess({ url: LINK }));
    await userEvent.click(button);
    await expect.poll(() => navigate.mock.calls).toEqual([[LINK]]);
    expect(errorText()).toBe('');
  });

  it('shows the default message of every server reason', async () => {
    const { button, errorText } = await mount();
    for (const [reason, info] of Object.entries(SERVER_REASONS)) {
      worker.use(loginLinkError(reason as keyof typeof SERVER_REASONS, { message: 'the server’s own words' }));
      await userEvent.click(button);
      await expect.poll(errorText).toBe(info.message);
    }
  });

  it('explains a network failure as retryable', async () => {
    worker.use(loginLinkNetworkError());
    const { button, errorText, element } = await mount();
    const failed = nextEvent(element, 'open-express-dashboard-error');
    await userEvent.click(button);
    await expect.poll(errorText).toBe(CLIENT_REASONS.NETWORK_ERROR.message);
    expect((await failed).detail).toMatchObject({ reason: 'NETWORK_ERROR', retryable: true });
  });

  it('falls back to a generic message for an answer it cannot read', async () => {
    worker.use(loginLinkGatewayError());
    const { button, errorText } = await mount();
    await userEvent.click(button);
    await expect.poll(errorText).toBe(SERVER_REASONS.INTERNAL.message);
  });

  it.each([
    ['a javascript: URL', { url: 'javascript:alert(document.cookie)', kind: 'express_dashboard' }],
    ['a data: URL', { url: 'data:text/html,<script>alert(1)</script>', kind: 'express_dashboard' }],
    ['no URL', { kind: 'express_dashboard' }],
    ['an unknown kind', { url: LINK, kind: 'somewhere_else' }],
  ])('refuses an answer with %s instead of following it', async (_name, data) => {
    worker.use(loginLinkMalformed({ result: { data } }));
    const { button, errorText, navigate } = await mount();
    await userEvent.click(button);
    await expect.poll(errorText).toBe(SERVER_REASONS.INTERNAL.message);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('gives up after its timeout with TIMEOUT, and retries on the next click', async () => {
    worker.use(loginLinkSuccess({ delay: 'infinite' }));
    const { button, errorText, element, navigate } = await mount('<open-express-dashboard timeout="300"></open-express-dashboard>');
    const failed = nextEvent(element, 'open-express-dashboard-error');
    await userEvent.click(button);
    expect((await failed).detail).toMatchObject({ reason: 'TIMEOUT', retryable: true });
    await expect.poll(errorText).toBe(CLIENT_REASONS.TIMEOUT.message);

    // A generous timeout for the retry: a busy machine can take more than 300 ms to answer it.
    element.setAttribute('timeout', '30000');
    worker.use(loginLinkSuccess({ url: LINK }));
    await userEvent.click(button);
    await expect.poll(() => navigate.mock.calls).toEqual([[LINK]]);
  });

  it('ignores a timeout that is not a positive number', async () => {
    const { element } = await mount('<open-express-dashboard timeout="soon"></open-express-dashboard>');
    worker.use(loginLinkSuccess({ url: LINK, delay: 50 }));
    const navigate = element.navigate as ReturnType<typeof vi.fn>;
    element.click();
    await expect.poll(() => navigate.mock.calls).toEqual([[LINK]]);
  });

  it('abandons the request cleanly when it is removed from the page', async () => {
    const held = holdLoginLinkAnswer(loginLinkSuccess({ url: LINK }));
    worker.use(held.handler);
    const { element, button, navigate } = await mount();
    const events = vi.fn();
    element.addEventListener('open-express-dashboard-navigate', events);
    element.addEventListener('open-express-dashboard-error', events);
    await userEvent.click(button);
    await expect.poll(() => held.received).toBe(1);

    element.remove();
    await Promise.resolve();
    held.release();
    // Give an answer that was not abandoned every chance to arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(navigate).not.toHaveBeenCalled();
    expect(events).not.toHaveBeenCalled();
    expect(element.status).toBe('idle');
  });

  it('keeps the request going when it is only moved on the page', async () => {
    const held = holdLoginLinkAnswer(loginLinkSuccess({ url: LINK }));
    worker.use(held.handler);
    const { element, button, navigate } = await mount(
      '<div id="a"><open-express-dashboard></open-express-dashboard></div><div id="b"></div>',
    );
    await userEvent.click(button);
    await expect.poll(() => held.received).toBe(1);
    document.getElementById('b')!.append(element);
    held.release();
    await expect.poll(() => navigate.mock.calls).toEqual([[LINK]]);
  });

  it('does nothing while disabled, and works again once enabled', async () => {
    const recorder = createLoginLinkMocks({ url: LINK });
    worker.use(...recorder.handlers);
    const { element, button, navigate } = await mount('<open-express-dashboard disabled></open-express-dashboard>');
    await expect.element(button).toBeDisabled();
    await userEvent.click(button, { force: true });
    element.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(recorder.requests).toHaveLength(0);
    expect(element.status).toBe('idle');

    element.disabled = false;
    await expect.element(button).toBeEnabled();
    await userEvent.click(button);
    await expect.poll(() => navigate.mock.calls).toEqual([[LINK]]);
  });

  it('reflects disabled as an attribute', async () => {
    const { element } = await mount();
    element.disabled = true;
    await element.updateComplete;
    expect(element.hasAttribute('disabled')).toBe(true);
  });

  it('keeps loading read-only: setting it changes nothing', async () => {
    const { element, inner } = await mount();
    element.setAttribute('loading', '');
    await element.updateComplete;
    expect(element.hasAttribute('loading')).toBe(false);
    expect(inner.getAttribute('aria-busy')).toBe('false');
  });

  it('keeps loading a read-only property that follows the status', async () => {
    worker.use(loginLinkSuccess({ delay: 'infinite' }));
    const { element, button } = await mount();
    expect(() => Object.assign(element, { loading: true })).toThrow(TypeError);
    expect(element.loading).toBe(false);
    await userEvent.click(button);
    await expect.poll(() => element.loading).toBe(true);
    element.removeAttribute('loading');
    expect(element.hasAttribute('loading')).toBe(true);
  });

  it('exposes its status as custom states for CSS (:state())', async () => {
    const { element, button } = await mount();
    const states = () => ['idle', 'loading', 'navigating', 'error'].filter((state) => element.matches(`:state(${state})`));
    expect(states()).toEqual(['idle']);

    worker.use(loginLinkSuccess({ delay: 'infinite' }));
    await userEvent.click(button);
    await expect.poll(states).toEqual(['loading']);

    element.remove();
    await expect.poll(states).toEqual(['idle']);
    document.body.append(element);
    worker.use(loginLinkError('RATE_LIMITED'));
    await userEvent.click(button);
    await expect.poll(states).toEqual(['error']);

    worker.use(loginLinkSuccess({ url: LINK }));
    await userEvent.click(button);
    await expect.poll(states).toEqual(['loading', 'navigating']);
  });

  it('falls back to its defaults when a framework unsets its properties', async () => {
    const recorder = createLoginLinkMocks();
    const held = holdLoginLinkAnswer(recorder.error('RATE_LIMITED'));
    worker.use(held.handler);
    const { element, button, errorText } = await mount('<open-express-dashboard endpoint="/api" timeout="5000"></open-express-dashboard>');
    const unset = element as unknown as Record<string, undefined>;
    for (const name of ['endpoint', 'timeout', 'credentials', 'target', 'pendingLabel', 'newTabLabel', 'messages']) unset[name] = undefined;
    await element.updateComplete;
    await userEvent.click(button);
    await expect.element(button).toHaveAccessibleName('Opening Express Dashboard…');
    held.release();
    await expect.poll(errorText).toBe(SERVER_REASONS.RATE_LIMITED.message);
    expect(new URL(recorder.requests[0]!.url).pathname).toBe(PROCEDURE);
    expect(recorder.requests[0]!.credentials).toBe('same-origin');
  });

  it('stays usable when a replaced navigate function fails', async () => {
    worker.use(loginLinkSuccess({ url: LINK }));
    const { element, button, errorText } = await mount();
    element.navigate = () => {
      throw new Error('in-app browser unavailable');
    };
    await userEvent.click(button);
    await expect.poll(errorText).toBe(SERVER_REASONS.INTERNAL.message);
    expect(element.status).toBe('error');
    expect(element.hasAttribute('loading')).toBe(false);
  });

  it('clicks its inner button on click()', async () => {
    worker.use(loginLinkSuccess({ url: LINK }));
    const { element, navigate } = await mount();
    element.click();
    await expect.poll(() => navigate.mock.calls).toEqual([[LINK]]);
  });
});

describe('<open-express-dashboard> messages', () => {
  it('replaces the message of a reason from the messages property', async () => {
    worker.use(loginLinkError('UNAUTHENTICATED'));
    const { element, button, errorText } = await mount();
    element.messages = { UNAUTHENTICATED: 'Bitte melden Sie sich erneut an.' };
    const failed = nextEvent(element, 'open-express-dashboard-error');
    await userEvent.click(button);
    await expect.poll(errorText).toBe('Bitte melden Sie sich erneut an.');
    expect((await failed).detail.message).toBe('Bitte melden Sie sich erneut an.');
  });

  it('reads the messages attribute as JSON, keeping defaults for the rest', async () => {
    const { button, errorText } = await mount(
      `<open-express-dashboard messages='{"NETWORK_ERROR": "Pas de connexion."}'></open-express-dashboard>`,
    );
    worker.use(loginLinkNetworkError());
    await userEvent.click(button);
    await expect.poll(errorText).toBe('Pas de connexion.');
    worker.use(loginLinkError('RATE_LIMITED'));
    await userEvent.click(button);
    await expect.poll(errorText).toBe(SERVER_REASONS.RATE_LIMITED.message);
  });

  it('reports an unreadable messages attribute and keeps the defaults', async () => {
    const report = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { button, errorText } = await mount(`<open-express-dashboard messages="{NETWORK_ERROR: oops"></open-express-dashboard>`);
      expect(report).toHaveBeenCalledWith(expect.stringContaining('messages attribute is not JSON'));
      worker.use(loginLinkNetworkError());
      await userEvent.click(button);
      await expect.poll(errorText).toBe(CLIENT_REASONS.NETWORK_ERROR.message);

      report.mockClear();
      const { element } = await mount(`<open-express-dashboard messages='{"NOT_A_REASON": "x", "TIMEOUT": 3}'></open-express-dashboard>`);
      expect(element.messages).toEqual({});
      expect(report).toHaveBeenCalledTimes(2);
    } finally {
      report.mockRestore();
    }
  });
});

describe('<open-express-dashboard> events', () => {
  it('fires a cancelable, composed navigate event that names the kind of link but never its URL', async () => {
    worker.use(loginLinkSuccess({ url: LINK, kind: 'onboarding' }));
    // Inside another component's shadow root: the event must still reach the document.
    const host = document.createElement('div');
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = '<open-express-dashboard></open-express-dashboard>';
    const element = host.shadowRoot!.querySelector('open-express-dashboard')!;
    const navigate = vi.fn();
    element.navigate = navigate;
    await element.updateComplete;

    const navigating = nextEvent(document, 'open-express-dashboard-navigate');
    element.click();
    const event = await navigating;
    expect(event.bubbles && event.composed && event.cancelable).toBe(true);
    expect(Object.keys(event.detail).sort()).toEqual(['kind', 'proceed', 'target']);
    expect(event.detail).toMatchObject({ kind: 'onboarding', target: '_self' });
    expect(JSON.stringify(event.detail)).not.toContain('__dashboard__');
    expect(String(event.detail.proceed)).not.toContain('__dashboard__');
    expect(navigate.mock.calls).toEqual([[LINK]]);
  });

  it('lets the host cancel the navigation and proceed later, once', async () => {
    worker.use(loginLinkSuccess({ url: LINK }));
    const { element, button, navigate } = await mount();
    let held: OpenExpressDashboardNavigateEvent | undefined;
    element.addEventListener('open-express-dashboard-navigate', (event) => {
      event.preventDefault();
      held = event;
    });
    await userEvent.click(button);
    await expect.poll(() => held).toBeDefined();
    await element.updateComplete;
    expect(navigate).not.toHaveBeenCalled();
    // The host has it now: the button is free again.
    expect(element.status).toBe('idle');
    expect(element.hasAttribute('loading')).toBe(false);

    held!.detail.proceed();
    held!.detail.proceed();
    expect(navigate.mock.calls).toEqual([[LINK]]);
    await expect.poll(() => element.status).toBe('navigating');
  });

  it('navigates once when a listener proceeds without cancelling', async () => {
    worker.use(loginLinkSuccess({ url: LINK }));
    const { element, button, navigate } = await mount();
    element.addEventListener('open-express-dashboard-navigate', (event) => event.detail.proceed());
    await userEvent.click(button);
    await expect.poll(() => navigate.mock.calls).toEqual([[LINK]]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it('fires a composed error event with the reason, whether it is retryable, and the wait asked for', async () => {
    worker.use(loginLinkError('RATE_LIMITED', { retryAfterSeconds: 30 }));
    const { element, button } = await mount();
    const failed = nextEvent(document, 'open-express-dashboard-error');
    await userEvent.click(button);
    const event = await failed;
    expect(event.target).toBe(element);
    expect(event.bubbles && event.composed).toBe(true);
    expect(event.detail).toEqual({
      reason: 'RATE_LIMITED',
      retryable: true,
      message: SERVER_REASONS.RATE_LIMITED.message,
      retryAfterSeconds: 30,
    });
  });

  it('fires its events under the names it exports', async () => {
    const { element, button } = await mount();
    const seen: string[] = [];
    for (const name of [NAVIGATE_EVENT, ERROR_EVENT]) element.addEventListener(name, (event) => seen.push(event.type));
    worker.use(loginLinkError('INTERNAL'));
    await userEvent.click(button);
    await expect.poll(() => seen).toEqual(['open-express-dashboard-error']);
    worker.use(loginLinkSuccess({ url: LINK }));
    await userEvent.click(button);
    await expect.poll(() => seen).toEqual(['open-express-dashboard-error', 'open-express-dashboard-navigate']);
  });

  it('reports a non-retryable reason as such', async () => {
    worker.use(loginLinkError('ACCOUNT_NOT_OWNED'));
    const { element, button } = await mount();
    const failed = nextEvent(element, 'open-express-dashboard-error');
    await userEvent.click(button);
    expect((await failed).detail).toEqual({
      reason: 'ACCOUNT_NOT_OWNED',
      retryable: false,
      message: SERVER_REASONS.ACCOUNT_NOT_OWNED.message,
    });
  });
});

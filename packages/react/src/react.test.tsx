import { createLoginLinkMocks, holdLoginLinkAnswer, loginLinkError, loginLinkSuccess } from '@open-express-dashboard/testing/msw';
import { SERVER_REASONS } from '@open-express-dashboard/contract';
import { setupWorker } from 'msw/browser';
import { StrictMode, createRef, useState, version } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { OpenExpressDashboard, type OpenExpressDashboardNavigateEvent } from './index.js';

const LINK = `${location.origin}/__dashboard__/acct_1ReactShop0000001/abc123`;
const ENDPOINT = '/api/trpc';

const worker = setupWorker();
beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
afterEach(() => {
  root?.unmount();
  root = undefined;
  worker.resetHandlers();
  document.body.replaceChildren();
});
afterAll(() => worker.stop());

let root: Root | undefined;
function render(app: React.ReactNode): void {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  flushSync(() => root!.render(<StrictMode>{app}</StrictMode>));
}

/** A small seller hub, as a platform would write it. */
function SellerHub({ navigate, takeOver = false }: { navigate: (url: string) => void; takeOver?: boolean }) {
  const [accountId, setAccountId] = useState('acct_1ReactShop0000001');
  const [opened, setOpened] = useState('');
  const [failure, setFailure] = useState('');
  const [pending, setPending] = useState<OpenExpressDashboardNavigateEvent | null>(null);
  return (
    <main>
      <label>
        Shop
        <select value={accountId} onChange={(event) => setAccountId(event.target.value)}>
          <option value="acct_1ReactShop0000001">First shop</option>
          <option value="acct_1ReactShop0000002">Second shop</option>
        </select>
      </label>
      <OpenExpressDashboard
        endpoint={ENDPOINT}
        accountId={accountId}
        getToken={() => Promise.resolve('react-token')}
        navigate={navigate}
        onNavigate={(event) => {
          setOpened(`${event.detail.kind} in ${event.detail.target}`);
          if (takeOver) {
            event.preventDefault();
            setPending(event);
          }
        }}
        onError={(event) => setFailure(`${event.detail.reason} (${event.detail.retryable ? 'retry' : 'final'})`)}
      >
        Open dashboard
      </OpenExpressDashboard>
      {pending && <button onClick={() => pending.detail.proceed()}>Continue to Stripe</button>}
      <p data-testid="opened">{opened}</p>
      <p data-testid="failure">{failure}</p>
    </main>
  );
}

describe('<OpenExpressDashboard> in a React 19 app', () => {
  it('clicks through to the dashboard with the app’s token and account', async () => {
    const recorder = createLoginLinkMocks({ url: LINK, endpoint: ENDPOINT });
    worker.use(...recorder.handlers);
    const navigate = vi.fn<(url: string) => void>();
    render(<SellerHub navigate={navigate} />);

    expect(version).toMatch(/^19\./);
    await userEvent.click(page.getByRole('button', { name: 'Open dashboard' }));
    await expect.poll(() => navigate.mock.calls).toEqual([[LINK]]);
    await expect.element(page.getByTestId('opened')).toHaveTextContent('express_dashboard in _self');
    expect(recorder.requests).toHaveLength(1);
    expect(recorder.requests[0]!.input).toEqual({ accountId: 'acct_1ReactShop0000001' });
    expect(recorder.requests[0]!.headers.get('authorization')).toBe('Bearer react-token');
  });

  it('follows React state into the element’s properties', async () => {
    const recorder = createLoginLinkMocks({ url: LINK, endpoint: ENDPOINT });
    worker.use(...recorder.handlers);
    const navigate = vi.fn<(url: string) => void>();
    render(<SellerHub navigate={navigate} />);

    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Shop' }), 'Second shop');
    await userEvent.click(page.getByRole('button', { name: 'Open dashboard' }));
    await expect.poll(() => navigate.mock.calls.length).toBe(1);
    expect(recorder.requests[0]!.input).toEqual({ accountId: 'acct_1ReactShop0000002' });
  });

  it('hands errors to onError', async () => {
    worker.use(loginLinkError('ONBOARDING_INCOMPLETE', { endpoint: ENDPOINT }));
    const navigate = vi.fn<(url: string) => void>();
    render(<SellerHub navigate={navigate} />);

    await userEvent.click(page.getByRole('button', { name: 'Open dashboard' }));
    await expect.element(page.getByTestId('failure')).toHaveTextContent('ONBOARDING_INCOMPLETE (final)');
    await expect.element(page.getByRole('alert')).toHaveTextContent(SERVER_REASONS.ONBOARDING_INCOMPLETE.message);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('lets the app take over in onNavigate and continue from its own button', async () => {
    worker.use(loginLinkSuccess({ url: LINK, endpoint: ENDPOINT }));
    const navigate = vi.fn<(url: string) => void>();
    render(<SellerHub navigate={navigate} takeOver />);

    await userEvent.click(page.getByRole('button', { name: 'Open dashboard' }));
    await userEvent.click(page.getByRole('button', { name: 'Continue to Stripe' }));
    expect(navigate.mock.calls).toEqual([[LINK]]);
  });

  it('forwards the ref, attributes and boolean properties to the element', async () => {
    const ref = createRef<HTMLElementTagNameMap['open-express-dashboard']>();
    render(<OpenExpressDashboard ref={ref} aria-label="Open Express Dashboard of Acme Ltd" disabled target="_blank" className="cta" />);
    const button = page.getByRole('button', { name: 'Open Express Dashboard of Acme Ltd (opens in a new tab)' });
    await expect.element(button).toBeDisabled();
    expect(ref.current?.status).toBe('idle');
    expect(ref.current?.disabled).toBe(true);
    expect(ref.current?.getAttribute('class')).toBe('cta');
  });

  it('speaks the language given as the lang prop, and follows it when it changes', async () => {
    function Localized() {
      const [lang, setLang] = useState('de');
      return (
        <>
          <OpenExpressDashboard lang={lang} />
          <button onClick={() => setLang('fr')}>Français</button>
        </>
      );
    }
    render(<Localized />);
    await expect.element(page.getByRole('button', { name: 'Express-Dashboard öffnen' })).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Français' }));
    await expect.element(page.getByRole('button', { name: 'Ouvrir le Dashboard Express' })).toBeVisible();
  });

  it('abandons the request when React unmounts it', async () => {
    // The answer waits until React has unmounted the button.
    const held = holdLoginLinkAnswer(loginLinkSuccess({ url: LINK, endpoint: ENDPOINT }));
    worker.use(held.handler);
    const navigate = vi.fn<(url: string) => void>();
    render(<SellerHub navigate={navigate} />);
    await userEvent.click(page.getByRole('button', { name: 'Open dashboard' }));
    await expect.poll(() => held.received).toBe(1);
    root!.unmount();
    root = undefined;
    held.release();
    // Give an answer that was not abandoned every chance to arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(navigate).not.toHaveBeenCalled();
  });
});

// Compile-time checks: tsc (npm run typecheck) fails if the event props lose their types.
export function TypedProps() {
  return (
    <OpenExpressDashboard
      credentials="include"
      timeout={10_000}
      messages={{ TIMEOUT: 'Zu langsam.' }}
      onNavigate={(event) => {
        const kind: 'express_dashboard' | 'onboarding' | 'full_dashboard' = event.detail.kind;
        // @ts-expect-error The URL is never in an event.
        void event.detail.url;
        return kind;
      }}
      onError={(event) => {
        // @ts-expect-error A reason is one of the contract's, not any string.
        const wrong: 'SOMETHING_ELSE' = event.detail.reason;
        return wrong;
      }}
    />
  );
}

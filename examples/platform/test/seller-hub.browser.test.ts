import { SERVER_REASONS } from '@open-express-dashboard/contract';
import { createLoginLinkMocks } from '@open-express-dashboard/testing/msw';
import { setupWorker } from 'msw/browser';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { mountSellerHub } from '../web/seller-hub.js';

const LINK = 'https://connect.stripe.com/express/acct_1AdaExpress00001/abc';
const mocks = createLoginLinkMocks({ url: LINK }); // answers POST /trpc/expressDashboard.createLoginLink
const worker = setupWorker(...mocks.handlers);

beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
afterEach(() => {
  worker.resetHandlers();
  mocks.clearRequests();
});
afterAll(() => worker.stop());

function renderHub() {
  mountSellerHub(document.body, { sellerName: 'Ada' });
  const navigate = vi.fn();
  document.querySelector('open-express-dashboard')!.navigate = navigate; // stay on the test page
  return { navigate, button: page.getByRole('button', { name: 'View payouts on Stripe' }) };
}

it('sends the seller to their Express Dashboard', async () => {
  const { navigate, button } = renderHub();
  await userEvent.click(button);
  await expect.poll(() => navigate.mock.calls).toEqual([[LINK]]);
  expect(mocks.requests).toMatchObject([{ input: undefined, sendsCookies: true, credentials: 'same-origin' }]);
});

it('tells a seller who has not finished onboarding what to do', async () => {
  worker.use(mocks.errors.ONBOARDING_INCOMPLETE);
  const { navigate, button } = renderHub();
  await userEvent.click(button);
  await expect.element(page.getByRole('alert')).toHaveTextContent(SERVER_REASONS.ONBOARDING_INCOMPLETE.message);
  expect(navigate).not.toHaveBeenCalled();
});

it('shows a loading state while the link is on its way', async () => {
  worker.use(mocks.success({ delay: 'infinite' }));
  const { button } = renderHub();
  await userEvent.click(button);
  // While busy the label is hidden (the spinner shows), so find the button by its role alone.
  await expect.element(page.getByRole('button')).toHaveAttribute('aria-busy', 'true');
});

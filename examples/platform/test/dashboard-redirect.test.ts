import { SERVER_REASONS } from '@open-express-dashboard/contract';
import { createLoginLinkMocks } from '@open-express-dashboard/testing/msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { dashboardRedirect } from '../src/dashboard-redirect.js';

const SERVICE = 'https://links.platform.example/trpc';
const LINK = 'https://connect.stripe.com/express/acct_1AdaExpress00001/abc';
const mocks = createLoginLinkMocks({ endpoint: SERVICE, url: LINK }); // the service's endpoint, as the backend calls it
const server = setupServer(...mocks.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mocks.clearRequests();
});
afterAll(() => server.close());

it('redirects the seller to their dashboard, sending their session token', async () => {
  const response = await dashboardRedirect(SERVICE, 'token-ada');
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toBe(LINK);
  expect(mocks.requests[0]?.headers.get('authorization')).toBe('Bearer token-ada');
});

it('explains a refusal with the message the service would send', async () => {
  server.use(mocks.errors.ONBOARDING_INCOMPLETE);
  const response = await dashboardRedirect(SERVICE, 'token-bo');
  expect(response.status).toBe(412);
  expect(await response.text()).toBe(SERVER_REASONS.ONBOARDING_INCOMPLETE.message);
});

it('answers 502 when the service cannot be reached', async () => {
  server.use(mocks.networkError);
  const response = await dashboardRedirect(SERVICE, 'token-ada');
  expect(response.status).toBe(502);
  expect(response.headers.get('location')).toBeNull();
});

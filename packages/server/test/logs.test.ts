import type { StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJwtAuthenticator, type LoginLinkEvent } from '../src/index.js';
import { createExpressDashboardNodeHandler } from '../src/node.js';
import { accounts, captureLogs, listen, startSeededFake, stripeFor, type Listening } from './support.js';

// Everything that could leak goes through one server whose logs are captured; then the logs are
// searched for every secret that passed by.
const STRIPE_KEY = 'sk_test_51LogCaptureSecretKeyZQ9x';
const WRONG_KEY = 'sk_test_51WrongKeyForLogs7777';
const JWT_SECRET = 'log-capture-secret-of-32-bytes-or-more';

let fake: StripeFake;
let served: Listening;
let misconfigured: Listening;
const logs = captureLogs();
const events: LoginLinkEvent[] = [];
const secrets: string[] = [STRIPE_KEY, WRONG_KEY, JWT_SECRET, '7777', 'ZQ9x', 'sk_test_', '****'];

async function token(sub: string, account: string, secret = JWT_SECRET): Promise<string> {
  const jwt = await new SignJWT({ stripe_account: account })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode(secret));
  secrets.push(jwt, jwt.split('.')[2] ?? jwt);
  return jwt;
}

async function call(server: Listening, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const response = await fetch(`${server.url}/trpc/expressDashboard.createLoginLink`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: '{}',
  });
  const body = await response.text();
  const url = (JSON.parse(body) as { result?: { data?: { url?: string } } }).result?.data?.url;
  if (url) secrets.push(url, new URL(url).pathname);
  return { status: response.status, body };
}

beforeAll(async () => {
  fake = await startSeededFake(STRIPE_KEY);
  const common = {
    authenticate: createJwtAuthenticator({ secret: JWT_SECRET, cookie: 'session' }),
    onboarding: { refreshUrl: 'https://platform.example/refresh?state=RefreshStateQ7', returnUrl: 'https://platform.example/return' },
    logger: logs.logger,
    onEvent: (event: LoginLinkEvent) => void events.push(event),
    rateLimit: false as const,
  };
  served = await listen(createExpressDashboardNodeHandler({ ...common, stripe: stripeFor(fake) }));
  misconfigured = await listen(createExpressDashboardNodeHandler({ ...common, stripe: stripeFor(fake, {}, WRONG_KEY) }));

  // A login link by Bearer token, an onboarding link by cookie, Stripe refusing a disconnected
  // account (its message quotes the key), a wrong key (its message too), a forged token, an outage.
  expect((await call(served, { authorization: `Bearer ${await token('ann', accounts.express)}` })).status).toBe(200);
  expect((await call(served, { cookie: `theme=dark; session=${await token('olga', accounts.onboarding)}` })).status).toBe(200);
  expect((await call(served, { authorization: `Bearer ${await token('gus', accounts.disconnected)}` })).status).toBe(412);
  expect((await call(misconfigured, { authorization: `Bearer ${await token('ann', accounts.express)}` })).status).toBe(500);
  const forged = await token('mallory', accounts.express, 'an-attacker-secret-that-is-long-enough');
  expect((await call(served, { authorization: `Bearer ${forged}` })).status).toBe(401);
  fake.injectFault({ kind: 'server_error' });
  expect((await call(served, { authorization: `Bearer ${await token('ann', accounts.express)}` })).status).toBe(503);
  secrets.push('RefreshStateQ7');
});
afterAll(async () => {
  await served.close();
  await misconfigured.close();
  await fake.close();
});

describe('the logs', () => {
  it('never contain a login URL, token, cookie or key, not even the starred key in Stripe’s messages', () => {
    const text = logs.text();
    expect(secrets.length).toBeGreaterThan(15);
    for (const secret of secrets) expect(text, `the logs contain ${secret}`).not.toContain(secret);
    expect(text).not.toContain(fake.url);
  });

  it('still say what happened: who, which account, the reason, and Stripe’s code, status and request id', () => {
    const outcomes = logs
      .entries()
      .filter((entry) => entry['event'] === 'login_link')
      .map((entry) => [entry['userId'], entry['outcome'], entry['reason'] ?? entry['kind']]);
    expect(outcomes).toEqual([
      ['ann', 'created', 'express_dashboard'],
      ['olga', 'created', 'onboarding'],
      ['gus', 'failed', 'NO_CONNECTED_ACCOUNT'],
      ['ann', 'failed', 'MISCONFIGURED'],
      [undefined, 'failed', 'UNAUTHENTICATED'],
      ['ann', 'failed', 'STRIPE_UNAVAILABLE'],
    ]);
    const misconfiguredEntry = logs.entries().find((entry) => entry['reason'] === 'MISCONFIGURED');
    expect(misconfiguredEntry).toMatchObject({
      level: 50,
      accountId: accounts.express,
      err: { type: 'StripeAuthenticationError', statusCode: 401 },
    });
    expect(misconfiguredEntry).toHaveProperty('err.requestId', expect.stringMatching(/^req_/));
    expect(JSON.stringify(misconfiguredEntry)).toContain('Invalid API Key provided: [redacted key]');
    const disconnected = logs.entries().find((entry) => entry['reason'] === 'NO_CONNECTED_ACCOUNT');
    expect(disconnected).toMatchObject({ err: { code: 'account_invalid', statusCode: 403 } });
    const forged = logs.entries().find((entry) => entry['reason'] === 'UNAUTHENTICATED');
    expect(forged).toMatchObject({ err: { code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' } });
  });

  it('hand audit events with who, which account, which kind and how long, never the URL', () => {
    expect(events.map((event) => [event.userId, event.accountId, event.outcome, event.kind ?? event.reason])).toEqual([
      ['ann', accounts.express, 'created', 'express_dashboard'],
      ['olga', accounts.onboarding, 'created', 'onboarding'],
      ['gus', accounts.disconnected, 'failed', 'NO_CONNECTED_ACCOUNT'],
      ['ann', accounts.express, 'failed', 'MISCONFIGURED'],
      [undefined, undefined, 'failed', 'UNAUTHENTICATED'],
      ['ann', accounts.express, 'failed', 'STRIPE_UNAVAILABLE'],
    ]);
    const serialized = JSON.stringify(events);
    for (const secret of secrets) expect(serialized).not.toContain(secret);
  });
});

import type { RequestListener } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { Writable } from 'node:stream';
import { startStripeFake, type StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import express from 'express';
import { Hono } from 'hono';
import { pino } from 'pino';
import Stripe from 'stripe';
import { createExpressDashboardMiddleware } from '../src/express.js';
import { createExpressDashboardFetchHandler } from '../src/fetch.js';
import type { Authenticate, Caller, Logger, ServeOptions } from '../src/index.js';
import { createExpressDashboardNodeHandler, createLogger } from '../src/node.js';

/** One seeded account per state the router has to tell apart. */
export const accounts = {
  express: 'acct_1TestExpress000001',
  secondExpress: 'acct_1TestExpress000002',
  onboarding: 'acct_1TestOnboarding001',
  full: 'acct_1TestFullDash00001',
  none: 'acct_1TestNoDash000001',
  disconnected: 'acct_1TestGone00000001',
} as const;

/** The Stripe fake with one account in each state; `secretKey` when a test looks for the key in what was logged. */
export function startSeededFake(secretKey?: string): Promise<StripeFake> {
  return startStripeFake({
    secretKey,
    accounts: [
      { id: accounts.express, state: 'express' },
      { id: accounts.secondExpress, state: 'express' },
      { id: accounts.onboarding, state: 'onboarding_incomplete' },
      { id: accounts.full, state: 'full_dashboard' },
      { id: accounts.none, state: 'no_dashboard' },
      { id: accounts.disconnected, state: 'disconnected' },
    ],
  });
}

/** The real SDK, aimed at the fake, failing fast (no retries) unless a test asks otherwise. */
export function stripeFor(fake: StripeFake, options: Partial<Stripe.StripeConfig> = {}, key = fake.secretKey): Stripe {
  return new Stripe(key, { ...fake.stripeConfig, maxNetworkRetries: 0, timeout: 2_000, telemetry: false, ...options });
}

/** Authenticates `Authorization: Bearer <user>` against a fixed table of users: enough for tests. */
export function bearerAuth(users: Record<string, Caller>): Authenticate {
  return ({ headers }) => {
    const token = /^Bearer (.+)$/.exec(headers.get('authorization') ?? '')?.[1];
    return (token && users[token]) || null;
  };
}

/** A logger whose output a test can read: every line, parsed, and the raw text. */
export function captureLogs(): { logger: Logger; text: () => string; entries: () => Record<string, unknown>[] } {
  let text = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  // Synchronous writes through a plain stream: every line is there as soon as the call returns.
  const logger = createLogger({ level: 'debug' }, sink);
  return {
    logger,
    text: () => text,
    entries: () =>
      text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

/** A logger that writes nothing, for tests that do not read logs. */
export const silent: Logger = pino({ enabled: false });

export { listen, type Listening } from '@open-express-dashboard/test-env';

/** A fetch handler as a Node listener. Hono answers its own errors, so nothing awaits its promise. */
export function fetchListener(fetch: Parameters<typeof getRequestListener>[0]): RequestListener {
  const listener = getRequestListener(fetch);
  return (req, res) => void listener(req, res);
}

/** The rejection of a promise that must fail. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (caught: unknown) => caught,
  );
}

/** Every adapter this package ships, as a Node listener serving `/trpc`, for tests over real HTTP. */
export const servingAdapters: Record<string, (options: ServeOptions) => RequestListener> = {
  'Node handler': (options) => createExpressDashboardNodeHandler(options),
  'Fetch handler (in Hono)': (options) => {
    const handler = createExpressDashboardFetchHandler(options);
    const app = new Hono();
    app.all('/trpc/*', (c) => handler(c.req.raw));
    app.get('/', (c) => c.text('the platform’s own page'));
    return fetchListener(app.fetch);
  },
  'Express middleware': (options) => {
    const app = express();
    app.use('/trpc', createExpressDashboardMiddleware(options));
    app.get('/', (_req, res) => void res.send('the platform’s own page'));
    return app;
  },
  'Express middleware after express.json()': (options) => {
    const app = express();
    app.use(express.json());
    app.use('/trpc', createExpressDashboardMiddleware(options));
    return app;
  },
};

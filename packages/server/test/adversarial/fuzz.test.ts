import {
  SECRET_MARKERS,
  Tally,
  fuzzServer,
  hostileRequest,
  runs,
  type RequestArbitraryOptions,
} from '@open-express-dashboard/test-env/adversarial';
import type { StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJwtAuthenticator } from '../../src/index.js';
import { accounts, captureLogs, listen, servingAdapters, startSeededFake, stripeFor, type Listening } from '../support.js';

// Property-based fuzzing of every adapter over real HTTP: hostile methods, targets, headers,
// content types, bodies and batches, with genuine and forged tokens. No 5xx, every request
// answered in bounded time, no secret or login URL in any answer or log line, at most one log line
// per request.
const JWT_SECRET = 'adversarial-suite-secret-of-32-bytes+';
const STRIPE_KEY = 'sk_test_51AdversarialSuiteKeyQ7';
const ALLOWED = 'https://shop.example';
const CASES = runs(350, 8_000);

let fake: StripeFake;
let tokens: string[];

beforeAll(async () => {
  fake = await startSeededFake(STRIPE_KEY);
  const sign = (sub: string, account: string) =>
    new SignJWT({ stripe_account: account })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(sub)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(JWT_SECRET));
  tokens = [await sign('ann', accounts.express), await sign('olga', accounts.onboarding)];
});
afterAll(() => fake.close());

describe.each(Object.entries(servingAdapters))('%s, fuzzed', (name, serve) => {
  let served: Listening;
  const logs = captureLogs();

  beforeAll(async () => {
    served = await listen(
      serve({
        stripe: stripeFor(fake),
        authenticate: createJwtAuthenticator({ secret: JWT_SECRET, cookie: 'session' }),
        allowedOrigins: [ALLOWED],
        rateLimit: { points: 50, durationSeconds: 60 },
        logger: logs.logger,
      }),
    );
  });
  afterAll(() => served.close());

  it(
    `answers ${CASES} hostile requests without a 5xx, a hang or a leak`,
    async () => {
      const options: RequestArbitraryOptions = {
        paths: ['/trpc/expressDashboard.createLoginLink', '/trpc/', '/'],
        tokens,
        origins: [ALLOWED],
        accountIds: [accounts.express, accounts.onboarding],
        maxBodyBytes: 16 * 1024,
      };
      const tally = new Tally(`server ${name}`);
      // Hono's Node adapter answers a target with credentials (`https://user:pass@h/…`) with its own
      // 500 before the handler runs (a Fetch Request cannot carry such a URL): counted apart.
      const hostMayFail = name.includes('Hono');
      const links = await fuzzServer({ url: served.url, tally, requests: hostileRequest(options), numRuns: CASES, hostMayFail });
      tally.print();
      expect(tally.cases).toBe(CASES);
      expect(tally.serverErrors).toBe(0);

      const text = logs.text();
      for (const secret of [...SECRET_MARKERS, ...tokens, JWT_SECRET, STRIPE_KEY, ...links]) {
        expect(text.includes(secret), `the logs contain ${secret.slice(0, 30)}…`).toBe(false);
      }
      // One line per request at most: refusals, and each procedure call; never one per batched call.
      expect(logs.entries().length).toBeLessThanOrEqual(tally.cases);
    },
    runs(60_000, 600_000),
  );
});

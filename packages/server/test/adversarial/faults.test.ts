import { once } from 'node:events';
import { startRedisServer, type RedisServer } from '@open-express-dashboard/test-env';
import { runs, SCALE, SEED } from '@open-express-dashboard/test-env/adversarial';
import { FAULT_KINDS, type StripeFakeFault } from '@open-express-dashboard/testing/stripe-fake';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExpressDashboardNodeHandler, createStripeClient } from '../../src/index.js';
import { accounts, listen, silent, startSeededFake, type Listening } from '../support.js';
import { startLinkCounter, type LinkCounter } from './link-counter.js';
import type { StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import { appendFileSync } from 'node:fs';

// The fault matrix: every fault the Stripe fake can play, once (the SDK's one retry may recover)
// and on every attempt, against a shared rate-limit store (real Redis) that is up, down or
// stalled. Every answer must be a clean reason within a bound, and the links the fake issued must
// equal the successes: nothing lost, nothing doubled.
const STRIPE_TIMEOUT_MS = 1_000;
const STORE_TIMEOUT_MS = 300;
// Two attempts at the SDK's timeout, its backoff, the store's timeout, and a busy machine.
const BOUND_MS = 8_000;
const REQUESTS_PER_CASE = runs(2, 12);

type StoreState = 'up' | 'down' | 'stalled';
type Expected = { status: 200 } | { status: 503; reason: 'STRIPE_UNAVAILABLE' };

const FAULTS: Record<StripeFakeFault['kind'], StripeFakeFault> = {
  server_error: { kind: 'server_error', status: 500 },
  rate_limit: { kind: 'rate_limit', retryAfterSeconds: 1 },
  reset: { kind: 'reset' },
  delay: { kind: 'delay', ms: 200 },
  hang: { kind: 'hang' },
};

/** What the seller gets for a fault played on the first attempt only, or on every attempt. */
function expected(kind: StripeFakeFault['kind'], times: 'once' | 'always'): Expected {
  if (kind === 'delay') return { status: 200 };
  // Stripe's SDK does not retry a 429; it retries 5xx, resets and timeouts once (our default).
  if (kind === 'rate_limit' || times === 'always') return { status: 503, reason: 'STRIPE_UNAVAILABLE' };
  return { status: 200 };
}

const cases = (['up', 'down', 'stalled'] as const).flatMap((store) => [
  { store, kind: 'none' as const, times: 'always' as const },
  ...FAULT_KINDS.flatMap((kind) => (['once', 'always'] as const).map((times) => ({ store, kind, times }))),
]);

let fake: StripeFake;
let counter: LinkCounter;
let redis: RedisServer;
const figures = { cases: 0, requests: 0, successes: 0, serverErrorsOtherThan503: 0, slowestMs: 0 };

beforeAll(async () => {
  fake = await startSeededFake();
  counter = await startLinkCounter(fake.url);
  redis = await startRedisServer();
});
afterAll(async () => {
  const line = JSON.stringify({ suite: 'fault matrix', scale: SCALE, seed: SEED, ...figures, slowestMs: Math.round(figures.slowestMs) });
  process.stdout.write(`[adversarial] ${line}\n`);
  if (process.env.ADVERSARIAL_REPORT) appendFileSync(process.env.ADVERSARIAL_REPORT, `${line}\n`);
  // Unset when beforeAll failed part way: the teardown must not hide its error.
  /* eslint-disable @typescript-eslint/no-unnecessary-condition */
  await counter?.close();
  await fake?.close();
  await redis?.stop();
  /* eslint-enable @typescript-eslint/no-unnecessary-condition */
});

describe.each(['up', 'stalled', 'down'] as const)('rate-limit store %s', (store: StoreState) => {
  let served: Listening;
  let client: Redis;
  let admin: Redis | undefined;
  let sellers = 0;

  beforeAll(async () => {
    const own = store === 'down' ? await startRedisServer() : redis;
    client = new Redis(own.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: STORE_TIMEOUT_MS });
    client.on('error', () => undefined); // reconnection attempts while it is down are expected
    await once(client, 'ready');
    served = await listen(
      createExpressDashboardNodeHandler({
        stripe: createStripeClient({ secretKey: fake.secretKey, apiUrl: counter.url, timeoutMs: STRIPE_TIMEOUT_MS, telemetry: false }),
        authenticate: ({ headers }) => {
          const user = headers.get('x-seller');
          return user ? { userId: user, accountIds: [accounts.express] } : null;
        },
        rateLimit: { points: 1_000, durationSeconds: 60, redis: client, keyPrefix: `faults-${store}`, storeTimeoutMs: STORE_TIMEOUT_MS },
        logger: silent,
      }),
    );
    if (store === 'down') await own.stop();
    if (store === 'stalled') {
      admin = new Redis(redis.url);
      // The limiter's commands write: they wait, unanswered, for as long as the suite runs.
      await admin.call('CLIENT', 'PAUSE', '600000', 'WRITE');
    }
  });
  afterAll(async () => {
    await admin?.call('CLIENT', 'UNPAUSE');
    admin?.disconnect();
    client.disconnect();
    await served.close();
  });

  it.each(cases.filter((c) => c.store === store))(
    'Stripe fault $kind ($times): a clean answer in bounded time, links issued = successes',
    async ({ kind, times }) => {
      fake.reset();
      const issuedBefore = counter.issued;
      const path = `/v1/accounts/${accounts.express}/login_links`;
      // "always": every attempt, retries included; "once": armed before each request, for its first attempt.
      const arm = (count: number) => kind !== 'none' && fake.injectFault(FAULTS[kind], { path, times: count });
      if (times === 'always') arm(Infinity);
      const want = kind === 'none' ? ({ status: 200 } as const) : expected(kind, times);
      // Sequential for "once" (each request's first attempt takes one armed fault), concurrent otherwise.
      const send = async () => {
        sellers += 1;
        const started = performance.now();
        const response = await fetch(`${served.url}/trpc/expressDashboard.createLoginLink`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-seller': `${store}-${sellers}` },
          body: '{}',
          signal: AbortSignal.timeout(BOUND_MS * 2),
        });
        const body = (await response.json()) as { result?: { data: { kind: string } }; error?: { data: { reason: string } } };
        return { status: response.status, reason: body.error?.data.reason, ms: performance.now() - started };
      };
      const answers = [];
      if (times === 'once') {
        for (let i = 0; i < REQUESTS_PER_CASE; i += 1) {
          arm(1);
          answers.push(await send());
        }
      } else answers.push(...(await Promise.all(Array.from({ length: REQUESTS_PER_CASE }, send))));

      figures.cases += 1;
      figures.requests += answers.length;
      for (const answer of answers) {
        figures.slowestMs = Math.max(figures.slowestMs, answer.ms);
        if (answer.status >= 500 && answer.status !== 503) figures.serverErrorsOtherThan503 += 1;
        expect(answer.ms).toBeLessThan(BOUND_MS);
        expect(answer.status).toBe(want.status);
        if ('reason' in want) expect(answer.reason).toBe(want.reason);
      }
      const successes = answers.filter((answer) => answer.status === 200).length;
      figures.successes += successes;
      // Nothing lost, nothing doubled: every link the fake issued reached a seller, once.
      expect(counter.issued - issuedBefore).toBe(successes);
    },
    // Each request within the bound, and "once" cases send theirs one after another.
    REQUESTS_PER_CASE * BOUND_MS + 10_000,
  );
});

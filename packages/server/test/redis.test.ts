import { once } from 'node:events';
import type { StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExpressDashboardNodeHandler, type RateLimitOptions } from '../src/index.js';
import { startRedisServer, type RedisServer } from '@open-express-dashboard/test-env';
import { accounts, captureLogs, listen, silent, startSeededFake, stripeFor, type Listening } from './support.js';

// A real redis-server, started on a free port: several server instances must share one limit.
let redis: RedisServer;
let fake: StripeFake;
const clients: Redis[] = [];
const instances: Listening[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
  fake = await startSeededFake();
}, 20_000);
afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.close()));
  for (const client of clients) client.disconnect();
  // Unset when beforeAll failed part way: the teardown must not hide its error.
  /* eslint-disable @typescript-eslint/no-unnecessary-condition */
  await redis?.stop();
  await fake?.close();
  /* eslint-enable @typescript-eslint/no-unnecessary-condition */
});

async function redisClient(): Promise<Redis> {
  // As the README advises: no offline queue, so an unreachable Redis fails fast instead of hanging a seller.
  const client = new Redis(redis.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  client.on('error', () => undefined); // reconnection attempts while Redis is down are expected here
  clients.push(client);
  await once(client, 'ready');
  return client;
}

/** One server instance, as a separate process would run it: its own handler, its own Redis connection. */
async function instance(rateLimit: RateLimitOptions, logger = silent): Promise<(user: string) => Promise<number>> {
  const served = await listen(
    createExpressDashboardNodeHandler({
      stripe: stripeFor(fake),
      authenticate: ({ headers }) => {
        const user = headers.get('x-user');
        return user ? { userId: user, accountIds: [accounts.express] } : null;
      },
      rateLimit,
      logger,
    }),
  );
  instances.push(served);
  return async (user) => {
    const response = await fetch(`${served.url}/trpc/expressDashboard.createLoginLink`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-user': user },
      body: '{}',
    });
    await response.arrayBuffer();
    return response.status;
  };
}

describe('the rate limit in Redis', () => {
  it('is shared by two server instances', async () => {
    const options = { points: 3, durationSeconds: 60, keyPrefix: 'shared-test' };
    const a = await instance({ ...options, redis: await redisClient() });
    const b = await instance({ ...options, redis: await redisClient() });
    expect([await a('ann'), await b('ann'), await a('ann')]).toEqual([200, 200, 200]);
    // Each instance has seen at most two requests from ann: only a shared count refuses now.
    expect(await b('ann')).toBe(429);
    expect(await a('ann')).toBe(429);
    // Counted per caller: someone else still gets through.
    expect(await b('bea')).toBe(200);
    const keys = await (await redisClient()).keys('shared-test*');
    expect(keys.sort()).toEqual(['shared-test:ann', 'shared-test:bea']);
  });

  it('is not shared without Redis (the contrast that makes the test above mean something)', async () => {
    const options = { points: 3, durationSeconds: 60 };
    const a = await instance(options);
    const b = await instance(options);
    const statuses = [await a('cai'), await a('cai'), await a('cai'), await b('cai'), await b('cai'), await b('cai')];
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
    expect(await a('cai')).toBe(429);
  });

  it('falls back to counting in memory when Redis stalls, after storeTimeoutMs, and says so once', async () => {
    const logs = captureLogs();
    const a = await instance(
      { points: 2, durationSeconds: 60, keyPrefix: 'stall-test', redis: await redisClient(), storeTimeoutMs: 300 },
      logs.logger,
    );
    expect(await a('eve')).toBe(200);
    // Redis takes the limiter's commands (they write) and answers none for 15 s: connected,
    // "ready", and useless. (WRITE, not ALL, so that the UNPAUSE below goes through.)
    const admin = await redisClient();
    await admin.call('CLIENT', 'PAUSE', '15000', 'WRITE');
    try {
      const started = performance.now();
      // Answered long before Redis is back (a hang would take the 15 s), and still limited.
      expect([await a('eve'), await a('eve'), await a('eve')]).toEqual([200, 200, 429]);
      expect(performance.now() - started).toBeLessThan(10_000);
    } finally {
      await admin.call('CLIENT', 'UNPAUSE');
    }
    const warnings = logs
      .entries()
      .filter((entry) => entry['msg'] === 'rate-limit store failed: counting in memory on this instance until it is back');
    expect(warnings).toHaveLength(1);
  });

  it('falls back to counting in memory when Redis goes away, and says so once', async () => {
    const logs = captureLogs();
    const client = await redisClient();
    const a = await instance({ points: 2, durationSeconds: 60, keyPrefix: 'outage-test', redis: client }, logs.logger);
    expect(await a('dan')).toBe(200);
    // (events.once would reject on the reconnection errors that follow.)
    const closed = new Promise((resolve) => client.once('close', resolve));
    await redis.stop();
    await closed;
    // Sellers are still served, and still limited, by this instance alone.
    expect([await a('dan'), await a('dan'), await a('dan')]).toEqual([200, 200, 429]);
    const warnings = logs
      .entries()
      .filter((entry) => entry['msg'] === 'rate-limit store failed: counting in memory on this instance until it is back');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.['level']).toBe(40);
  });
});

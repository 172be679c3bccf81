import { describe, expect, it } from 'vitest';
import { captureLogs } from '../test/support.js';
import { ExpressDashboardError } from './errors.js';
import { createLinkRateLimiter, type RateLimitStore } from './rate-limit.js';

/** A store of the platform's own, as an edge KV or a Durable Object would back it: counts per key, in a Map here. */
function countingStore(limit: number): RateLimitStore & { calls: string[] } {
  const counts = new Map<string, number>();
  const calls: string[] = [];
  return {
    calls,
    consume(key) {
      calls.push(key);
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      // rate-limiter-flexible's contract: past the limit, reject with how long until a point is free
      // (its RateLimiterRes, which is no Error: an Error is a store failure).
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      return count > limit ? Promise.reject({ msBeforeNext: 12_300 }) : Promise.resolve({ remainingPoints: limit - count });
    },
  };
}

async function reasonOfConsume(consume: Promise<void>): Promise<unknown> {
  return consume.then(
    () => 'allowed',
    (error: unknown) => (error instanceof ExpressDashboardError ? [error.reason, error.retryAfterSeconds] : error),
  );
}

describe('a rate-limit store of the platform’s own (limiter)', () => {
  it('is asked for every request, and its refusal is RATE_LIMITED with when to retry, in whole seconds', async () => {
    const store = countingStore(2);
    const limiter = createLinkRateLimiter({ limiter: store }, captureLogs().logger);
    const outcomes = [];
    for (let i = 0; i < 3; i += 1) outcomes.push(await reasonOfConsume(limiter.consume('ann')));
    expect(outcomes).toEqual(['allowed', 'allowed', ['RATE_LIMITED', 13]]);
    expect(store.calls).toEqual(['ann', 'ann', 'ann']);
  });

  it('failing, counts in memory on this instance (with the configured points), and says so once per outage', async () => {
    let failing = true;
    const store: RateLimitStore = {
      consume: () => (failing ? Promise.reject(new Error('KV unreachable at https://kv.example/secret-path')) : Promise.resolve({})),
    };
    const logs = captureLogs();
    const limiter = createLinkRateLimiter({ limiter: store, points: 2 }, logs.logger);
    const outcomes = [];
    for (let i = 0; i < 3; i += 1) outcomes.push(await reasonOfConsume(limiter.consume('bob')));
    expect(outcomes).toEqual(['allowed', 'allowed', ['RATE_LIMITED', 60]]);
    failing = false;
    expect(await reasonOfConsume(limiter.consume('bob'))).toBe('allowed');
    expect(logs.entries().map(({ msg }) => msg)).toEqual([
      'rate-limit store failed: counting in memory on this instance until it is back',
      'rate-limit store is back: the limit is shared again',
    ]);
    expect(logs.text()).not.toContain('secret-path');
  });

  it('stalled, is given up on after storeTimeoutMs and the request counted in memory', async () => {
    const store: RateLimitStore = { consume: () => new Promise(() => undefined) };
    const limiter = createLinkRateLimiter({ limiter: store, storeTimeoutMs: 50 }, captureLogs().logger);
    const started = performance.now();
    expect(await reasonOfConsume(limiter.consume('cy'))).toBe('allowed');
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('refuses options that make no limit', () => {
    const logger = captureLogs().logger;
    expect(() => createLinkRateLimiter({ points: 0 }, logger)).toThrow('rateLimit.points must be a positive integer');
    expect(() => createLinkRateLimiter({ durationSeconds: 1.5 }, logger)).toThrow('rateLimit.durationSeconds must be a positive integer');
    expect(() => createLinkRateLimiter({ storeTimeoutMs: -1 }, logger)).toThrow('rateLimit.storeTimeoutMs must be a positive integer');
  });
});

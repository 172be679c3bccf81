import type { Logger } from 'pino';
import { RLWrapperTimeouts, RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { ExpressDashboardError } from './errors.js';

/**
 * An `ioredis` client, as rate-limiter-flexible uses it (typed by shape so `ioredis` stays an optional
 * dependency). Create it with `enableOfflineQueue: false` so an unreachable Redis fails fast.
 */
export interface RedisClient {
  readonly status: string;
  defineCommand(name: string, definition: { numberOfKeys?: number; lua: string }): void;
}

export interface RateLimitOptions {
  /** Link requests each caller may make per window. Default 5. */
  points?: number;
  /** The window, in seconds. Default 60. */
  durationSeconds?: number;
  /**
   * Share one limit between every server instance through Redis. Without it each instance counts
   * on its own, in memory.
   */
  redis?: RedisClient;
  /** Prefix of the keys in the store. Default `oed-login-link`. */
  keyPrefix?: string;
  /**
   * Any rate-limiter-flexible limiter, for other stores (node-redis, Valkey, Postgres…). Overrides
   * `redis`, `points`, `durationSeconds` and `keyPrefix`.
   */
  limiter?: RateLimiterAbstract;
  /**
   * How long a request waits for the shared store (`redis` or `limiter`) before it is counted in
   * memory instead, as when the store fails. Default 500 ms: a stalled store must not hang sellers.
   */
  storeTimeoutMs?: number;
}

/** Counts a caller's link requests; throws `RATE_LIMITED` (with retry-after) past the limit. */
export interface LinkRateLimiter {
  consume(callerKey: string): Promise<void>;
}

export const DEFAULT_RATE_LIMIT = { points: 5, durationSeconds: 60, storeTimeoutMs: 500 } as const;

/**
 * The per-caller limit on link creation. When the shared store fails or stalls (Redis down, or not
 * answering within `storeTimeoutMs`), each instance
 * falls back to its own in-memory count rather than refusing every seller or letting everyone
 * through, and says so in the logs once per outage.
 */
export function createLinkRateLimiter(options: RateLimitOptions, logger: Logger): LinkRateLimiter {
  const points = options.points ?? DEFAULT_RATE_LIMIT.points;
  const duration = options.durationSeconds ?? DEFAULT_RATE_LIMIT.durationSeconds;
  if (!(Number.isInteger(points) && points > 0)) throw new RangeError('rateLimit.points must be a positive integer');
  if (!(Number.isInteger(duration) && duration > 0)) throw new RangeError('rateLimit.durationSeconds must be a positive integer');
  const keyPrefix = options.keyPrefix ?? 'oed-login-link';
  const storeTimeoutMs = options.storeTimeoutMs ?? DEFAULT_RATE_LIMIT.storeTimeoutMs;
  if (!(Number.isInteger(storeTimeoutMs) && storeTimeoutMs > 0))
    throw new RangeError('rateLimit.storeTimeoutMs must be a positive integer');

  const memory = new RateLimiterMemory({ points, duration, keyPrefix });
  const store =
    options.limiter ??
    (options.redis && new RateLimiterRedis({ storeClient: options.redis, points, duration, keyPrefix, rejectIfRedisNotReady: true }));
  // A slow store fails like an unreachable one: after storeTimeoutMs, the request is counted in memory.
  const primary: RateLimiterAbstract = store ? new RLWrapperTimeouts({ limiter: store, timeoutMs: storeTimeoutMs }) : memory;
  let degraded = false;

  async function consumeFrom(limiter: RateLimiterAbstract, key: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) {
        throw new ExpressDashboardError('RATE_LIMITED', {
          retryAfterSeconds: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)),
        });
      }
      throw outcome;
    }
  }

  return {
    async consume(callerKey) {
      if (primary === memory) return consumeFrom(memory, callerKey);
      try {
        await consumeFrom(primary, callerKey);
        if (degraded) logger.info('rate-limit store is back: the limit is shared again');
        degraded = false;
      } catch (error) {
        if (error instanceof ExpressDashboardError) throw error;
        if (!degraded) logger.warn({ err: error }, 'rate-limit store failed: counting in memory on this instance until it is back');
        degraded = true;
        await consumeFrom(memory, callerKey);
      }
    },
  };
}

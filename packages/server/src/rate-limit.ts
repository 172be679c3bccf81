import { ExpressDashboardError } from './errors.js';
import type { Logger } from './logging.js';

/**
 * An `ioredis` client, as rate-limiter-flexible uses it (typed by shape so `ioredis` stays an optional
 * dependency). Create it with `enableOfflineQueue: false` so an unreachable Redis fails fast.
 */
export interface RedisClient {
  readonly status: string;
  defineCommand(name: string, definition: { numberOfKeys?: number; lua: string }): void;
}

/**
 * A shared count of link requests, for stores the library does not know: any rate-limiter-flexible
 * limiter is one (node-redis, Valkey, Postgres, DynamoDB…), and so is your own over a store an edge
 * runtime reaches (a Durable Object, Redis over HTTP). `consume` spends one point of `key`: it
 * resolves while the key is within its limit; past it, it rejects with `{ msBeforeNext }` (how long
 * until a point is free, as rate-limiter-flexible's `RateLimiterRes`); any other rejection is a
 * store failure.
 */
export interface RateLimitStore {
  consume(key: string): Promise<unknown>;
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
  /** Any other shared store (see {@link RateLimitStore}). Overrides `redis`; it keeps its own points and window. */
  limiter?: RateLimitStore;
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

function positiveInteger(name: string, value: number): number {
  if (!(Number.isInteger(value) && value > 0)) throw new RangeError(`rateLimit.${name} must be a positive integer`);
  return value;
}

/** A store's refusal past the limit, told apart from its failures by the shape rate-limiter-flexible gives it. */
function limitReached(outcome: unknown): outcome is { msBeforeNext: number } {
  return (
    typeof outcome === 'object' &&
    outcome !== null &&
    !(outcome instanceof Error) &&
    typeof (outcome as { msBeforeNext?: unknown }).msBeforeNext === 'number'
  );
}

class StoreTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`the rate-limit store did not answer within ${timeoutMs} ms`);
    this.name = 'StoreTimeoutError';
  }
}

/** `store.consume(key)`, given up on after `timeoutMs`: a slow store fails like an unreachable one. */
async function consumeWithin(store: RateLimitStore, key: string, timeoutMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const consumed = store.consume(key);
  // Its late outcome, once given up on, is nobody's to handle.
  consumed.catch(() => undefined);
  try {
    await Promise.race([
      consumed,
      new Promise((_resolve, reject) => (timer = setTimeout(() => reject(new StoreTimeoutError(timeoutMs)), timeoutMs))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A rate-limiter-flexible limiter, made on its first `consume`: importing the package costs a cold
 * start even where no request is ever limited. Each limiter from its own module: the package's
 * index loads every limiter it has, RateLimiterCluster among them (`node:cluster`, `node:crypto`),
 * which would make the router unusable on Cloudflare Workers without nodejs_compat.
 */
function lazyStore(create: () => Promise<RateLimitStore>): RateLimitStore {
  let created: Promise<RateLimitStore> | undefined;
  return {
    async consume(key) {
      return (await (created ??= create())).consume(key);
    },
  };
}

/**
 * The per-caller limit on link creation. When the shared store fails or stalls (Redis down, or not
 * answering within `storeTimeoutMs`), each instance falls back to its own in-memory count rather
 * than refusing every seller or letting everyone through, and says so in the logs once per outage.
 */
export function createLinkRateLimiter(options: RateLimitOptions, logger: Logger): LinkRateLimiter {
  const points = positiveInteger('points', options.points ?? DEFAULT_RATE_LIMIT.points);
  const duration = positiveInteger('durationSeconds', options.durationSeconds ?? DEFAULT_RATE_LIMIT.durationSeconds);
  const storeTimeoutMs = positiveInteger('storeTimeoutMs', options.storeTimeoutMs ?? DEFAULT_RATE_LIMIT.storeTimeoutMs);
  const keyPrefix = options.keyPrefix ?? 'oed-login-link';

  const memory = lazyStore(async () => {
    const { default: RateLimiterMemory } = await import('rate-limiter-flexible/lib/RateLimiterMemory.js');
    return new RateLimiterMemory({ points, duration, keyPrefix });
  });
  const { redis } = options;
  const store: RateLimitStore | undefined =
    options.limiter ??
    (redis &&
      lazyStore(async () => {
        const { default: RateLimiterRedis } = await import('rate-limiter-flexible/lib/RateLimiterRedis.js');
        return new RateLimiterRedis({ storeClient: redis, points, duration, keyPrefix, rejectIfRedisNotReady: true });
      }));
  let degraded = false;

  async function counted(consume: Promise<unknown>): Promise<void> {
    try {
      await consume;
    } catch (outcome) {
      if (limitReached(outcome)) {
        throw new ExpressDashboardError('RATE_LIMITED', { retryAfterSeconds: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)) });
      }
      throw outcome;
    }
  }

  return {
    async consume(callerKey) {
      if (!store) return counted(memory.consume(callerKey));
      try {
        await counted(consumeWithin(store, callerKey, storeTimeoutMs));
        if (degraded) logger.info('rate-limit store is back: the limit is shared again');
        degraded = false;
      } catch (error) {
        if (error instanceof ExpressDashboardError) throw error;
        if (!degraded) logger.warn({ err: error }, 'rate-limit store failed: counting in memory on this instance until it is back');
        degraded = true;
        await counted(memory.consume(callerKey));
      }
    },
  };
}

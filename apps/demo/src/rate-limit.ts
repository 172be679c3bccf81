import { DEFAULT_RATE_LIMIT, type RateLimitOptions } from '@open-express-dashboard/server';
import { RateLimiterMemory } from 'rate-limiter-flexible';

/**
 * The router's default per-seller limit on link requests, held here so that the demo can show a
 * seller who has just used it up: the router counts and refuses exactly as it would for anyone.
 */
export function createDemoRateLimit() {
  const { points, durationSeconds } = DEFAULT_RATE_LIMIT;
  const limiter = new RateLimiterMemory({ points, duration: durationSeconds });
  return {
    /** The router's `rateLimit` option. */
    options: { limiter } satisfies RateLimitOptions,
    /** As if `userId` had just made every link request the window allows: their next one is refused. */
    async useUp(userId: string): Promise<void> {
      await limiter.set(userId, points, durationSeconds);
    },
  };
}

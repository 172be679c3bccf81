import { startStripeFake, type StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import { startRedisServer, type RedisServer } from '@open-express-dashboard/test-env';
import { SECRET_MARKERS, Tally, fuzzServer, hostileRequest, runs } from '@open-express-dashboard/test-env/adversarial';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT, JWT_SECRET, killServices, startService, token, type ServiceProcess } from './service-process.js';

// The service's process as deployed (with Redis), fuzzed: whatever arrives, the process stays up,
// answers within the bound and never a 5xx, and prints no token, key or login URL.
const CASES = runs(600, 8_000);
const ALLOWED = 'https://platform.example';

let fake: StripeFake;
let redis: RedisServer;
let service: ServiceProcess;

beforeAll(async () => {
  fake = await startStripeFake({ accounts: [{ id: ACCOUNT, state: 'express' }] });
  redis = await startRedisServer();
  service = await startService(fake, {
    REDIS_URL: redis.url,
    ALLOWED_ORIGINS: ALLOWED,
    AUTH_COOKIE: 'session',
    RATE_LIMIT_PER_MINUTE: '50',
  });
});
afterAll(async () => {
  killServices();
  // Unset when beforeAll failed part way: the teardown must not hide its error.
  /* eslint-disable @typescript-eslint/no-unnecessary-condition */
  await redis?.stop();
  await fake?.close();
  /* eslint-enable @typescript-eslint/no-unnecessary-condition */
});

describe('the service process, fuzzed', () => {
  it(
    `answers ${CASES} hostile requests without a crash, a 5xx, a hang or a leak`,
    async () => {
      const tokens = [await token('fuzz_seller'), await token('fuzz_other')];
      const tally = new Tally('apps/server process');
      const links = await fuzzServer({
        url: service.url,
        tally,
        requests: hostileRequest({
          paths: ['/trpc/expressDashboard.createLoginLink', '/healthz', '/readyz', '/trpc/', '/'],
          tokens,
          origins: [ALLOWED],
          accountIds: [ACCOUNT],
          maxBodyBytes: 16 * 1024,
        }),
        numRuns: CASES,
        afterEach: () => {
          if (service.child.exitCode !== null) {
            tally.crashes += 1;
            throw new Error(`the service exited with ${service.child.exitCode}:\n${service.stderr()}`);
          }
        },
      });
      tally.print();
      expect(tally.cases).toBe(CASES);
      expect(tally.serverErrors).toBe(0);
      expect(tally.crashes).toBe(0);
      expect(tally.statuses['200']).toBeGreaterThan(0);

      const output = service.stdout() + service.stderr();
      for (const secret of [...SECRET_MARKERS, ...tokens, JWT_SECRET, fake.secretKey, ...links]) {
        expect(output.includes(secret), `the output contains ${secret.slice(0, 30)}…`).toBe(false);
      }
      expect(service.stderr()).toBe('');
      // One line per request at most (plus the start-up lines).
      expect(service.stdout().split('\n').filter(Boolean).length).toBeLessThanOrEqual(tally.cases + 5);
    },
    runs(60_000, 600_000),
  );
});

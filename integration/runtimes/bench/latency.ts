// Latency per runtime: in one run, against one Stripe fake on loopback, every target of the matrix
// runs at once and answers sequential link requests from @trpc/client (HS256 JWT, every check on),
// taken in turns of ten (ten to each target, then ten to the next...), so that a busy moment of the
// machine weighs on every row alike. The floor takes its turn too: the stripe SDK on this Node
// calling the fake directly.
//   npm run bench -w @open-express-dashboard/runtime-matrix          (BENCH_REQUESTS=200 by default)
// Figures are milliseconds per request as the client sees them; compare rows of one run.
import { startStripeFake } from '@open-express-dashboard/testing/stripe-fake';
import Stripe from 'stripe';
import { expect, inject, it } from 'vitest';
import { dashboardClient } from '../src/client.js';
import type { RunningService } from '../src/service.js';
import { matrixTargets, startTarget } from '../src/targets.js';
import { HS_SECRET, hsToken } from '../src/tokens.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const WARMUP = 20;
/** Requests in a row to one target before the next one's turn. */
const TURN = 10;
const ACCOUNT = 'acct_1BenchExpress0001';

function percentile(times: number[], fraction: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

interface Way {
  name: string;
  call: (token: string) => Promise<unknown>;
  times: number[];
  stripeRequests: number;
}

it(`prints the median of ${REQUESTS} sequential link requests per runtime`, async () => {
  const fake = await startStripeFake({ accounts: [{ id: ACCOUNT, state: 'express' }] });
  // One seller per request: the rate limit (5 a minute) is per seller, and every request should pass it.
  const tokens = await Promise.all(
    Array.from({ length: WARMUP + REQUESTS }, (_, index) => hsToken({ sub: `bench-${index}`, account: ACCOUNT })),
  );
  const services: RunningService[] = [];
  try {
    const stripe = new Stripe(fake.secretKey, { ...fake.stripeConfig, maxNetworkRetries: 0 });
    const ways: Way[] = [
      {
        name: `stripe SDK → fake, Node ${process.versions.node} (the floor)`,
        call: () => stripe.accounts.createLoginLink(ACCOUNT),
        times: [],
        stripeRequests: 0,
      },
    ];
    for (const target of matrixTargets(inject('matrix'))) {
      const service = await startTarget(target, fake, { AUTH_JWT_SECRET: HS_SECRET });
      services.push(service);
      ways.push({
        name: target.label,
        call: (token) => dashboardClient(service.origin, token).expressDashboard.createLoginLink.mutate(),
        times: [],
        stripeRequests: 0,
      });
    }

    for (let first = 0; first < tokens.length; first += TURN) {
      for (const way of ways) {
        for (const [index, token] of tokens.slice(first, first + TURN).entries()) {
          const before = fake.requests.length;
          const started = performance.now();
          await way.call(token);
          if (first + index < WARMUP) continue;
          way.times.push(performance.now() - started);
          way.stripeRequests += fake.requests.length - before;
        }
      }
    }

    const floor = percentile(ways[0]!.times, 0.5);
    const table = [
      `| runtime · recipe | p50 | p95 | p50 over the floor | Stripe requests per link |`,
      `|---|---|---|---|---|`,
      ...ways.map(({ name, times, stripeRequests }) => {
        const p50 = percentile(times, 0.5);
        return `| ${name} | ${p50.toFixed(2)} ms | ${percentile(times, 0.95).toFixed(2)} ms | ${(p50 - floor).toFixed(2)} ms | ${stripeRequests / REQUESTS} |`;
      }),
    ];
    console.log(`${REQUESTS} sequential link requests each, in turns of ${TURN}, after ${WARMUP} to warm up:\n${table.join('\n')}`);
    for (const { stripeRequests } of ways) expect(stripeRequests).toBe(REQUESTS);
  } finally {
    await Promise.all(services.map((service) => service.stop()));
    await fake.close();
  }
});

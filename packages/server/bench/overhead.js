/* eslint-disable no-console -- a benchmark prints its figures */
// Latency benchmark: what the library adds to a seller's click. In one run, against one Stripe
// fake on loopback, it times sequential link requests three ways:
//   1. the stripe SDK calling the fake directly (the floor: Stripe's own round trip);
//   2. a bare Node HTTP endpoint around that SDK call, called with fetch (what a hand-written
//      endpoint costs: one more HTTP hop, JSON);
//   3. this library: @trpc/client → Node handler (Origin gate, JWT check, rate limit, account
//      cache, pino logs with redaction, an onEvent hook) → the same SDK.
// The library's overhead is (3) − (2). Figures are milliseconds per request.
//   npm run bench:overhead -w @open-express-dashboard/server [-- --quick]   (after npm run build)
import { createServer } from 'node:http';
import { Writable } from 'node:stream';
import { startStripeFake } from '@open-express-dashboard/testing/stripe-fake';
import { createTRPCClient, httpLink } from '@trpc/client';
import { SignJWT } from 'jose';
import Stripe from 'stripe';
import { createJwtAuthenticator } from '../dist/index.js';
import { createExpressDashboardNodeHandler, createLogger } from '../dist/node.js';
import { QUICK } from './support/fixtures.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? (QUICK ? 50 : 400));
const WARMUP = QUICK ? 10 : 40;
const ACCOUNT = 'acct_1BenchExpress0001';
const SECRET = 'bench-secret-of-at-least-32-bytes!!';

const fake = await startStripeFake({ accounts: [{ id: ACCOUNT, state: 'express' }] });
const stripe = new Stripe(fake.secretKey, { ...fake.stripeConfig, maxNetworkRetries: 0, telemetry: false });

function listen(handler) {
  const server = createServer(handler);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })),
  );
}

const bare = await listen(async (_request, response) => {
  const { url } = await stripe.accounts.createLoginLink(ACCOUNT);
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ url }));
});

let events = 0;
const library = await listen(
  createExpressDashboardNodeHandler({
    stripe,
    authenticate: createJwtAuthenticator({ secret: SECRET, audience: 'bench' }),
    // Logs are written and thrown away, so their cost (serialising, redaction) is counted.
    logger: createLogger({ level: 'info' }, new Writable({ write: (_chunk, _encoding, done) => done() })),
    onEvent: () => void (events += 1),
    rateLimit: { points: 1_000_000 },
    allowedOrigins: ['https://shop.example'],
  }),
);
const token = await new SignJWT({ stripe_account: ACCOUNT })
  .setProtectedHeader({ alg: 'HS256' })
  .setSubject('seller-1')
  .setAudience('bench')
  .setExpirationTime('1h')
  .sign(new TextEncoder().encode(SECRET));
const client = createTRPCClient({ links: [httpLink({ url: `${library.url}/trpc`, headers: { authorization: `Bearer ${token}` } })] });

const ways = {
  'stripe SDK → fake (floor)': () => stripe.accounts.createLoginLink(ACCOUNT),
  'bare Node endpoint (fetch)': () => fetch(bare.url, { method: 'POST' }).then((response) => response.json()),
  'this library (@trpc/client)': () => client.expressDashboard.createLoginLink.mutate(),
};

async function time(call) {
  for (let i = 0; i < WARMUP; i += 1) await call();
  const samples = [];
  for (let i = 0; i < REQUESTS; i += 1) {
    const start = performance.now();
    await call();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { p50: at(0.5), p95: at(0.95), mean: samples.reduce((sum, value) => sum + value, 0) / samples.length };
}

const results = {};
for (const [name, call] of Object.entries(ways)) {
  fake.reset();
  results[name] = await time(call);
  results[name].stripeRequests = fake.requests.length / (REQUESTS + WARMUP);
}

const ms = (value) => value.toFixed(2).padStart(8);
console.log(`${REQUESTS} sequential requests each, after ${WARMUP} warm-up; ms per request`);
console.log(`${'way'.padEnd(32)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'mean'.padStart(8)}  Stripe requests each`);
for (const [name, result] of Object.entries(results)) {
  console.log(`${name.padEnd(32)}${ms(result.p50)}${ms(result.p95)}${ms(result.mean)}  ${result.stripeRequests}`);
}
const ours = results['this library (@trpc/client)'];
const hand = results['bare Node endpoint (fetch)'];
console.log(`library overhead vs a bare endpoint: p50 ${ms(ours.p50 - hand.p50).trim()} ms, mean ${ms(ours.mean - hand.mean).trim()} ms`);
console.log(`audit events: ${events} (one per request)`);

library.close();
bare.close();
await fake.close();

/* eslint-disable no-console -- a benchmark prints its figures */
// Load, side by side: the route a platform writes by hand against this library, at 50 connections,
// one Stripe fake process as the common upstream, every contender in its own process.
//   A          bare node:http + stripe.accounts.createLoginLink
//   B          A + jose jwtVerify (HS256, iss/aud): what a platform writes by hand
//   B-control  a second copy of B: how far apart two equal contenders land in one run (the noise)
//   C-node     the service through the Node adapter (as apps/server: same token scheme, default
//              logging on stdout, rate limit raised)
//   C-fetch    the same through the Fetch adapter behind a Node server (@hono/node-server)
//   C-express  the same through the Express middleware
// Rounds are interleaved and rotated (each round starts with the next contender), so drift in the
// machine's load spreads over all of them; ratios are taken within a round, then their median.
//   npm run bench:load -w @open-express-dashboard/server [-- --quick]
// BENCH_ROUNDS, BENCH_SECONDS, BENCH_CONNECTIONS and BENCH_CONTENDERS (comma-separated) override the defaults.
// More contenders: C-node-nolog and C-caller (ablations, see support/contender-process.js), and any
// C contender with `@baseline` (an earlier commit built by bench/baseline.js), compared per round.
import { setTimeout as sleep } from 'node:timers/promises';
import { MB, fixed, median, printTable, spread } from './support/figures.js';
import { QUICK, linkRequest, sellerToken } from './support/fixtures.js';
import { checkAnswer, hit } from './support/hit.js';
import { startContender, startFakeProcess } from './support/processes.js';

const env = process.env;
const NAMES = env.BENCH_CONTENDERS?.split(',') ?? ['A', 'B', 'B-control', 'C-node', 'C-fetch', 'C-express'];
const ROUNDS = Number(env.BENCH_ROUNDS ?? (QUICK ? 1 : 3));
const SECONDS = Number(env.BENCH_SECONDS ?? (QUICK ? 2 : 8));
const WARMUP_SECONDS = QUICK ? 1 : 3;
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 50);

const cpuMicros = ({ cpu }) => cpu.user + cpu.system;

/**
 * One timed run against one contender: load figures, its CPU per request and its peak RSS meanwhile.
 * CPU and log lines are counted from a quiet contender to a quiet contender, per request it handled.
 */
async function measure(contender, request) {
  const before = await contender.settled();
  const linesBefore = contender.logLines();
  let peakRss = before.memory.rss;
  const sampling = new AbortController();
  const sampler = (async () => {
    while (!sampling.signal.aborted) {
      peakRss = Math.max(peakRss, (await contender.stats()).memory.rss);
      await sleep(250);
    }
  })();
  const load = await hit(contender.url, request, { connections: CONNECTIONS, duration: SECONDS });
  sampling.abort();
  await sampler;
  const after = await contender.settled();
  const handled = after.handled - before.handled;
  return {
    ...load,
    cpuPerRequest: (cpuMicros(after) - cpuMicros(before)) / handled,
    rss: Math.max(peakRss, after.memory.rss),
    logLinesPerRequest: (await linesAfterFlush(contender, linesBefore)) / handled,
  };
}

/** Log lines since `before`, once no more arrive for 500 ms (lines are flushed at least every 250 ms). */
async function linesAfterFlush(contender, before) {
  let lines = -1;
  while (lines !== contender.logLines()) {
    lines = contender.logLines();
    await sleep(500);
  }
  return lines - before;
}

const fake = await startFakeProcess();
const contenders = [];
for (const name of NAMES) contenders.push(await startContender(name, fake));
const request = linkRequest(await sellerToken());
for (const contender of contenders) {
  await checkAnswer(contender.url, request, fake.url);
  await hit(contender.url, request, { connections: CONNECTIONS, duration: WARMUP_SECONDS });
}

const runs = Object.fromEntries(NAMES.map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round += 1) {
  const order = contenders.map((_, index) => contenders[(index + round) % contenders.length]);
  for (const contender of order) {
    runs[contender.name].push(await measure(contender, request));
  }
}
let handled = 0;
for (const contender of contenders) handled += (await contender.settled()).handled;
const { served, rss: fakeRss } = await fake.served();

console.log(
  `Load: ${CONNECTIONS} connections, ${ROUNDS} interleaved round(s) of ${SECONDS} s per contender after ${WARMUP_SECONDS} s warm-up; medians over rounds`,
);
printTable(
  ['contender', 'req/s', 'p50 ms', 'p99 ms', 'CPU µs/req', 'peak RSS MB', 'log lines/req'],
  NAMES.map((name) => {
    const of = (field) => median(runs[name].map((run) => run[field]));
    return [
      name,
      fixed(of('rps')),
      fixed(of('p50'), 1),
      fixed(of('p99'), 1),
      fixed(of('cpuPerRequest')),
      fixed(MB(of('rss'))),
      fixed(of('logLinesPerRequest'), 2),
    ];
  }),
);

/** Per-round ratios of `name` against `base`: the median with its range over rounds. */
function against(name, base) {
  const pairs = runs[name].map((run, round) => [run, runs[base][round]]);
  return {
    throughput: pairs.map(([run, other]) => run.rps / other.rps),
    p99: pairs.map(([run, other]) => run.p99 - other.p99),
    cpu: pairs.map(([run, other]) => run.cpuPerRequest / other.cpuPerRequest),
    rss: pairs.map(([run, other]) => run.rss / other.rss),
  };
}

const compared = NAMES.filter((name) => name !== 'A' && name !== 'B');
if (NAMES.includes('B') && compared.length > 0) {
  console.log('\nAgainst B (the hand-written route with jose), per round: median (min–max)');
  printTable(
    ['contender', 'req/s ÷ B', 'p99 − B ms', 'CPU/req ÷ B', 'RSS ÷ B', 'req/s ÷ A'],
    compared.map((name) => {
      const b = against(name, 'B');
      return [
        name,
        spread(b.throughput),
        spread(b.p99, 1),
        spread(b.cpu),
        spread(b.rss),
        NAMES.includes('A') ? spread(against(name, 'A').throughput) : 'n/a',
      ];
    }),
  );
  if (NAMES.includes('C-node')) {
    const c = against('C-node', 'B');
    const met = (ok) => (ok ? 'met' : 'NOT met');
    console.log(
      `\nTargets (C-node): req/s ÷ B ≥ 0.9: ${met(median(c.throughput) >= 0.9)}; ` +
        `p99 within 3 ms of B: ${met(median(c.p99) <= 3)}; RSS ≤ 1.3 × B: ${met(median(c.rss) <= 1.3)}` +
        (QUICK ? ' (short form: too short to judge)' : ''),
    );
  }
}
const rebuilt = NAMES.filter((name) => NAMES.includes(`${name}@baseline`));
if (rebuilt.length > 0) {
  console.log('\nAgainst the baseline build (bench/baseline.js), per round: median (min–max)');
  printTable(
    ['contender', 'req/s ÷ baseline', 'p99 − baseline ms', 'CPU/req ÷ baseline', 'RSS ÷ baseline'],
    rebuilt.map((name) => {
      const b = against(name, `${name}@baseline`);
      return [name, spread(b.throughput), spread(b.p99, 1), spread(b.cpu), spread(b.rss)];
    }),
  );
}
console.log(`Stripe fake: ${fixed(served / handled, 2)} Stripe requests per link request handled; its RSS ${fixed(MB(fakeRss))} MB`);

for (const contender of contenders) await contender.close();
await fake.close();

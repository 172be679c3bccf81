/* eslint-disable no-console -- a benchmark prints its figures */
// Cold start, as serverless platforms pay it per instance: import an entry point and create the
// router or handler, each run in a fresh process, against importing `stripe` alone (the floor:
// every contender imports it). Runs are rotated so the machine's drift spreads over all targets.
// `+ link` targets go on to answer the first link request (JWT, default logger, the Stripe fake
// in its own process), against the hand-written route's first (`B + link`): what the library
// imports on first use is paid there, so deferring an import shows up instead of vanishing.
//   npm run bench:cold-start -w @open-express-dashboard/server [-- --quick]
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { MB, fixed, median, printTable } from './support/figures.js';
import { QUICK, sellerToken } from './support/fixtures.js';
import { startFakeProcess } from './support/processes.js';

const RUNS = Number(process.env.BENCH_COLD_RUNS ?? (QUICK ? 2 : 10));
// BENCH_COLD_TARGETS=stripe,import:pino,… also times single modules (`import:<specifier>`), and
// `.@baseline`, `./fetch@baseline`… the entry points of the build bench/baseline.js made.
const TARGETS = process.env.BENCH_COLD_TARGETS?.split(',') ?? [
  'stripe',
  'stripe + jose',
  '.',
  './node',
  './fetch',
  './express',
  'B + link',
  '. + link',
  './node + link',
  './fetch + link',
];
const LINKS = TARGETS.some((target) => target.includes(' + link'));
const child = new URL('./support/cold-start-child.js', import.meta.url).pathname;
const run = promisify(execFile);

const fake = LINKS ? await startFakeProcess() : undefined;
const env = fake && { ...process.env, BENCH_STRIPE_URL: fake.url, BENCH_STRIPE_KEY: fake.secretKey, BENCH_TOKEN: await sellerToken() };
const samples = Object.fromEntries(TARGETS.map((target) => [target, []]));
for (let round = 0; round < RUNS; round += 1) {
  for (let index = 0; index < TARGETS.length; index += 1) {
    const target = TARGETS[(index + round) % TARGETS.length];
    const { stdout } = await run(process.execPath, [child, target], { env });
    samples[target].push(JSON.parse(stdout.split('\n').find((line) => line.startsWith('{"coldStart"'))));
  }
}
await fake?.close();

const of = (target, field) => median(samples[target].map((sample) => sample[field]));
const floor = of('stripe', 'ms');
const firstLinkFloor = TARGETS.includes('B + link') ? of('B + link', 'ms') : undefined;
console.log(`Cold start: ${RUNS} fresh process(es) per target, medians; "import + create" is timed inside the process`);
printTable(
  ['target', 'import + create (+ link) ms', '÷ stripe', '÷ B + link', 'process start → ready ms', 'RSS MB', 'heap MB'],
  TARGETS.map((target) => [
    target,
    fixed(of(target, 'ms'), 1),
    fixed(of(target, 'ms') / floor, 2),
    target.includes(' + link') && firstLinkFloor ? fixed(of(target, 'ms') / firstLinkFloor, 2) : '',
    fixed(of(target, 'sinceStart'), 1),
    fixed(MB(of(target, 'rss'))),
    fixed(MB(of(target, 'heapUsed')), 1),
  ]),
);
const entries = ['.', './node', './fetch', './express'].filter((target) => TARGETS.includes(target));
if (entries.length > 0) {
  const worst = Math.max(...entries.map((target) => of(target, 'ms') / floor));
  console.log(`Target (import + create ≤ 1.3 × stripe alone, every entry): ${worst <= 1.3 ? 'met' : 'NOT met'} (worst ${fixed(worst, 2)})`);
}

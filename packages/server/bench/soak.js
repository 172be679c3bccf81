/* eslint-disable no-console -- a benchmark prints its figures */
// Memory soak: 100,000 requests to the service (C-node) at 50 connections, printing RSS and the heap
// after a full GC every 10,000, beside B (the hand-written route) driven the same way in the same
// run: a leak shows as a heap that keeps growing, step after step.
//   npm run bench:soak -w @open-express-dashboard/server [-- --quick]
// BENCH_SOAK_REQUESTS and BENCH_SOAK_STEP override the defaults.
import { MB, fixed, printTable } from './support/figures.js';
import { QUICK, linkRequest, sellerToken } from './support/fixtures.js';
import { checkAnswer, hit } from './support/hit.js';
import { startContender, startFakeProcess } from './support/processes.js';

const TOTAL = Number(process.env.BENCH_SOAK_REQUESTS ?? (QUICK ? 4_000 : 100_000));
const STEP = Number(process.env.BENCH_SOAK_STEP ?? (QUICK ? 2_000 : 10_000));
const NAMES = ['C-node', 'B'];

const fake = await startFakeProcess();
const contenders = [];
for (const name of NAMES) contenders.push(await startContender(name, fake, { execArgv: ['--expose-gc'] }));
const request = linkRequest(await sellerToken());
for (const contender of contenders) await checkAnswer(contender.url, request, fake.url);

const rows = [];
const heaps = Object.fromEntries(NAMES.map((name) => [name, []]));
const start = Object.fromEntries(await Promise.all(contenders.map(async (c) => [c.name, (await c.statsAfterGc()).memory])));
rows.push(['0', ...contenders.flatMap((c) => [fixed(MB(start[c.name].rss)), fixed(MB(start[c.name].heapUsed), 1)])]);
for (let done = STEP; done <= TOTAL; done += STEP) {
  const row = [String(done)];
  for (const contender of contenders) {
    await hit(contender.url, request, { amount: STEP });
    const rss = (await contender.stats()).memory.rss;
    const heap = (await contender.statsAfterGc()).memory.heapUsed;
    heaps[contender.name].push(heap);
    row.push(fixed(MB(rss)), fixed(MB(heap), 1));
  }
  rows.push(row);
  // Printed as it goes: a soak is long, and a leak is visible before it ends.
  if (done === STEP) console.log(`Memory soak: ${TOTAL} requests each at 50 connections; MB after every ${STEP} (heap after a full GC)`);
  console.log(`  ${done} requests done`);
}
printTable(['requests', ...NAMES.flatMap((name) => [`${name} RSS`, `${name} heap`])], rows);
for (const name of NAMES) {
  console.log(`${name}: heap after GC ${fixed(MB(heaps[name].at(-1) - heaps[name][0]), 1)} MB from the first step to the last`);
}

for (const contender of contenders) await contender.close();
await fake.close();

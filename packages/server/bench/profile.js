/* eslint-disable no-console -- a benchmark prints its figures */
// Where the CPU goes under load: B (the hand-written route) and C (the service through the Node
// adapter) each run with `node --cpu-prof` at 50 connections; only the samples taken during the
// measured window count. Prints µs per request by package (own frames, then charged to the caller
// in a package) and the top functions of each, side by side.
//   npm run bench:profile -w @open-express-dashboard/server [-- --quick]
// BENCH_PROFILE=B,C-fetch picks contenders; BENCH_SECONDS the window; the .cpuprofile files stay
// in node_modules/.cache/bench-profiles/ for a flame graph (Chrome DevTools, speedscope).
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { fixed, printTable } from './support/figures.js';
import { QUICK, linkRequest, sellerToken } from './support/fixtures.js';
import { readProfile } from './support/cpu-profile.js';
import { checkAnswer, hit } from './support/hit.js';
import { startContender, startFakeProcess } from './support/processes.js';

const NAMES = process.env.BENCH_PROFILE?.split(',') ?? ['B', 'C-node'];
const SECONDS = Number(process.env.BENCH_SECONDS ?? (QUICK ? 3 : 15));
const TOP = Number(process.env.BENCH_TOP ?? 25);
const directory = new URL('../node_modules/.cache/bench-profiles/', import.meta.url).pathname;

const fake = await startFakeProcess();
const request = linkRequest(await sellerToken());
const results = {};
for (const name of NAMES) {
  const out = `${directory}${name}`;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const contender = await startContender(name, fake, { execArgv: ['--cpu-prof', `--cpu-prof-dir=${out}`] });
  await checkAnswer(contender.url, request, fake.url);
  await hit(contender.url, request, { duration: QUICK ? 1 : 3 });
  const before = await contender.settled();
  const load = await hit(contender.url, request, { duration: SECONDS });
  const after = await contender.settled();
  await contender.close();
  const [file] = readdirSync(out);
  const micros = (stats) => Number(BigInt(stats.hrtime) / 1000n);
  const profile = readProfile(`${out}/${file}`, micros(before), micros(after));
  if (profile.startTime > micros(before) || profile.endTime < micros(after)) throw new Error('the profile does not cover the window');
  const cpu = after.cpu.user + after.cpu.system - (before.cpu.user + before.cpu.system);
  const requests = after.handled - before.handled;
  results[name] = { ...profile, requests, rps: load.rps, cpuPerRequest: cpu / requests };
}
await fake.close();

// Samples measure wall time in a frame, which on a busy machine includes time the process was not
// running; their shares are sound, so each share is scaled to the CPU the process really used.
const perRequest = (name, map, key) => ((map.get(key) ?? 0) / results[name].busy) * results[name].cpuPerRequest;
console.log(
  `CPU profile at 50 connections, ${SECONDS} s window; µs of CPU per request = share of the busy samples × CPU µs/req (process.cpuUsage)`,
);
printTable(
  ['', ...NAMES],
  [
    ['req/s', ...NAMES.map((name) => fixed(results[name].rps))],
    ['CPU µs/req (process.cpuUsage)', ...NAMES.map((name) => fixed(results[name].cpuPerRequest))],
    ['sampled busy (wall) µs/req', ...NAMES.map((name) => fixed(results[name].busy / results[name].requests))],
  ],
);
for (const [title, field] of [
  ['by package (own frames)', 'byPackage'],
  ['by package, Node internals and V8 builtins charged to their caller', 'byCaller'],
]) {
  const keys = [...new Set(NAMES.flatMap((name) => [...results[name][field].keys()]))];
  const last = NAMES.at(-1);
  keys.sort((a, b) => perRequest(last, results[last][field], b) - perRequest(last, results[last][field], a));
  console.log(`\n${title}`);
  printTable(
    ['package', ...NAMES.map((name) => `${name} µs/req`), ...(NAMES.length === 2 ? [`${last} − ${NAMES[0]}`] : [])],
    keys.map((key) => {
      const values = NAMES.map((name) => perRequest(name, results[name][field], key));
      return [key, ...values.map((value) => fixed(value, 1)), ...(NAMES.length === 2 ? [fixed(values[1] - values[0], 1)] : [])];
    }),
  );
}
for (const name of NAMES) {
  const top = [...results[name].byFunction].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  console.log(`\n${name}: top ${TOP} functions by self time`);
  printTable(
    ['function [package]', 'µs/req', '% busy'],
    top.map(([key, micros]) => [
      key,
      fixed(perRequest(name, results[name].byFunction, key), 1),
      fixed((100 * micros) / results[name].busy, 1),
    ]),
  );
}

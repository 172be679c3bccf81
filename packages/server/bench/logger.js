/* eslint-disable no-console -- a benchmark prints its figures */
// The cost of one login_link log line: the working tree's loggers against pino alone (the floor)
// and, when bench/baseline.js built one, an earlier commit's. Each run is a fresh process writing
// to a pipe this process drains (as a log collector would); runs rotate.
//   npm run bench:logger -w @open-express-dashboard/server [-- --quick]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fixed, median, printTable } from './support/figures.js';
import { QUICK } from './support/fixtures.js';

const LINES = QUICK ? 5_000 : 100_000;
const RUNS = QUICK ? 1 : 5;
const baseline = new URL('../node_modules/.cache/bench-baseline/dist/logging.js', import.meta.url);
const BUILDS = ['pino', 'working', 'console', ...(existsSync(baseline) ? ['baseline'] : [])];

function run(build) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [new URL('./support/logger-child.js', import.meta.url).pathname, build, String(LINES)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lines = 0;
    let report = '';
    child.stdout.on('data', (chunk) => {
      for (const byte of chunk) if (byte === 10) lines += 1;
    });
    child.stderr.on('data', (chunk) => (report += chunk));
    child.once('close', (code) => {
      if (code !== 0 || lines < LINES) reject(new Error(`${build}: exit ${code}, ${lines} of ${LINES} lines\n${report}`));
      else resolve(JSON.parse(report).perLine);
    });
  });
}

const samples = Object.fromEntries(BUILDS.map((build) => [build, []]));
for (let round = 0; round < RUNS; round += 1) {
  for (let index = 0; index < BUILDS.length; index += 1) {
    const build = BUILDS[(index + round) % BUILDS.length];
    samples[build].push(await run(build));
  }
}
console.log(`Logging: ${LINES} login_link lines per run, ${RUNS} run(s) per logger, µs of CPU per line (median)`);
printTable(
  ['logger', 'µs CPU/line', '÷ pino alone'],
  BUILDS.map((build) => [build, fixed(median(samples[build]), 1), fixed(median(samples[build]) / median(samples.pino), 2)]),
);

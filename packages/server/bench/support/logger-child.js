// Writes login_link log lines to stdout the way the router does, then says (on stderr) how much
// CPU each line cost this process. `pino` is the floor: pino alone, no redaction, no scrubbing.
// `working` is the working tree's createLogger (pino, Node's default), `console` its console logger
// (the Fetch adapter's default), `baseline` the createLogger of bench/baseline.js's build.
import { existsSync } from 'node:fs';
import { pino } from 'pino';

const [build, count] = process.argv.slice(2);
const LINES = Number(count);
const dist = { working: '../../dist/', console: '../../dist/', baseline: '../../node_modules/.cache/bench-baseline/dist/' }[build];
/** The module of a build that has `name`: today's layout first, then the one before logging/ existed. */
async function loggingExport(name, paths) {
  const url = paths.map((path) => new URL(`${dist}${path}`, import.meta.url)).find((candidate) => existsSync(candidate));
  return (await import(url.href))[name];
}
const logger =
  build === 'pino'
    ? pino()
    : build === 'console'
      ? (await loggingExport('createConsoleLogger', ['logging.js']))()
      : (await loggingExport('createLogger', ['logging/pino.js', 'logging.js']))();
const entry = {
  event: 'login_link',
  outcome: 'created',
  userId: 'seller-1',
  accountId: 'acct_1BenchExpress0001',
  kind: 'express_dashboard',
  reason: undefined,
  latencyMs: 12,
};

for (let i = 0; i < 2_000; i += 1) logger.info(entry, 'warm-up');
const start = process.cpuUsage();
let written = 0;
// A few lines per turn of the event loop, as requests finish under load, so asynchronous writes run.
await new Promise((resolve) => {
  const turn = () => {
    for (let i = 0; i < 20 && written < LINES; i += 1, written += 1) logger.info(entry, 'login link created');
    if (written < LINES) setImmediate(turn);
    else resolve();
  };
  turn();
});
const cpu = process.cpuUsage(start);
process.on('exit', () => process.stderr.write(JSON.stringify({ perLine: (cpu.user + cpu.system) / LINES })));

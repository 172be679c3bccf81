/* eslint-disable no-console -- a benchmark prints its figures */
// Every server benchmark, one after the other, each printing its own baselines from the same run:
// load side by side, memory soak, cold start, one log line, and the sequential overhead of one click.
//   npm run bench                 (from the repository root: builds first, a few minutes)
//   npm run bench -- --quick      (the short form: seconds, same code paths, noisy figures)
import { spawnSync } from 'node:child_process';

const BENCHES = ['load.js', 'soak.js', 'cold-start.js', 'logger.js', 'overhead.js'];
const args = process.argv.slice(2);
for (const bench of BENCHES) {
  console.log(`\n## ${bench}\n`);
  const { status } = spawnSync(process.execPath, [new URL(bench, import.meta.url).pathname, ...args], { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`${bench} failed (exit ${status})`);
    process.exit(1);
  }
}

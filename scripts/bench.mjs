/* eslint-disable no-console -- a benchmark runner prints what it runs */
// Every benchmark of the repository, one after the other, each printing its baselines from the same
// run: the server's (load side by side, soak, cold start, one log line, one click's overhead), then
// the element's (standalone size against the Lit + tRPC floor, click → navigate against a bare fetch).
//   npm run bench                 (builds first; a few minutes)
//   npm run bench -- --quick      (the short form: seconds, same code paths, noisy figures)
import { spawnSync } from 'node:child_process';

const quick = process.argv.includes('--quick');

/** @param {string} command @param {string[]} args @param {NodeJS.ProcessEnv} [env] */
function run(command, args, env = process.env) {
  console.log(`\n# ${[command, ...args].join(' ')}\n`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  if (status !== 0) {
    console.error(`${command} ${args.join(' ')} failed (exit ${status})`);
    process.exit(1);
  }
}

const build = ['--filter=@open-express-dashboard/server...', '--filter=@open-express-dashboard/element...'];
run('npx', ['turbo', 'run', 'build', ...build, '--output-logs=errors-only'], { ...process.env, TURBO_TELEMETRY_DISABLED: '1' });
run('npm', ['run', 'bench', '--workspace=@open-express-dashboard/server', '--', ...process.argv.slice(2)]);
run('npm', ['run', 'bench:size', '--workspace=@open-express-dashboard/element']);
// 50 clicks make the p50 the target is about; 10 show the path works.
run('npm', ['run', 'bench:click', '--workspace=@open-express-dashboard/element'], { ...process.env, ROUNDS: quick ? '10' : '50' });

/* eslint-disable no-console -- it says what it built */
// Builds this package as it was at a git ref into node_modules/.cache/bench-baseline/dist (kept out
// of the source tree, where lint and Prettier would read it), so the load bench can run
// it beside the working tree in the same run: contenders named `C-node@baseline` (any C contender
// with `@baseline`) use that build. On a noisy machine only a same-run comparison tells a 5%
// change from the drift.
//   node bench/baseline.js main && BENCH_CONTENDERS=B,C-node@baseline,C-node npm run bench:load -w @open-express-dashboard/server
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

const [ref = 'main'] = process.argv.slice(2);
const directory = new URL('../node_modules/.cache/bench-baseline/', import.meta.url).pathname;
rmSync(directory, { recursive: true, force: true });
mkdirSync(directory, { recursive: true });
const archive = execFileSync('git', ['archive', ref, 'src'], { cwd: new URL('..', import.meta.url).pathname, maxBuffer: 64 * 1024 * 1024 });
execFileSync('tar', ['-x', '-C', directory], { input: archive });
writeFileSync(
  `${directory}tsconfig.json`,
  JSON.stringify({
    extends: '../../../tsconfig.build.json',
    compilerOptions: { outDir: 'dist', rootDir: 'src', declaration: false, declarationMap: false, sourceMap: false },
    include: ['src'],
    exclude: ['src/**/*.test.ts'],
  }),
);
execFileSync(process.execPath, [new URL('../../../node_modules/typescript/bin/tsc', import.meta.url).pathname, '-p', directory], {
  stdio: 'inherit',
});
console.log(`built ${ref} into ${directory}dist`);

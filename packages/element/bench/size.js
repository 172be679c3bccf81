/* eslint-disable no-console -- a benchmark prints its figures */
// Size benchmark: builds the standalone module and, in the same run and with the same settings,
// baselines of what it is made of, then prints minified, gzip and brotli sizes.
//   npm run bench:size -w @open-express-dashboard/element
// With --json it prints the figures in bytes as JSON instead (test/size.test.ts reads them).
import { NAMES, measureSizes } from './measure-size.js';

const sizes = await measureSizes();
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(sizes));
  process.exit(0);
}
const kb = (/** @type {number} */ n) => `${(n / 1000).toFixed(2)} kB`;
const floor = sizes.floor.gzip;
console.log(`${'bundle'.padEnd(48)} ${'min'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}  gzip vs floor`);
for (const key of /** @type {(keyof typeof NAMES)[]} */ (Object.keys(NAMES))) {
  const size = sizes[key];
  const delta = size.gzip - floor;
  console.log(
    `${NAMES[key].padEnd(48)} ${kb(size.min).padStart(9)} ${kb(size.gzip).padStart(9)} ${kb(size.brotli).padStart(9)}  ${delta === 0 ? '' : `${delta > 0 ? '+' : ''}${kb(delta)}`}`,
  );
}

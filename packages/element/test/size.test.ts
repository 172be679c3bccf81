import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Size } from '../bench/measure-size.js';
import { SIZE_BUDGET } from '../bench/size-budget.js';

/** The benchmark's own figures: built in a plain Node process, as `npm run bench:size` does (Vitest's NODE_ENV would change the build). */
async function measureSizes(): Promise<Record<'floor' | 'standalone', Size>> {
  const script = fileURLToPath(new URL('../bench/size.js', import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, [script, '--json'], { env: { ...process.env, NODE_ENV: 'production' } });
  return JSON.parse(stdout) as Record<'floor' | 'standalone', Size>;
}

// A size regression fails npm test (and so CI); times are left to the benchmarks.
describe('the standalone module', () => {
  it('stays within its gzip budget, above the floor and in total', async () => {
    const sizes = await measureSizes();
    const overFloor = sizes.standalone.gzip - sizes.floor.gzip;
    const hint = 'bench/size-budget.js says how to raise the budget when the growth is intended';
    expect(overFloor, `gzip over the Lit + tRPC floor (${hint})`).toBeLessThanOrEqual(SIZE_BUDGET.gzipOverFloor);
    expect(sizes.standalone.gzip, `gzip (${hint})`).toBeLessThanOrEqual(SIZE_BUDGET.gzip);
  }, 120_000);
});

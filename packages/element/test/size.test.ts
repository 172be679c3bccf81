import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Size } from '../bench/measure-size.js';
import { SIZE_BUDGET } from '../bench/size-budget.js';

/** A benchmark's own figures: run in a plain Node process, as `npm run bench:size` does (Vitest's NODE_ENV would change the build). */
async function benchmark(name: string): Promise<unknown> {
  const script = fileURLToPath(new URL(`../bench/${name}`, import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, [script, '--json'], { env: { ...process.env, NODE_ENV: 'production' } });
  return JSON.parse(stdout);
}

let measured: Promise<unknown> | undefined;
/** `npm run bench:size`'s figures, measured once for the tests below. */
const sizes = () => (measured ??= benchmark('size.js')) as Promise<Record<'floor' | 'standalone', Size>>;

// A size regression fails npm test (and so CI); times are left to the benchmarks.
describe('the standalone module', () => {
  it('stays within its gzip budget, above the floor and in total', async () => {
    const { floor, standalone } = await sizes();
    const hint = 'bench/size-budget.js says how to raise the budget when the growth is intended';
    expect(standalone.gzip - floor.gzip, `gzip over the Lit + tRPC floor (${hint})`).toBeLessThanOrEqual(SIZE_BUDGET.gzipOverFloor);
    expect(standalone.gzip, `gzip (${hint})`).toBeLessThanOrEqual(SIZE_BUDGET.gzip);
  }, 120_000);
});

describe('bench/size-by-source.js', () => {
  it('finds each file of the element in the module, and the module whole', async () => {
    const rows = (await benchmark('size-by-source.js')) as { name: string; gzip: number }[];
    const { floor, standalone } = await sizes();
    const gzipOf = (name: string) => rows.find((row) => row.name === name)?.gzip ?? 0;
    for (const file of [
      'src/open-express-dashboard.component.ts',
      'src/open-express-dashboard.styles.ts',
      'src/login-link-client.ts',
      'src/locale.ts',
    ]) {
      expect(gzipOf(file), file).toBeGreaterThan(100);
    }
    expect(gzipOf('the whole module')).toBe(standalone.gzip);
    // Our files left out together take away about what the module weighs above the floor.
    expect(Math.abs(gzipOf('all of the above, left out together') - (standalone.gzip - floor.gzip))).toBeLessThan(250);
  }, 120_000);
});

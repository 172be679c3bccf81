import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// The benchmarks' short form, so they keep working as the code they measure changes. Figures are
// not checked (the machine is noisy): only that every bench ran, checked its answers and printed.
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

async function bench(script: string, env: Record<string, string>): Promise<string> {
  const { stdout } = await run(process.execPath, [`bench/${script}`, '--quick'], { cwd: PACKAGE_DIR, env: { ...process.env, ...env } });
  return stdout;
}

describe('the benchmarks (short form)', { timeout: 180_000 }, () => {
  it('load: every contender answers with a login link, one Stripe request each, and the ratios to B are printed', async () => {
    const output = await bench('load.js', { BENCH_CONTENDERS: 'B,C-node,C-fetch,C-express', BENCH_SECONDS: '1' });
    for (const name of ['C-node', 'C-fetch', 'C-express']) expect(output).toMatch(new RegExp(`\\| ${name} +\\| \\d+\\.\\d\\d `));
    expect(output).toMatch(/Targets \(C-node\)/);
    expect(output).toMatch(/Stripe fake: 1\.0\d Stripe requests per link/);
    expect(output).toMatch(/^\| C-node +\| \d+ +\|.*\| 1\.0\d +\|$/m); // one log line per request
  });

  it('soak: RSS and heap after each step, for the service and B', async () => {
    const output = await bench('soak.js', { BENCH_SOAK_REQUESTS: '400', BENCH_SOAK_STEP: '200' });
    expect(output).toMatch(/^\| 400 +\| \d+ +\| [\d.]+ +\| \d+ +\| [\d.]+ +\|$/m);
  });

  it('cold start: every entry point against stripe alone, and its first link against the hand-written route’s', async () => {
    const output = await bench('cold-start.js', { BENCH_COLD_RUNS: '1' });
    for (const target of ['stripe', '.', './node', './fetch', './express'])
      expect(output).toMatch(new RegExp(`\\| ${target.replace('.', '\\.')} +\\| [\\d.]+ +\\| [\\d.]+ `));
    for (const target of ['. + link', './node + link', './fetch + link'])
      expect(output).toMatch(new RegExp(`\\| ${target.replace('.', '\\.').replace('+', '\\+')} +\\| [\\d.]+ +\\| [\\d.]+ +\\| [\\d.]+ `));
  });

  it('profile: CPU by package from node --cpu-prof, for B and the service', async () => {
    const output = await bench('profile.js', { BENCH_SECONDS: '1' });
    expect(output).toMatch(/\| @trpc\/server +\| 0\.0 +\| [\d.]+ /);
    expect(output).toMatch(/C-node: top 25 functions by self time/);
  });

  it('logger: CPU per log line, against pino alone', async () => {
    const output = await bench('logger.js', {});
    expect(output).toMatch(/^\| working +\| [\d.]+ +\| [\d.]+ +\|$/m);
  });
});

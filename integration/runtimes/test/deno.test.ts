import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, inject, it } from 'vitest';
import { matrixTargets, runtimeOf } from '../src/targets.js';
import { describeTarget } from './suite.js';

const setup = inject('matrix');

// deno.ts (Deno.serve) and hono.ts (deno serve), resolving the packages from the app's node_modules.
for (const target of matrixTargets(setup)) {
  if (target.runtime === 'deno') describeTarget(target);
}

it('type-checks deno.ts with Deno’s own checker (tsc knows no Deno namespace)', async () => {
  const deno = runtimeOf(setup, 'deno').bin;
  await expect(
    promisify(execFile)(deno, ['check', 'deno.ts'], { cwd: setup.app, env: { ...process.env, NO_COLOR: '1' } }),
  ).resolves.toBeDefined();
}, 120_000);

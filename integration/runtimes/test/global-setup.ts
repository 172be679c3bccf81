import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildNodeEntries, installApp } from '../src/app.js';
import type { MatrixSetup } from '../src/targets.js';
import { installToolchain } from '../src/toolchain.js';
import { bundleWorker, readWranglerConfig } from '../src/workerd.js';

declare module 'vitest' {
  export interface ProvidedContext {
    matrix: MatrixSetup;
  }
}

/**
 * Once per run: the pinned runtimes, the recipes installed from freshly packed tarballs (turbo has
 * built the packages), the Node entries built and the Workers bundled as wrangler would.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const root = mkdtempSync(join(tmpdir(), 'oed-runtime-matrix-'));
  const removeRoot = () => rmSync(root, { recursive: true, force: true });
  try {
    const runtimes = installToolchain();
    const app = installApp(root);
    await buildNodeEntries(app);
    const wrangler = readWranglerConfig(join(app, 'wrangler.jsonc'));
    mkdirSync(join(app, 'workerd'));
    const workers = {
      worker: await bundleWorker(app, wrangler.main, 'workerd/worker.js'),
      hono: await bundleWorker(app, 'hono.ts', 'workerd/hono.js'),
    };
    project.provide('matrix', { app, runtimes, workers, wrangler });
  } catch (error) {
    removeRoot(); // vitest runs no teardown for a setup that failed
    throw error;
  }
  return removeRoot;
}

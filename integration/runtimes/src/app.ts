import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { pack } from '../../pack.mjs';
import { npm } from './npm.js';

/** The recipes: a platform's service, one entry per runtime, as the server README shows them. */
export const RECIPES = fileURLToPath(new URL('../recipes/', import.meta.url));

/** The Node entries, built to dist/<name>.js (Node 20 cannot run TypeScript). */
export const NODE_ENTRIES = ['node-http', 'express'] as const;

/** What the recipes install from this repository (the server depends on the contract). */
const PACKED = ['@open-express-dashboard/server', '@open-express-dashboard/contract'];

interface Manifest {
  dependencies: Record<string, string>;
  overrides?: Record<string, string>;
}

/**
 * Makes the recipes an installed app under `root`, as a platform would have it: the published
 * packages from their packed tarballs (never workspace links), everything else from the registry.
 * Returns the app's folder.
 */
export function installApp(root: string): string {
  const tarballs = pack({ build: false, destination: join(root, 'packed'), only: PACKED });
  const app = join(root, 'app');
  cpSync(RECIPES, app, { recursive: true });

  const manifestPath = join(app, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const fromTarball = Object.fromEntries(Object.entries(tarballs).map(([name, path]) => [name, `file:${path}`]));
  for (const name of Object.keys(manifest.dependencies)) manifest.dependencies[name] = fromTarball[name] ?? manifest.dependencies[name]!;
  // The packages depend on each other by version: these resolve to the tarballs too, not the registry.
  manifest.overrides = fromTarball;
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);

  npm(['install'], app, 'installing the recipes from the tarballs');
  return app;
}

/** Builds the Node entries as a platform's build step would: TypeScript to one ESM file each, packages left to node_modules. */
export async function buildNodeEntries(app: string): Promise<void> {
  await build({
    absWorkingDir: app,
    entryPoints: NODE_ENTRIES.map((name) => `${name}.ts`),
    outdir: 'dist',
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
}

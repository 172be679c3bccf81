import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { npm } from './npm.js';

/** The runtimes the matrix runs the service on. `node` is the machine's own Node (20 in CI). */
export type RuntimeId = 'node' | 'node22' | 'node24' | 'bun' | 'deno' | 'workerd';

export interface Runtime {
  id: RuntimeId;
  /** Name and version, e.g. `Node 22.23.5`. */
  label: string;
  /** The executable. */
  bin: string;
}

const TOOLCHAIN = fileURLToPath(new URL('../toolchain/', import.meta.url));

/**
 * Where each pinned package keeps its executable. npm 11 skips these packages' install scripts, so
 * the binary stays where the package (or its platform package) ships it; the first that exists wins.
 */
const PINNED: Record<Exclude<RuntimeId, 'node'>, { name: string; pkg: string; candidates: string[] }> = {
  node22: { name: 'Node', pkg: 'node22', candidates: ['node22/bin/node'] },
  node24: { name: 'Node', pkg: 'node24', candidates: ['node24/bin/node'] },
  bun: { name: 'Bun', pkg: 'bun', candidates: ['@oven/bun-linux-x64/bin/bun', 'bun/bin/bun.exe'] },
  deno: { name: 'Deno', pkg: 'deno', candidates: ['@deno/linux-x64-glibc/deno', 'deno/deno'] },
  workerd: { name: 'workerd', pkg: 'workerd', candidates: ['@cloudflare/workerd-linux-64/bin/workerd', 'workerd/bin/workerd'] },
};

/** A real executable, not a stub an install script would have replaced (those are a few KB). */
function isBinary(path: string): boolean {
  return existsSync(path) && statSync(path).size > 1_000_000;
}

/**
 * Installs the pinned runtimes (`npm ci` in toolchain/, once per lockfile) and finds their
 * executables. Not a workspace: its `node` binaries would otherwise shadow the repository's Node
 * in every npm script (and its .npmrc turns bin links off for the same reason).
 */
export function installToolchain(): Runtime[] {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`the runtime matrix pins linux-x64 binaries; this machine is ${process.platform}-${process.arch}`);
  }
  const modules = join(TOOLCHAIN, 'node_modules');
  const stamp = join(modules, '.installed-from-lock');
  const lockHash = createHash('sha256')
    .update(readFileSync(join(TOOLCHAIN, 'package-lock.json')))
    .digest('hex');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lockHash) {
    npm(['ci'], TOOLCHAIN, 'installing the pinned runtimes');
    writeFileSync(stamp, lockHash);
  }

  const system: Runtime = { id: 'node', label: `Node ${process.versions.node}`, bin: process.execPath };
  const pinned = Object.entries(PINNED).map(([id, { name, pkg, candidates }]): Runtime => {
    const bin = candidates.map((candidate) => join(modules, candidate)).find(isBinary);
    if (!bin) throw new Error(`no ${name} executable in ${modules} (looked for ${candidates.join(', ')})`);
    const { version } = JSON.parse(readFileSync(join(modules, pkg, 'package.json'), 'utf8')) as { version: string };
    return { id: id as RuntimeId, label: `${name} ${version}`, bin };
  });
  return [system, ...pinned];
}

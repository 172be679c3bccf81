import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { engineProblems } from '../../check-engines.mjs';

let root: string | undefined;
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

/** A package at `dir` with `manifest`, in a scratch tree. */
function write(dir: string, manifest: object): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest));
}

function tree(dependencyEngines: string | undefined, options: { optionalPeer?: boolean } = {}) {
  root = mkdtempSync(join(tmpdir(), 'engines-'));
  const peer = options.optionalPeer
    ? { peerDependencies: { lib: '*' }, peerDependenciesMeta: { lib: { optional: true } } }
    : { dependencies: { lib: '^1.0.0' } };
  write(join(root, 'pkg'), { name: 'pkg', version: '1.0.0', engines: { node: '>=20.19' }, ...peer });
  write(join(root, 'node_modules/lib'), { name: 'lib', version: '1.0.0', dependencies: { deep: '^1.0.0' } });
  write(join(root, 'node_modules/deep'), {
    name: 'deep',
    version: '1.2.3',
    ...(dependencyEngines ? { engines: { node: dependencyEngines } } : {}),
  });
  return join(root, 'pkg');
}

describe('engineProblems', () => {
  it('accepts a tree whose every range covers the package’s', () => {
    expect(engineProblems(tree('>=18'))).toEqual([]);
    expect(engineProblems(tree(undefined))).toEqual([]);
  });

  it('names a transitive dependency that refuses part of the range, with the chain to it', () => {
    expect(engineProblems(tree('>=22'))).toEqual(['pkg → lib@1.0.0 → deep@1.2.3 needs node >=22, not all of >=20.19']);
    expect(engineProblems(tree('^20.17.0 || >=22.9.0'))).toHaveLength(1);
  });

  it('checks an installed optional peer itself but not its tree, and reports a required package that is missing', () => {
    expect(engineProblems(tree('>=22', { optionalPeer: true }))).toEqual([]);
    const optional = tree('>=18', { optionalPeer: true });
    write(join(root!, 'node_modules/lib'), { name: 'lib', version: '1.0.0', engines: { node: '>=22' } });
    expect(engineProblems(optional)).toEqual(['pkg → lib@1.0.0 needs node >=22, not all of >=20.19']);
    const dir = tree('>=18');
    rmSync(join(root!, 'node_modules/lib'), { recursive: true });
    expect(engineProblems(dir)).toEqual(['pkg → lib is not installed']);
  });
});

// Fails when a published package promises a Node version (its `engines.node`) that one of the
// packages it installs refuses: `npm install --engine-strict` would then fail for users on that
// Node, and without it they would run code its authors never meant for their Node.
//
//   node integration/check-engines.mjs
//
// Walks each published package's production tree as installed in node_modules (dependencies and
// required peer dependencies, recursively; an installed optional peer itself, not its tree) and
// checks that every range the package allows is inside every range its tree declares (`semver.subset`).
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { publishedPackages } from './pack.mjs';

/**
 * The fields of a package.json this check reads.
 * @typedef {{
 *   name: string,
 *   version: string,
 *   engines?: { node?: string },
 *   dependencies?: Record<string, string>,
 *   peerDependencies?: Record<string, string>,
 *   peerDependenciesMeta?: Record<string, { optional?: boolean } | undefined>,
 * }} Manifest
 */

/** JSON.parse, typed as what it reads here (a JSDoc cast would not reach the lint's types). */
const parseManifest = /** @type {(text: string) => Manifest} */ (JSON.parse);

/**
 * The folder of `name` as Node would find it from `fromDir`, or undefined when not installed.
 * @param {string} name
 * @param {string} fromDir
 */
function installedDir(name, fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(dir) === dir) return undefined;
  }
}

/** @param {string} dir */
function manifestOf(dir) {
  return parseManifest(readFileSync(join(dir, 'package.json'), 'utf8'));
}

/**
 * Every package in `dir`'s production tree whose `engines.node` does not cover `range`, with the
 * chain of names that brings it in. A required package that is not installed is a problem too.
 * @param {string} dir
 * @param {string | undefined} [range]
 */
export function engineProblems(dir, range = manifestOf(dir).engines?.node) {
  /** @type {string[]} */
  const problems = [];
  if (!range) return [`${manifestOf(dir).name} declares no engines.node`];
  const seen = new Set();
  /** @type {(packageDir: string, chain: string[]) => void} */
  const visit = (packageDir, chain) => {
    if (seen.has(packageDir)) return;
    seen.add(packageDir);
    const manifest = manifestOf(packageDir);
    const optionalPeers = manifest.peerDependenciesMeta ?? {};
    const names = [
      ...Object.keys(manifest.dependencies ?? {}).map((name) => ({ name, optional: false })),
      ...Object.keys(manifest.peerDependencies ?? {}).map((name) => ({ name, optional: optionalPeers[name]?.optional === true })),
    ];
    for (const { name, optional } of names) {
      const found = installedDir(name, packageDir);
      if (!found) {
        if (!optional) problems.push(`${[...chain, name].join(' → ')} is not installed`);
        continue;
      }
      const dependency = manifestOf(found);
      const needs = dependency.engines?.node;
      const path = [...chain, `${dependency.name}@${dependency.version}`].join(' → ');
      if (needs && !semver.subset(range, needs)) problems.push(`${path} needs node ${needs}, not all of ${range}`);
      // An optional peer's own tree is its business (the user picks its version): only its engines count.
      if (!optional) visit(found, [...chain, `${dependency.name}@${dependency.version}`]);
    }
  };
  visit(realpathSync(dir), [manifestOf(dir).name]);
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = publishedPackages().flatMap(({ dir }) => engineProblems(dir));
  if (problems.length > 0) {
    console.error(`Published packages install dependencies that refuse Node versions they promise:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
}

// Writes the files that repeat a package's version, from its package.json, so each version has one
// source. `npm run version-packages` runs it after `changeset version`; a test fails when one lags.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);

/** The version files, and the package.json each follows. */
export const VERSION_FILES = [{ manifest: 'packages/server/package.json', file: 'packages/server/src/version.ts' }];

/** @param {string} version */
export function versionFileSource(version) {
  return `// Written from package.json by scripts/version-files.mjs (npm run version-packages): do not edit.\nexport const VERSION = '${version}';\n`;
}

/** JSON.parse, typed as what it reads here (a JSDoc cast would not reach the lint's types). */
const parseManifest = /** @type {(text: string) => { version: string }} */ (JSON.parse);

export function writeVersionFiles(base = root) {
  for (const { manifest, file } of VERSION_FILES) {
    const { version } = parseManifest(readFileSync(new URL(manifest, base), 'utf8'));
    writeFileSync(new URL(file, base), versionFileSource(version));
  }
}

if (process.argv[1] === new URL(import.meta.url).pathname) writeVersionFiles();

// Packs every published package exactly as `npm publish` would, into integration/.packed/, so the
// consumer and runtime matrices install what users install (never workspace links).
//
//   node integration/pack.mjs          builds the packages (turbo), then packs them
//   node integration/pack.mjs --no-build
//
// Each tarball gets a stable name (`open-express-dashboard-server.tgz`, no version), so an app can
// depend on `file:<path to .packed>/open-express-dashboard-server.tgz`. Prints a JSON map
// { "<package name>": "<absolute tarball path>" } on stdout and writes it to .packed/index.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
export const PACKED_DIR = join(root, 'integration', '.packed');

/** JSON.parse, typed as what it reads here (a JSDoc cast would not reach the lint's types). */
const parseManifest = /** @type {(text: string) => { name: string, private?: boolean }} */ (JSON.parse);
const parsePackOutput = /** @type {(text: string) => [{ filename: string }]} */ (JSON.parse);

/**
 * Workspace folders of the packages npm would publish (not `private`).
 * @returns {{ name: string, dir: string }[]}
 */
export function publishedPackages() {
  const found = [];
  for (const group of ['packages', 'apps']) {
    for (const name of readdirSync(join(root, group))) {
      const dir = join(root, group, name);
      let manifest;
      try {
        manifest = parseManifest(readFileSync(join(dir, 'package.json'), 'utf8'));
      } catch {
        continue;
      }
      if (!manifest.private) found.push({ name: manifest.name, dir });
    }
  }
  return found;
}

/**
 * `@open-express-dashboard/server` → `open-express-dashboard-server.tgz`
 * @param {string} packageName
 */
export function tarballName(packageName) {
  return `${packageName.replace(/^@/, '').replace('/', '-')}.tgz`;
}

/**
 * Packs into `destination` (default .packed/, emptied first): a matrix that runs beside another
 * passes its own. `only` names the packages to pack (default: every published one).
 * @param {{ build?: boolean, destination?: string, only?: string[] }} [options]
 * @returns {Record<string, string>} package name → tarball path
 */
export function pack({ build = true, destination = PACKED_DIR, only } = {}) {
  const packages = publishedPackages().filter(({ name }) => !only || only.includes(name));
  if (build) {
    const filters = packages.flatMap(({ name }) => ['--filter', name]);
    execFileSync('npx', ['turbo', 'run', 'build', ...filters, '--output-logs=errors-only'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
    });
  }
  rmSync(destination, { recursive: true, force: true });
  mkdirSync(destination, { recursive: true });
  /** @type {Record<string, string>} */
  const tarballs = {};
  for (const { name, dir } of packages) {
    const [result] = parsePackOutput(
      execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    );
    const target = join(destination, tarballName(name));
    renameSync(join(destination, result.filename), target);
    tarballs[name] = target;
  }
  writeFileSync(join(destination, 'index.json'), `${JSON.stringify(tarballs, null, 2)}\n`);
  return tarballs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const tarballs = pack({ build: !process.argv.includes('--no-build') });
  process.stdout.write(`${JSON.stringify(tarballs, null, 2)}\n`);
}

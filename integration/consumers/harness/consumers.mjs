// @ts-check
// Installs a consumer app the way a platform installs our packages: a copy of the app in a folder
// outside the repository (no workspace link or hoisted package can leak in), our packages as the
// packed tarballs (integration/pack.mjs), everything else from the registry through the app's own
// lockfile, with `npm ci --engine-strict` (a dependency refusing this Node fails the install).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { fileURLToPath } from 'node:url';

/** JSON.parse, typed as what the caller reads (a JSDoc cast would not reach the lint's types). */
export const parseJson = /** @type {<T>(text: string) => T} */ (JSON.parse);

export const APPS_DIR = fileURLToPath(new URL('../apps/', import.meta.url));
export const PACKED_DIR = fileURLToPath(new URL('../../.packed/', import.meta.url));
const REPO_DIR = fileURLToPath(new URL('../../../', import.meta.url));
/** Where an app's package.json points for our packages: `file:.packed/<tarball>`, filled in at install. */
const PACKED_PREFIX = 'file:.packed/';
const SKIPPED = new Set(['node_modules', '.next', 'dist', '.packed', 'test-results']);

/**
 * @typedef {{ name?: string, version?: string, dependencies?: Record<string, string>, devDependencies?: Record<string, string>, peerDependencies?: Record<string, string>, resolved?: string }} Manifest
 * @typedef {{ code: number | null, stdout: string, stderr: string }} RunResult
 * @typedef {{ cwd?: string, env?: NodeJS.ProcessEnv, timeoutMs?: number }} RunOptions
 * @typedef {{
 *   url: string,
 *   output: () => string,
 *   signal: (signal: NodeJS.Signals, to?: 'group' | 'leader') => void,
 *   exited: Promise<number | null>,
 *   closed: Promise<void>,
 *   stop: () => Promise<void>,
 * }} Started
 *   `signal` reaches every process of the command, as a terminal's Ctrl-C does, or only the
 *   command's own (`leader`), as `kill <pid>` or `docker stop` do; `exited` is the command's own
 *   exit code; `closed` settles once every process writing its output has ended.
 * @typedef {{
 *   name: string,
 *   dir: string,
 *   run: (command: string, args: string[], options?: RunOptions) => Promise<RunResult>,
 *   start: (command: string, args: string[], options: RunOptions & { ready: RegExp }) => Promise<Started>,
 *   remove: () => void,
 * }} Consumer
 */

/** A scratch root with no `node_modules` above it, so Node and TypeScript resolve only what the app installed. */
export function scratchRoot() {
  const root = mkdtempSync(join(tmpdir(), 'oed-consumers-'));
  for (let dir = dirname(root); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules'))) throw new Error(`${dir}/node_modules would leak into the consumers: remove it`);
    if (parse(dir).root === dir) return root;
  }
}

/** `integrity` as npm records it: sha512 of the tarball, base64. @param {string} file */
export function integrityOf(file) {
  return `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`;
}

/**
 * The package.json inside a packed tarball.
 * @param {string} file
 * @returns {Manifest}
 */
export function tarballManifest(file) {
  const read = spawnSync('tar', ['-xzOf', file, 'package/package.json'], { encoding: 'utf8' });
  if (read.status !== 0) throw new Error(`cannot read package.json in ${file}: ${read.stderr}`);
  return parseJson(read.stdout);
}

/** Our tarballs an app depends on: `{ tarball file name: package name }`. @param {Manifest} manifest */
function packedDependencies(manifest) {
  const all = { ...manifest.dependencies, ...manifest.devDependencies };
  return Object.fromEntries(
    Object.entries(all)
      .filter(([, spec]) => String(spec).startsWith(PACKED_PREFIX))
      .map(([name, spec]) => [String(spec).slice(PACKED_PREFIX.length), name]),
  );
}

/** @param {Record<string, string>} [a] @param {Record<string, string>} [b] */
const sameKeys = (a = {}, b = {}) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/**
 * Puts the packed tarballs in `dir/.packed` and records their integrity in the lockfile. Throws when
 * the lockfile no longer matches a tarball's dependencies (a package.json changed since `npm run lock`).
 * @param {string} dir @param {string} [packedDir]
 */
export function placeTarballs(dir, packedDir = PACKED_DIR) {
  /** @type {Manifest} */
  const manifest = parseJson(readFileSync(join(dir, 'package.json'), 'utf8'));
  const lockPath = join(dir, 'package-lock.json');
  /** @type {{ packages: Record<string, Manifest & { integrity?: string }> } | undefined} */
  const lock = existsSync(lockPath) ? parseJson(readFileSync(lockPath, 'utf8')) : undefined;
  mkdirSync(join(dir, '.packed'), { recursive: true });
  for (const [file, name] of Object.entries(packedDependencies(manifest))) {
    const source = join(packedDir, file);
    if (!existsSync(source)) throw new Error(`${source} is missing: run node integration/pack.mjs`);
    cpSync(source, join(dir, '.packed', file));
    if (!lock) continue;
    const entry = lock.packages[`node_modules/${name}`];
    const packed = tarballManifest(source);
    const stale =
      !entry || !sameKeys(entry.dependencies, packed.dependencies) || !sameKeys(entry.peerDependencies, packed.peerDependencies);
    if (stale || entry.version !== packed.version) {
      throw new Error(
        `${dir}: the lockfile entry of ${name} no longer matches its package.json: npm run lock -w @open-express-dashboard/consumers`,
      );
    }
    entry.integrity = integrityOf(source);
  }
  if (lock) writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
}

/** Copies app `name` into `root`. @param {string} name @param {string} root */
export function copyApp(name, root) {
  const dir = join(root, name);
  cpSync(join(APPS_DIR, name), dir, { recursive: true, filter: (source) => !SKIPPED.has(parse(source).base) });
  // An app made of another folder's files (consumer.json: `from`, `files`), so that folder stays the one copy.
  const borrowed = join(APPS_DIR, name, 'consumer.json');
  if (existsSync(borrowed)) {
    /** @type {{ from: string, files: string[] }} */
    const { from, files } = parseJson(readFileSync(borrowed, 'utf8'));
    for (const file of files) cpSync(join(REPO_DIR, from, file), join(dir, file), { recursive: true });
  }
  return dir;
}

/**
 * Runs a command to completion, its output captured. Never rejects: the caller asserts on `code`.
 * @param {string} command @param {string[]} args @param {RunOptions} [options]
 * @returns {Promise<RunResult>}
 */
export function run(command, args, { cwd, env = process.env, timeoutMs = 600_000 } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => killGroup(child.pid), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Ends a process we started and everything it started (it leads its own process group). @param {number | undefined} pid @param {NodeJS.Signals} [signal] */
function killGroup(pid, signal = 'SIGTERM') {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Starts a long-running command and resolves once its output matches `ready`, whose first group is
 * the URL it serves. Rejects with the output when it exits or stays silent past `timeoutMs`.
 * @param {string} command @param {string[]} args @param {RunOptions & { ready: RegExp }} options
 * @returns {Promise<Started>}
 */
export function start(command, args, { cwd, env = process.env, timeoutMs = 60_000, ready }) {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  /** @type {Promise<number | null>} */
  const exited = new Promise((resolve) => child.on('exit', resolve));
  /** @type {Promise<void>} */
  const closed = new Promise((resolve) => child.on('close', () => resolve()));
  const stop = async () => {
    killGroup(child.pid);
    const killer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(killer);
  };
  /** @param {NodeJS.Signals} signal @param {'group' | 'leader'} [to] */
  const signal = (signal, to = 'group') => (to === 'group' ? killGroup(child.pid, signal) : child.kill(signal));
  return new Promise((resolve, reject) => {
    let started = false;
    /** @param {string} why */
    const fail = (why) => {
      void stop();
      reject(new Error(`${command} ${args.join(' ')} ${why}:\n${output}`));
    };
    const timer = setTimeout(() => fail(`did not get ready in ${timeoutMs} ms`), timeoutMs);
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      output += chunk.toString();
      const url = started ? undefined : ready.exec(output)?.[1];
      if (url === undefined) return;
      started = true;
      clearTimeout(timer);
      resolve({ url, output: () => output, signal, exited, closed, stop });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    // Once started, an exit is the test's to observe (`exited`): no signal to what is left of the group.
    void exited.then((code) => {
      clearTimeout(timer);
      if (!started) fail(`exited with ${code}`);
    });
  });
}

/** The environment an app's commands get: this one, less anything that would point npm back at the repository. @param {NodeJS.ProcessEnv} [env] */
function appEnv(env = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|INIT_CWD$|NODE_PATH$)/i.test(key)));
  return { ...clean, NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env };
}

/**
 * Installs consumer app `name` from the packed tarballs, in a folder under `root`.
 * @param {string} name @param {string} root
 * @returns {Promise<Consumer>}
 */
export async function installConsumer(name, root) {
  const dir = copyApp(name, root);
  placeTarballs(dir);
  const install = await run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--engine-strict'], { cwd: dir, env: appEnv() });
  if (install.code !== 0) throw new Error(`npm ci failed in ${dir}:\n${install.stdout}\n${install.stderr}`);
  return {
    name,
    dir,
    run: (command, args, options = {}) => run(command, args, { cwd: dir, ...options, env: appEnv(options.env) }),
    start: (command, args, options) => start(command, args, { cwd: dir, ...options, env: appEnv(options.env) }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The consumer apps, for `npm run lock`. */
export function appNames() {
  return readdirSync(APPS_DIR);
}

import { builtinModules } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/** The fields of a wrangler config the matrix reads. */
export interface WranglerConfig {
  name: string;
  main: string;
  compatibility_date: string;
  compatibility_flags?: string[];
  vars?: Record<string, string>;
}

/** Reads wrangler.jsonc: JSON with comments and trailing commas, as wrangler reads it. */
export function readWranglerConfig(path: string): WranglerConfig {
  const errors: ParseError[] = [];
  const config = parse(readFileSync(path, 'utf8'), errors, { allowTrailingComma: true }) as WranglerConfig;
  if (errors.length > 0)
    throw new Error(
      `${path} is not valid JSONC (${errors.map(({ error, offset }) => `${printParseErrorCode(error)} at ${offset}`).join(', ')})`,
    );
  return config;
}

const BUILTINS = new Set(builtinModules);

/**
 * Node built-ins stay imports of `node:…`, which workerd provides under nodejs_compat (or refuses
 * without it). A CommonJS `require()` of one becomes an ESM import, as wrangler does: esbuild's
 * own `require` shim would throw in a Worker.
 */
const nodeBuiltins: Plugin = {
  name: 'node-builtins',
  setup(bundler) {
    bundler.onResolve({ filter: /.*/ }, ({ path, kind }) => {
      const bare = path.replace(/^node:/, '');
      if (!path.startsWith('node:') && !BUILTINS.has(bare)) return undefined;
      const builtin = `node:${bare}`;
      return kind === 'require-call' ? { path: builtin, namespace: 'node-require' } : { path: builtin, external: true };
    });
    bundler.onLoad({ filter: /.*/, namespace: 'node-require' }, ({ path }) => ({
      contents: `import builtin from '${path}';\nmodule.exports = builtin;`,
      loader: 'js',
    }));
  },
};

export interface WorkerBundle {
  /** The bundled module. */
  file: string;
  /** Each Node built-in the bundle imports, with the modules that import it. */
  nodeImports: Record<string, string[]>;
}

/** Bundles a Worker entry as wrangler does: one ES module, with the `workerd`/`worker`/`browser` export conditions. */
export async function bundleWorker(app: string, entry: string, outfile: string): Promise<WorkerBundle> {
  const { metafile } = await build({
    absWorkingDir: app,
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['browser', 'module', 'main'],
    plugins: [nodeBuiltins],
    metafile: true,
    logLevel: 'warning',
  });
  // What the bundle still imports (tree-shaking drops the rest), and which modules ask for it.
  const kept = new Set(Object.values(metafile.outputs).flatMap(({ imports }) => imports.map(({ path }) => path)));
  const nodeImports: Record<string, string[]> = {};
  for (const [input, { imports }] of Object.entries(metafile.inputs)) {
    if (input.startsWith('node-require:')) continue;
    for (const { path } of imports) {
      const builtin = path.replace(/^node-require:/, '');
      if (builtin.startsWith('node:') && kept.has(builtin)) (nodeImports[builtin] ??= []).push(input);
    }
  }
  return { file: join(app, outfile), nodeImports };
}

/** A Cap'n Proto text literal; the values here are plain ASCII (URLs, keys, secrets of the tests). */
function text(value: string): string {
  if (!/^[\x20-\x7e]*$/.test(value)) throw new Error('workerd config values must be printable ASCII');
  return JSON.stringify(value);
}

export interface WorkerdRun {
  bundle: string;
  compatibilityDate: string;
  compatibilityFlags: readonly string[];
  bindings: Record<string, string>;
}

let runs = 0;

/**
 * Writes a workerd config beside the bundle and returns its path. It runs the Worker as
 * `wrangler dev` would: the config's date, flags and vars as text bindings, on 127.0.0.1 (the port
 * comes on the control fd), with an outbound network limited to loopback (the Stripe fake and the
 * key set), which workerd's default network refuses: nothing a test runs can reach further.
 */
export function writeWorkerdConfig(run: WorkerdRun): string {
  runs += 1;
  const path = join(dirname(run.bundle), `run-${process.pid}-${runs}.capnp`);
  const bindings = Object.entries(run.bindings).map(([name, value]) => `(name = ${text(name)}, text = ${text(value)})`);
  writeFileSync(
    path,
    `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "loopback", network = (allow = ["local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);

const worker :Workerd.Worker = (
  modules = [(name = ${text(basename(run.bundle))}, esModule = embed ${text(basename(run.bundle))})],
  compatibilityDate = ${text(run.compatibilityDate)},
  compatibilityFlags = [${run.compatibilityFlags.map(text).join(', ')}],
  bindings = [${bindings.join(', ')}],
  globalOutbound = "loopback",
);
`,
  );
  return path;
}

import { join } from 'node:path';
import { NODE_ENTRIES } from './app.js';
import { startService, type RunningService, type ServiceCommand } from './service.js';
import type { Runtime, RuntimeId } from './toolchain.js';
import { writeWorkerdConfig, type WorkerBundle, type WranglerConfig } from './workerd.js';

/** What the global setup prepared, shared by every test file and the benchmark. */
export interface MatrixSetup {
  /** The recipes, installed from the packed tarballs. */
  app: string;
  runtimes: Runtime[];
  /** worker.ts and hono.ts bundled for workerd. */
  workers: { worker: WorkerBundle; hono: WorkerBundle };
  wrangler: WranglerConfig;
}

/** One way to run the service: a runtime and a recipe. */
export interface Target {
  /** e.g. `Node 22.23.5 · express.ts` */
  label: string;
  runtime: RuntimeId;
  /** The client the stripe package chose there (its X-Stripe-Client-User-Agent says which). */
  stripeHttpClient: 'node' | 'fetch';
  command(env: Record<string, string>): ServiceCommand;
}

/**
 * The last compatibility date without nodejs_compat (on by default from 2026-08-04): a Worker that
 * runs with it and no flags uses no Node API at all.
 */
export const WITHOUT_NODEJS_COMPAT = { compatibility_date: '2026-08-03', compatibility_flags: [] };

/** What deno.ts and hono.ts need on Deno: the network and the environment, nothing else. */
export const DENO_PERMISSIONS = ['--allow-net', '--allow-env'];

const LISTENING = /listening on port (\d+)/;

/** One of the installed runtimes. */
export function runtimeOf(setup: MatrixSetup, id: RuntimeId): Runtime {
  const found = setup.runtimes.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`runtime ${id} is not installed`);
  return found;
}

/** Every target of the matrix, in the order of the README's runtime table. */
export function matrixTargets(setup: MatrixSetup): Target[] {
  const runtime = (id: RuntimeId) => runtimeOf(setup, id);
  const target = (id: RuntimeId, recipe: string, how: Pick<Target, 'stripeHttpClient' | 'command'>): Target => ({
    label: `${runtime(id).label} · ${recipe}`,
    runtime: id,
    ...how,
  });
  const listening =
    (id: RuntimeId, args: string[], ready: RegExp = LISTENING) =>
    (env: Record<string, string>) => ({
      bin: runtime(id).bin,
      args,
      cwd: setup.app,
      env,
      ready,
    });
  const onNode = (id: RuntimeId) =>
    NODE_ENTRIES.map((entry) =>
      target(id, `${entry}.ts`, { stripeHttpClient: 'node', command: listening(id, [join('dist', `${entry}.js`)]) }),
    );
  const onDeno = (recipe: string, args: string[], ready?: RegExp) =>
    target('deno', recipe, { stripeHttpClient: 'fetch', command: listening('deno', args, ready) });
  const onWorkerd = (recipe: string, bundle: WorkerBundle, overrides?: Parameters<typeof workerdConfig>[3]) =>
    target('workerd', recipe, {
      stripeHttpClient: 'fetch',
      command: (env) => workerdCommand(setup, workerdConfig(setup, bundle, env, overrides)),
    });

  return [
    ...onNode('node'),
    ...onNode('node22'),
    ...onNode('node24'),
    target('bun', 'bun.ts', { stripeHttpClient: 'fetch', command: listening('bun', ['bun.ts']) }),
    onDeno('deno.ts', ['run', ...DENO_PERMISSIONS, 'deno.ts']),
    onDeno(
      'hono.ts',
      ['serve', ...DENO_PERMISSIONS, '--host', '127.0.0.1', '--port', '0', 'hono.ts'],
      /Listening on http:\/\/127\.0\.0\.1:(\d+)\//,
    ),
    onWorkerd('worker.ts', setup.workers.worker),
    onWorkerd(
      `worker.ts without nodejs_compat (date ${WITHOUT_NODEJS_COMPAT.compatibility_date}, no flags)`,
      setup.workers.worker,
      WITHOUT_NODEJS_COMPAT,
    ),
    onWorkerd('hono.ts', setup.workers.hono),
  ];
}

/** Starts a target on loopback against a Stripe fake, with the variables of the run on top (auth, origins). */
export function startTarget(
  target: Target,
  fake: { url: string; secretKey: string },
  vars: Record<string, string>,
): Promise<RunningService> {
  return startService(
    target.command({ HOST: '127.0.0.1', PORT: '0', STRIPE_SECRET_KEY: fake.secretKey, STRIPE_API_URL: fake.url, ...vars }),
  );
}

/** workerd serving a config, telling its port on the control descriptor. */
export function workerdCommand(setup: MatrixSetup, config: string): ServiceCommand {
  return {
    bin: runtimeOf(setup, 'workerd').bin,
    args: ['serve', config, '--control-fd', '3'],
    cwd: setup.app,
    env: {},
    ready: 'control-fd',
  };
}

/** A workerd config for one run: wrangler.jsonc's date, flags and vars, plus the run's variables (secrets, in production). */
export function workerdConfig(
  setup: MatrixSetup,
  bundle: WorkerBundle,
  env: Record<string, string>,
  overrides: Partial<Pick<WranglerConfig, 'compatibility_date' | 'compatibility_flags'>> = {},
): string {
  const { compatibility_date, compatibility_flags = [], vars = {} } = { ...setup.wrangler, ...overrides };
  return writeWorkerdConfig({
    bundle: bundle.file,
    compatibilityDate: compatibility_date,
    compatibilityFlags: compatibility_flags,
    bindings: { ...vars, ...env },
  });
}

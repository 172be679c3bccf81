// One cold start, in a fresh process: import an entry point and create what a platform creates
// with it, then print how long that took and the memory it holds. `<entry>@baseline` does the same
// with the build bench/baseline.js made of an earlier commit, for a comparison within one run.
import { existsSync } from 'node:fs';

const [target] = process.argv.slice(2);
const secretKey = 'sk_test_cold_start';
const authenticate = () => null;

/** Where each entry point's module is in the baseline build, today's layout first, then the one before `./node` existed. */
const BASELINE_FILES = {
  '.': ['index.js'],
  './node': ['node.js', 'index.js'],
  './fetch': ['fetch.js', 'adapters/fetch.js'],
  './express': ['express.js', 'adapters/express.js'],
};

/** This package's entry point, from the installed package or the baseline's build. */
function entry(name, baseline) {
  if (!baseline) return import(name === '.' ? '@open-express-dashboard/server' : `@open-express-dashboard/server/${name.slice(2)}`);
  const dist = new URL('../../node_modules/.cache/bench-baseline/dist/', import.meta.url);
  return import(BASELINE_FILES[name].map((path) => new URL(path, dist)).find((url) => existsSync(url)).href);
}

/** What a platform creates from each entry point. */
const CREATE = {
  '.': ({ createExpressDashboardRouter }, options) => createExpressDashboardRouter(options),
  './node': ({ createExpressDashboardNodeHandler }, options) => createExpressDashboardNodeHandler(options),
  './fetch': ({ createExpressDashboardFetchHandler }, options) => createExpressDashboardFetchHandler(options),
  './express': ({ createExpressDashboardMiddleware }, options) => createExpressDashboardMiddleware(options),
};

const TARGETS = {
  /** The baseline: the stripe SDK alone, which every contender imports anyway. */
  stripe: async () => {
    await import('stripe');
  },
  /** B's imports: the SDK and jose. */
  'stripe + jose': async () => {
    await import('stripe');
    await import('jose');
  },
};
for (const name of Object.keys(CREATE)) {
  for (const baseline of [false, true]) {
    TARGETS[baseline ? `${name}@baseline` : name] = async () => {
      const { default: Stripe } = await import('stripe');
      CREATE[name](await entry(name, baseline), { stripe: new Stripe(secretKey), authenticate });
    };
  }
}

const started = performance.now();
// `import:<specifier>`: one module alone, to see what each dependency costs.
await (target.startsWith('import:') ? import(target.slice('import:'.length)) : TARGETS[target]());
const ms = performance.now() - started;
const { rss, heapUsed } = process.memoryUsage();
process.stdout.write(JSON.stringify({ ms, sinceStart: performance.now(), rss, heapUsed }));

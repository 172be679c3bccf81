// One cold start, in a fresh process: import an entry point and create what a platform creates
// with it, then print how long that took and the memory it holds.
const [target] = process.argv.slice(2);
const secretKey = 'sk_test_cold_start';
const authenticate = () => null;

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
  '.': async () => {
    const { default: Stripe } = await import('stripe');
    const { createExpressDashboardRouter } = await import('@open-express-dashboard/server');
    createExpressDashboardRouter({ stripe: new Stripe(secretKey), authenticate });
  },
  './fetch': async () => {
    const { default: Stripe } = await import('stripe');
    const { createExpressDashboardFetchHandler } = await import('@open-express-dashboard/server/fetch');
    createExpressDashboardFetchHandler({ stripe: new Stripe(secretKey), authenticate });
  },
  './express': async () => {
    const { default: Stripe } = await import('stripe');
    const { createExpressDashboardMiddleware } = await import('@open-express-dashboard/server/express');
    createExpressDashboardMiddleware({ stripe: new Stripe(secretKey), authenticate });
  },
};

const started = performance.now();
// `import:<specifier>`: one module alone, to see what each dependency costs.
await (target.startsWith('import:') ? import(target.slice('import:'.length)) : TARGETS[target]());
const ms = performance.now() - started;
const { rss, heapUsed } = process.memoryUsage();
process.stdout.write(JSON.stringify({ ms, sinceStart: performance.now(), rss, heapUsed }));

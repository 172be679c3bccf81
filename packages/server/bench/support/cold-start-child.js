// One cold start, in a fresh process: import an entry point and create what a platform creates
// with it, then print how long that took and the memory it holds. `<entry>@baseline` does the same
// with the build bench/baseline.js made of an earlier commit, for a comparison within one run.
// `<entry> + link` goes on to answer the first link request (JWT authentication, the default
// logger, the Stripe fake at BENCH_STRIPE_URL): what is imported on first use is counted there.
import { existsSync } from 'node:fs';
import { request as httpRequest, createServer } from 'node:http';
import { ACCOUNT, JWT, LINK_PATH } from './fixtures.js';

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

const stripeUrl = process.env.BENCH_STRIPE_URL && new URL(process.env.BENCH_STRIPE_URL);
const token = process.env.BENCH_TOKEN;
const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
const stripeOptions = () => ({ host: stripeUrl.hostname, port: Number(stripeUrl.port), protocol: 'http' });

/** A login link's URL from an answer, or a clear failure: a cold start that did not answer is no figure. */
function linkUrl(answer) {
  const url = answer?.result?.data?.url ?? answer?.url;
  if (typeof url !== 'string') throw new Error(`no login link in ${JSON.stringify(answer)}`);
  return url;
}

/** POSTs the element's request to a Node request listener on a free port. */
async function askListener(listener) {
  const server = createServer(listener).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    return await new Promise((resolve, reject) => {
      const sent = httpRequest({ port: server.address().port, host: '127.0.0.1', method: 'POST', path: LINK_PATH, headers }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve(JSON.parse(body)));
      });
      sent.on('error', reject).end('{}');
    });
  } finally {
    server.close();
  }
}

/** How each entry answers its first link request. */
const FIRST_LINK = {
  '.': (router) => router.createCaller({ request: { headers: new Headers(headers) } }).expressDashboard.createLoginLink(),
  './node': (handler) => askListener(handler),
  './fetch': async (handler) =>
    (await handler(new Request(`http://localhost${LINK_PATH}`, { method: 'POST', headers, body: '{}' }))).json(),
};
for (const name of Object.keys(FIRST_LINK)) {
  for (const baseline of [false, true]) {
    TARGETS[`${name} + link${baseline ? '@baseline' : ''}`] = async () => {
      const { createJwtAuthenticator, createStripeClient } = await entry('.', baseline);
      const created = CREATE[name](await entry(name, baseline), {
        stripe: createStripeClient({ secretKey: process.env.BENCH_STRIPE_KEY, apiUrl: stripeUrl.origin }),
        authenticate: createJwtAuthenticator({ secret: JWT.secret, issuer: JWT.issuer, audience: JWT.audience }),
      });
      linkUrl(await FIRST_LINK[name](created));
    };
  }
}
/** The hand-written route's first link (B): the SDK, jose, one verified token, one Stripe call. */
TARGETS['B + link'] = async () => {
  const { default: Stripe } = await import('stripe');
  const { jwtVerify } = await import('jose');
  const key = new TextEncoder().encode(JWT.secret);
  const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], issuer: JWT.issuer, audience: JWT.audience });
  if (payload.stripe_account !== ACCOUNT) throw new Error('the token has no account');
  linkUrl(await new Stripe(process.env.BENCH_STRIPE_KEY, stripeOptions()).accounts.createLoginLink(ACCOUNT));
};

const started = performance.now();
// `import:<specifier>`: one module alone, to see what each dependency costs.
await (target.startsWith('import:') ? import(target.slice('import:'.length)) : TARGETS[target]());
const ms = performance.now() - started;
const { rss, heapUsed } = process.memoryUsage();
// On a line of its own: the service's default logger writes to stdout too.
process.stdout.write(`\n${JSON.stringify({ coldStart: true, ms, sinceStart: performance.now(), rss, heapUsed })}\n`);

// One contender in a process of its own, named on the command line, listening on a free loopback
// port. It answers the bench's questions over IPC: CPU time and memory (its own `process.cpuUsage`
// and `process.memoryUsage`), a full GC first when asked (`--expose-gc`), and exits on request
// (which writes a `--cpu-prof` profile).
import { createServer } from 'node:http';
import { jwtVerify } from 'jose';
import Stripe from 'stripe';
import { ACCOUNT, JWT, LINK_PATH } from './fixtures.js';

const [argument] = process.argv.slice(2);
// `C-node@baseline`: the same contender on the build bench/baseline.js made of an earlier commit.
const [name, build] = argument.split('@');
const ENTRIES = { '.': 'index.js', './fetch': 'adapters/fetch.js', './express': 'adapters/express.js' };
/** This package's entry point `entry`, from the working tree's build or the baseline's. */
function server(entry) {
  if (build === 'baseline') return import(new URL(`../../node_modules/.cache/bench-baseline/dist/${ENTRIES[entry]}`, import.meta.url).href);
  return import(entry === '.' ? '@open-express-dashboard/server' : `@open-express-dashboard/server/${entry.slice(2)}`);
}
const stripeUrl = new URL(process.env.BENCH_STRIPE_URL);
const secretKey = process.env.BENCH_STRIPE_KEY;

async function readBody(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

/** The route a platform writes by hand: read the body, authenticate, ask Stripe, answer. */
function handWritten(authenticate) {
  const stripe = new Stripe(secretKey, { host: stripeUrl.hostname, port: Number(stripeUrl.port), protocol: 'http' });
  return async (req, res) => {
    try {
      if (req.method !== 'POST' || req.url !== LINK_PATH) return send(res, 404, { error: 'not found' });
      JSON.parse((await readBody(req)) || '{}');
      const account = await authenticate(req);
      if (!account) return send(res, 401, { error: 'unauthenticated' });
      const { url } = await stripe.accounts.createLoginLink(account);
      send(res, 200, { result: { data: { url, kind: 'express_dashboard' } } });
    } catch {
      send(res, 500, { error: 'failed' });
    }
  };
}

/** B's authentication: jose's `jwtVerify`, HS256, issuer and audience checked. */
function joseBearer() {
  const key = new TextEncoder().encode(JWT.secret);
  const options = { algorithms: ['HS256'], issuer: JWT.issuer, audience: JWT.audience };
  return async (req) => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token) return undefined;
    try {
      const { payload } = await jwtVerify(token, key, options);
      return typeof payload.stripe_account === 'string' ? payload.stripe_account : undefined;
    } catch {
      return undefined;
    }
  };
}

/** The service as apps/server configures it: same token scheme, default logging (JSON on stdout), rate limit raised. */
async function serviceOptions() {
  const { createJwtAuthenticator, createStripeClient } = await server('.');
  return {
    stripe: createStripeClient({ secretKey, apiUrl: stripeUrl.origin }),
    authenticate: createJwtAuthenticator({ secret: JWT.secret, issuer: JWT.issuer, audience: JWT.audience }),
    // One seller sends every request of the run.
    rateLimit: { points: 1_000_000_000 },
  };
}

const CONTENDERS = {
  A: () => handWritten(() => Promise.resolve(ACCOUNT)),
  B: () => handWritten(joseBearer()),
  'C-node': async () => {
    const { createExpressDashboardNodeHandler } = await server('.');
    return createExpressDashboardNodeHandler(await serviceOptions());
  },
  'C-fetch': async () => {
    const { createExpressDashboardFetchHandler } = await server('./fetch');
    const { getRequestListener } = await import('@hono/node-server');
    return getRequestListener(createExpressDashboardFetchHandler(await serviceOptions()));
  },
  'C-express': async () => {
    const { createExpressDashboardMiddleware } = await server('./express');
    const { default: express } = await import('express');
    const app = express();
    app.use('/trpc', createExpressDashboardMiddleware(await serviceOptions()));
    return app;
  },
};
// A second copy of B: the control, which shows how much two equal contenders differ in one run.
CONTENDERS['B-control'] = CONTENDERS.B;

// Ablations, for the profile's account (not in the default runs): what the logs cost, and what
// the router costs without tRPC's HTTP adapter (a hand-written node:http route calling it through
// `createCaller`: the floor an adapter rewrite could reach; errors are not answered in tRPC's shape).
CONTENDERS['C-node-nolog'] = async () => {
  const { createExpressDashboardNodeHandler } = await server('.');
  return createExpressDashboardNodeHandler({ ...(await serviceOptions()), logger: false });
};
CONTENDERS['C-caller'] = async () => {
  const { createExpressDashboardRouter, toFetchHeaders } = await server('.');
  const router = createExpressDashboardRouter(await serviceOptions());
  return async (req, res) => {
    try {
      const input = JSON.parse((await readBody(req)) || 'null') ?? undefined;
      const caller = router.createCaller({ request: { headers: toFetchHeaders(req.headers) } });
      send(res, 200, { result: { data: await caller.expressDashboard.createLoginLink(input) } });
    } catch {
      send(res, 500, { error: 'failed' });
    }
  };
};

const contender = CONTENDERS[name];
if (!contender) throw new Error(`unknown contender ${name}; one of ${Object.keys(CONTENDERS).join(', ')}`);
const listening = createServer(await contender());
// Requests handled to the end (answered, or their connection closed), and those still running: the
// load generator stops counting when its run ends, the contender does not stop working then.
let started = 0;
let handled = 0;
listening.on('request', (_req, res) => {
  started += 1;
  res.once('close', () => (handled += 1));
});
listening.listen(0, '127.0.0.1', () => process.send({ ready: true, port: listening.address().port }));

process.on('message', ({ id, type }) => {
  if (type === 'exit') return process.exit(0);
  if (type === 'gc') globalThis.gc?.();
  process.send({
    id,
    cpu: process.cpuUsage(),
    memory: process.memoryUsage(),
    hrtime: String(process.hrtime.bigint()),
    handled,
    running: started - handled,
  });
});
process.on('disconnect', () => process.exit(0));

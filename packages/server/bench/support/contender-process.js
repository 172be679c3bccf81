// One contender in a process of its own, named on the command line, listening on a free loopback
// port. It answers the bench's questions over IPC: CPU time and memory (its own `process.cpuUsage`
// and `process.memoryUsage`), a full GC first when asked (`--expose-gc`), and exits on request
// (which writes a `--cpu-prof` profile).
import { createServer } from 'node:http';
import { jwtVerify } from 'jose';
import Stripe from 'stripe';
import { ACCOUNT, JWT, LINK_PATH } from './fixtures.js';

const [name] = process.argv.slice(2);
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
  const { createJwtAuthenticator, createStripeClient } = await import('@open-express-dashboard/server');
  return {
    stripe: createStripeClient({ secretKey, apiUrl: stripeUrl.origin }),
    authenticate: createJwtAuthenticator({ secret: JWT.secret, issuer: JWT.issuer, audience: JWT.audience }),
    // One seller sends every request of the run.
    rateLimit: { points: 1_000_000_000 },
  };
}

const CONTENDERS = {
  A: async () => handWritten(async () => ACCOUNT),
  B: async () => handWritten(joseBearer()),
  'C-node': async () => {
    const { createExpressDashboardNodeHandler } = await import('@open-express-dashboard/server');
    return createExpressDashboardNodeHandler(await serviceOptions());
  },
  'C-fetch': async () => {
    const { createExpressDashboardFetchHandler } = await import('@open-express-dashboard/server/fetch');
    const { getRequestListener } = await import('@hono/node-server');
    return getRequestListener(createExpressDashboardFetchHandler(await serviceOptions()));
  },
  'C-express': async () => {
    const { createExpressDashboardMiddleware } = await import('@open-express-dashboard/server/express');
    const { default: express } = await import('express');
    const app = express();
    app.use('/trpc', createExpressDashboardMiddleware(await serviceOptions()));
    return app;
  },
};
// A second copy of B: the control, which shows how much two equal contenders differ in one run.
CONTENDERS['B-control'] = CONTENDERS.B;

const build = CONTENDERS[name];
if (!build) throw new Error(`unknown contender ${name}; one of ${Object.keys(CONTENDERS).join(', ')}`);
const server = createServer(await build());
server.listen(0, '127.0.0.1', () => process.send({ ready: true, port: server.address().port }));

process.on('message', ({ id, type }) => {
  if (type === 'exit') return process.exit(0);
  if (type === 'gc') globalThis.gc?.();
  process.send({ id, cpu: process.cpuUsage(), memory: process.memoryUsage(), hrtime: String(process.hrtime.bigint()) });
});
process.on('disconnect', () => process.exit(0));

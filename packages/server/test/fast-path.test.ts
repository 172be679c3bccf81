import { request as httpRequest, type RequestListener } from 'node:http';
import type { StripeFake, StripeFakeFault } from '@open-express-dashboard/testing/stripe-fake';
import { getRequestListener } from '@hono/node-server';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import express from 'express';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServingCore } from '../src/adapters/core.js';
import type { FastPath } from '../src/adapters/fast-path.js';
import { serveFetch } from '../src/adapters/fetch-handler.js';
import { nodeContext, screenNodeRequest, serveScreened } from '../src/adapters/node-request.js';
import { parseRequestTarget } from '../src/http/target.js';
import { createExpressDashboardFetchHandler } from '../src/fetch.js';
import { ExpressDashboardError, type Authenticate, type LoginLinkEvent, type ServeOptions } from '../src/index.js';
import { createExpressDashboardNodeHandler } from '../src/node.js';
import { createExpressDashboardMiddleware } from '../src/adapters/express.js';
import { accounts, listen, silent, startSeededFake, stripeFor, type Listening } from './support.js';

// The differential test of the fast path (src/adapters/fast-path.ts): every request is sent to the
// adapter as shipped and to the same adapter with tRPC's own HTTP adapter in place of the fast path
// (the same gate in front of it), and the answers must be the same bytes: status, body, and every
// header but the date and the framing (Content-Length there, chunked here). The corpus covers every
// reason the procedure answers, each kind of link, bad and empty JSON, what the gate refuses (so
// the line between the two paths is crossed both ways), slow bodies and a client that leaves;
// fast-check adds bodies and headers of its own.

let fake: StripeFake;
beforeAll(async () => {
  fake = await startSeededFake();
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

const ALLOWED = 'https://shop.example';
const RATE_POINTS = 3;

/** `Bearer <kind>.<anything>`: who the caller is follows from the kind; the rest makes a user of its own (rate limits). */
const authenticate: Authenticate = ({ headers }) => {
  const token = /^Bearer (\S+)$/.exec(headers.get('authorization') ?? '')?.[1];
  if (!token) return null;
  const kind = token.split('.')[0];
  const caller = (accountIds: string[]) => ({ userId: token, accountIds });
  switch (kind) {
    case 'express':
      return caller([accounts.express, accounts.secondExpress]);
    case 'onboarding':
      return caller([accounts.onboarding]);
    case 'full':
      return caller([accounts.full]);
    case 'none':
      return caller([accounts.none]);
    case 'gone':
      return caller([accounts.disconnected]);
    case 'empty':
      return caller([]);
    case 'broken':
      return { userId: 7 } as never;
    case 'down':
      throw new ExpressDashboardError('INTERNAL', { cause: new Error('the session store is down') });
    case 'throws':
      throw new Error('not a session');
    default:
      return null;
  }
};

type Serve = (options: ServeOptions) => RequestListener;

/** The adapters' serving step with the fast path turned off: every request goes to tRPC's adapter. */
const NO_FAST_PATH: FastPath = {
  takes: () => false,
  answer: () => Promise.reject(new Error('never called')),
};

/** tRPC's Node adapter behind the same gate: what the Node handler did before the fast path. */
const trpcNodeHandler: Serve = (options) => {
  const { gate, trpc } = createServingCore(options, { mount: '/trpc/' });
  const handler = createHTTPHandler({ ...trpc, basePath: '/trpc/', createContext: nodeContext });
  return (req, res) =>
    void screenNodeRequest(gate, req, res, parseRequestTarget(req.url)).then(
      (screened) => screened && serveScreened(NO_FAST_PATH, req, res, screened, () => handler(req, res)),
    );
};

/** tRPC's Express adapter behind the same gate: what the Express middleware did before the fast path. */
const trpcExpressMiddleware: Serve = (options) => {
  const { gate, trpc } = createServingCore(options);
  const middleware = createExpressMiddleware({ ...trpc, createContext: nodeContext });
  const app = express();
  app.use(
    '/trpc',
    (req, res, next) =>
      void screenNodeRequest(gate, req, res, parseRequestTarget(req.url)).then(
        (screened) => screened && serveScreened(NO_FAST_PATH, req, res, screened, () => middleware(req, res, next)),
      ),
  );
  return app;
};

/** tRPC's Fetch adapter behind the same gate (served by @hono/node-server, as Hono on Node does). */
const trpcFetchHandler: Serve = (options) =>
  getRequestListener(serveFetch({ ...createServingCore(options, { mount: '/trpc/' }), fastPath: NO_FAST_PATH }, '/trpc', '/trpc/'));

const fetchHandler: Serve = (options) => getRequestListener(createExpressDashboardFetchHandler(options));

const expressApp: Serve = (options) => {
  const app = express();
  app.use('/trpc', createExpressDashboardMiddleware(options));
  return app;
};

interface Exchange {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  /** The body, in chunks sent apart (chunked) when there are several, with `pauseMs` between them. */
  chunks?: string[];
  pauseMs?: number;
}

interface Answer {
  status: number;
  headers: string[];
  body: string;
}

/** Headers that differ by design (the date) or by framing (one write with a length, or chunks). */
const FRAMING = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

/** One exchange over a fresh connection, the answer as compared: raw header lines sorted, login URLs' tokens masked. */
function exchange(
  url: string,
  { method = 'POST', path = '/trpc/expressDashboard.createLoginLink', headers = {}, chunks = [], pauseMs = 0 }: Exchange,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const length = chunks.length === 1 ? { 'content-length': String(Buffer.byteLength(chunks[0] ?? '')) } : {};
    const req = httpRequest(`${url}${path}`, { method, headers: { ...length, ...headers }, agent: false }, (res) => {
      const body: Buffer[] = [];
      res.on('data', (chunk: Buffer) => body.push(chunk));
      res.on('end', () => {
        const lines: string[] = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          const name = (res.rawHeaders[i] ?? '').toLowerCase();
          if (!FRAMING.has(name)) lines.push(`${name}: ${res.rawHeaders[i + 1] ?? ''}`);
        }
        // A link is made afresh for each call: only its token differs.
        const text = Buffer.concat(body)
          .toString('utf8')
          .replace(/(\/acct_[A-Za-z0-9]+\/)[A-Za-z0-9_]+/g, '$1<token>');
        resolve({ status: res.statusCode ?? 0, headers: lines.sort(), body: text });
      });
    });
    req.on('error', reject);
    void (async () => {
      for (const [index, chunk] of chunks.entries()) {
        if (index > 0 && pauseMs > 0) await new Promise((wait) => setTimeout(wait, pauseMs));
        req.write(chunk);
      }
      req.end();
    })();
  });
}

interface Case extends Exchange {
  name: string;
  /** A fault the Stripe fake plays, armed afresh before each of the two requests. */
  fault?: StripeFakeFault;
  /** Requests sent (to each) before the one compared, e.g. to use the rate limit up. */
  before?: number;
}

const json = { 'content-type': 'application/json' };
const as = (token: string) => ({ ...json, authorization: `Bearer ${token}` });
let users = 0;
const own = (kind: string) => `${kind}.${(users += 1)}`;

/** The corpus: every reason, every kind of link, malformed bodies, and what the gate refuses. */
const corpus = (): Case[] => [
  { name: 'a login link', headers: as(own('express')), chunks: ['{}'] },
  { name: 'a login link, no body', headers: as(own('express')) },
  { name: 'a login link for the second account', headers: as(own('express')), chunks: [`{"accountId":"${accounts.secondExpress}"}`] },
  { name: 'an onboarding link', headers: as(own('onboarding')), chunks: ['{}'] },
  { name: 'the full dashboard', headers: as(own('full')), chunks: ['{}'] },
  { name: 'an allowed origin, with credentials', headers: { ...as(own('express')), origin: ALLOWED }, chunks: ['{}'] },
  { name: 'UNAUTHENTICATED: no token', headers: json, chunks: ['{}'] },
  { name: 'UNAUTHENTICATED: authenticate threw', headers: as(own('throws')), chunks: ['{}'] },
  { name: 'INVALID_INPUT: not an account id', headers: as(own('express')), chunks: ['{"accountId":"acct_<script>"}'] },
  { name: 'INVALID_INPUT: a number', headers: as(own('express')), chunks: ['{"accountId":7}'] },
  { name: 'INVALID_INPUT: not JSON', headers: as(own('express')), chunks: ['{"accountId":'] },
  { name: 'INVALID_INPUT: JSON null', headers: as(own('express')), chunks: ['null'] },
  { name: 'INVALID_INPUT: an array', headers: as(own('express')), chunks: ['[1,2]'] },
  { name: 'INVALID_INPUT: a GET of the mutation', method: 'GET', headers: as(own('express')) },
  { name: 'ACCOUNT_NOT_OWNED', headers: as(own('express')), chunks: [`{"accountId":"${accounts.onboarding}"}`] },
  { name: 'NO_CONNECTED_ACCOUNT: none', headers: as(own('empty')), chunks: ['{}'] },
  { name: 'NO_CONNECTED_ACCOUNT: disconnected', headers: as(own('gone')), chunks: ['{}'] },
  { name: 'NOT_EXPRESS_DASHBOARD', headers: as(own('none')), chunks: ['{}'] },
  { name: 'RATE_LIMITED, with Retry-After', headers: as(own('express')), chunks: ['{}'], before: RATE_POINTS },
  { name: 'STRIPE_UNAVAILABLE', headers: as(own('express')), chunks: ['{}'], fault: { kind: 'server_error', status: 503 } },
  {
    name: 'MISCONFIGURED: Stripe refuses the key',
    headers: as(own('express')),
    chunks: ['{}'],
    fault: { kind: 'server_error', status: 401 },
  },
  { name: 'MISCONFIGURED: authenticate returned junk', headers: as(own('broken')), chunks: ['{}'] },
  { name: 'INTERNAL: authenticate chose it', headers: as(own('down')), chunks: ['{}'] },
  {
    name: 'INTERNAL: Stripe says what nothing expects',
    headers: as(own('express')),
    chunks: ['{}'],
    fault: { kind: 'server_error', status: 403 },
  },
  { name: 'a slow body, chunked', headers: as(own('express')), chunks: ['{"accou', `ntId":"${accounts.express}"}`], pauseMs: 150 },
  {
    name: 'a JSON type in other spellings',
    headers: { ...as(own('express')), 'content-type': 'Application/JSON; charset=utf-8' },
    chunks: ['{}'],
  },
  {
    name: 'streaming asked for (tRPC refuses it unbatched)',
    headers: { ...as(own('express')), 'trpc-accept': 'application/jsonl' },
    chunks: ['{}'],
  },
  { name: 'a query (ignored by tRPC)', path: '/trpc/expressDashboard.createLoginLink?x=1', headers: as(own('express')), chunks: ['{}'] },
  { name: 'a trailing slash', path: '/trpc/expressDashboard.createLoginLink/', headers: as(own('express')), chunks: ['{}'] },
  { name: 'PROCEDURE_NOT_FOUND', path: '/trpc/expressDashboard.createLoginLnk', headers: as(own('express')), chunks: ['{}'] },
  { name: 'ORIGIN_NOT_ALLOWED', headers: { ...as(own('express')), origin: 'https://evil.example' }, chunks: ['{}'] },
  { name: 'UNSUPPORTED_CONTENT_TYPE', headers: { ...as(own('express')), 'content-type': 'text/plain' }, chunks: ['{}'] },
  { name: 'REQUEST_TOO_LARGE', headers: as(own('express')), chunks: [`{"pad":"${'x'.repeat(600)}"}`] },
  { name: 'REQUEST_TOO_LARGE, chunked', headers: as(own('express')), chunks: [`{"pad":"${'x'.repeat(300)}`, `${'x'.repeat(300)}"}`] },
  { name: 'a batch', path: '/trpc/expressDashboard.createLoginLink?batch=1', headers: as(own('express')), chunks: ['{"0":{}}'] },
];

/** Sends `request` to both, in turn (the Stripe fake's fault armed before each), and returns both answers. */
async function both(fast: Listening, plain: Listening, { fault, before = 0, ...request }: Case): Promise<[Answer, Answer]> {
  const send = async (served: Listening) => {
    for (let i = 0; i < before; i += 1) await exchange(served.url, request);
    if (fault) fake.injectFault(fault, { times: 1 });
    return exchange(served.url, request);
  };
  return [await send(fast), await send(plain)];
}

describe.each([
  // The last column: whether the adapter notices a caller that left. The Fetch one does not read
  // `request.signal` (Deno warns when it is read), so it cannot.
  ['Node handler', (options: ServeOptions) => createExpressDashboardNodeHandler(options), trpcNodeHandler, true],
  ['Express middleware', expressApp, trpcExpressMiddleware, true],
  ['Fetch handler', fetchHandler, trpcFetchHandler, false],
])('%s: the fast path answers as tRPC does', (_name, shipped, reference, noticesLeaving) => {
  const events: Record<'fast' | 'plain', LoginLinkEvent[]> = { fast: [], plain: [] };
  let fast: Listening;
  let plain: Listening;
  const options = (collect: LoginLinkEvent[]): ServeOptions => ({
    stripe: stripeFor(fake),
    authenticate,
    allowedOrigins: [ALLOWED],
    maxBodyBytes: 512,
    rateLimit: { points: RATE_POINTS, durationSeconds: 60 },
    onboarding: { refreshUrl: 'https://platform.example/payouts/setup', returnUrl: 'https://platform.example/payouts' },
    fullDashboardUrl: 'https://dashboard.stripe.com/',
    logger: silent,
    onEvent: (event) => void collect.push(event),
  });

  beforeAll(async () => {
    fast = await listen(shipped(options(events.fast)));
    plain = await listen(reference(options(events.plain)));
  });
  afterAll(async () => {
    await fast.close();
    await plain.close();
  });

  it.each(corpus())('$name', async (request) => {
    const [fromFast, fromPlain] = await both(fast, plain, request);
    expect(fromFast).toEqual(fromPlain);
  });

  it('reports the same events, and the same Stripe requests, for the whole corpus', () => {
    const comparable = ({ time: _time, latencyMs: _latency, ...rest }: LoginLinkEvent) => rest;
    expect(events.fast.map(comparable)).toEqual(events.plain.map(comparable));
    expect(events.fast.length).toBeGreaterThan(20);
  });

  it('reports a client that left while Stripe was slow as tRPC does (callerGone where the adapter can tell)', async () => {
    for (const served of [fast, plain]) {
      fake.injectFault({ kind: 'delay', ms: 600 }, { times: 1 });
      const leaving = new AbortController();
      const call = fetch(`${served.url}/trpc/expressDashboard.createLoginLink`, {
        method: 'POST',
        headers: as(own('express')),
        body: '{}',
        signal: leaving.signal,
      }).catch(() => 'left');
      const requested = fake.requests.length;
      while (fake.requests.length === requested) await new Promise((wait) => setTimeout(wait, 10));
      leaving.abort();
      expect(await call).toBe('left');
    }
    const last = async (collected: LoginLinkEvent[]) => {
      const count = collected.length;
      while (collected.length === count) await new Promise((wait) => setTimeout(wait, 20));
      return collected.at(-1);
    };
    const [fromFast, fromPlain] = await Promise.all([last(events.fast), last(events.plain)]);
    expect(fromFast).toMatchObject({ outcome: 'created', callerGone: noticesLeaving });
    expect(fromPlain).toMatchObject({ outcome: 'created', callerGone: noticesLeaving });
  });

  it('answers any body and headers as tRPC does (fast-check)', async () => {
    const account = fc.constantFrom(accounts.express, accounts.secondExpress, accounts.onboarding, 'acct_', 'acct_1x', '');
    const body = fc.oneof(
      fc.json(),
      fc.string({ maxLength: 40 }),
      account.map((id) => JSON.stringify({ accountId: id })),
      fc.record({ accountId: fc.oneof(account, fc.jsonValue()) }, { requiredKeys: [] }).map((value) => JSON.stringify(value)),
    );
    const headers = fc.record(
      {
        accept: fc.constantFrom('*/*', 'application/json', 'application/jsonl', 'text/event-stream, application/jsonl'),
        'content-type': fc.constantFrom('application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON'),
        'x-trpc-source': fc.string({ maxLength: 10 }).filter((value) => /^[\w-]*$/.test(value)),
      },
      { requiredKeys: ['content-type'] },
    );
    const kind = fc.constantFrom('express', 'onboarding', 'full', 'none', 'empty', 'anonymous');
    await fc.assert(
      fc.asyncProperty(body, headers, kind, async (text, extra, who) => {
        const request: Case = { name: 'generated', headers: { ...extra, authorization: `Bearer ${own(who)}` }, chunks: [text] };
        const [fromFast, fromPlain] = await both(fast, plain, request);
        expect(fromFast).toEqual(fromPlain);
      }),
      { numRuns: 120, seed: 20261203 },
    );
  }, 120_000);
});

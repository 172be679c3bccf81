import { appendFileSync } from 'node:fs';
import fc from 'fast-check';
import { rawExchange } from './http.js';

/**
 * How big the adversarial suites run: `ci` (the default, what `npm test` runs: a few thousand
 * seeded cases) or `full` (`npm run test:stress`, `ADVERSARIAL_SCALE=full`).
 */
export const SCALE = process.env.ADVERSARIAL_SCALE === 'full' ? 'full' : 'ci';
/** One seed for every suite, so a failure found in CI is replayed exactly; set `ADVERSARIAL_SEED` to explore. */
export const SEED = Number(process.env.ADVERSARIAL_SEED ?? 20261202);

/**
 * @param {number} ci
 * @param {number} full
 */
export function runs(ci, full) {
  return SCALE === 'full' ? full : ci;
}

/** A token shaped like a JWT, marked so a test can search every output stream for it. */
export const SECRET_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmdXp6U2VjcmV0TWFya2VyIn0.ZnV6elNlY3JldFNpZ25hdHVyZU1hcmtlcjAwMDAwMDAwMA';
/** The parts of {@link SECRET_TOKEN} that must never appear in a log or an answer. */
export const SECRET_MARKERS = [SECRET_TOKEN, SECRET_TOKEN.split('.')[2] ?? SECRET_TOKEN];

/** Request targets that once ended a process (`new URL(req.url, base)` throws on them), and their kin. */
export const HOSTILE_TARGETS = [
  '//',
  '///',
  '//x:99999/',
  '//x:1a/',
  'http://[/',
  '//a^b/',
  '*',
  '/\\\\x',
  '//[::1/',
  'http://x:99999/trpc/expressDashboard.createLoginLink',
  'https://[::1]:0/trpc/expressDashboard.createLoginLink',
  `//${SECRET_TOKEN}/`,
  `http://[${SECRET_TOKEN}/`,
  '/trpc/expressDashboard.createLoginLink#?batch=1',
  '/trpc/expressDashboard.createLoginLink?batch=1#x',
  '/trpc/%2e%2e/%2e%2e/healthz',
  '/trpc/../healthz',
  '/%',
  '/%zz',
  '/trpc/%F0%9F%92%A9',
  // A URL with credentials, which a Fetch Request refuses to carry (tRPC's adapters build one).
  'https://user:pass@h/trpc/expressDashboard.createLoginLink',
  "/trpc/\\*[@'~",
  '/\\a@b/trpc/expressDashboard.createLoginLink',
];

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'TRACE', 'post', 'PROPFIND', 'M-SEARCH', 'CONNECT'];

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'application/json ; charset=latin1',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  'application/x-www-form-urlencoded',
  'text/plain',
  'application/jsonl',
  'application/json-patch+json',
  '',
  ';',
  'application/json, text/plain',
];

/** Characters that make URL parsers and routers disagree. */
const TARGET_UNIT = fc.constantFrom(..."/?#%:@[]^\\.,;=&+ab01~!$'()*é💩\t".split(''), '%2e', '%2F', '%00', '..', 'batch=1', 'trpc');

/** @param {string[]} paths */
function targetArbitrary(paths) {
  const path = fc.constantFrom(...paths);
  const noise = fc.array(TARGET_UNIT, { maxLength: 24 }).map((units) => units.join(''));
  const procedures = fc.array(fc.constantFrom('expressDashboard.createLoginLink', 'x', 'a.b.c', '', '__proto__', 'constructor'), {
    minLength: 1,
    maxLength: 60,
  });
  return fc.oneof(
    // The first path is the one that matters (the procedure): most requests go there.
    { weight: 6, arbitrary: fc.constant(paths[0] ?? '/') },
    { weight: 2, arbitrary: path },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TARGETS) },
    { weight: 3, arbitrary: fc.tuple(path, noise).map(([base, tail]) => base + tail) },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.constantFrom('/', '//', 'http://', 'http://h', 'https://h:1', '/trpc/'), noise).map((p) => p.join('')),
    },
    // Batches: many procedures in one request, the 7,000-call kind scaled down.
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          procedures,
          fc.constantFrom('?batch=1', '?batch=1&input=%7B%7D', '?BATCH=1', '?batch=true', '?%62atch=1', '?batch=1&batch=0'),
        )
        .map(([calls, query]) => `/trpc/${calls.join(',')}${query}`),
    },
  );
}

/** @param {{ tokens: string[]; origins: string[] }} options */
function headersArbitrary({ tokens, origins }) {
  const token = fc.constantFrom(...tokens, SECRET_TOKEN, 'not-a-token', '', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.');
  // Mostly printable; now and then bytes Node's parser refuses (it answers 400 itself).
  const value = fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 40 }).map((text) => text.replace(/[\r\n]/g, '')) },
  );
  const header = fc.oneof(
    fc.tuple(fc.constant('content-type'), fc.constantFrom(...CONTENT_TYPES)),
    fc.tuple(
      fc.constant('authorization'),
      token.map((t) => `Bearer ${t}`),
    ),
    fc.tuple(fc.constant('authorization'), value),
    fc.tuple(
      fc.constant('cookie'),
      token.map((t) => `session=${t}; other=1`),
    ),
    fc.tuple(fc.constant('origin'), fc.constantFrom(...origins, 'null', 'https://evil.example', 'http://[', '*', 'file://')),
    fc.tuple(fc.constant('access-control-request-method'), fc.constantFrom('POST', 'GET', 'DELETE')),
    fc.tuple(fc.constantFrom('trpc-accept', 'accept'), fc.constantFrom('application/jsonl', 'text/event-stream', '*/*')),
    fc.tuple(fc.constantFrom('x-forwarded-proto', 'x-trpc-source', 'expect', 'transfer-encoding', 'range'), value),
    fc.tuple(fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/), value),
  );
  // Most requests look like the element's (JSON, a token), so that the fuzzing reaches the procedure.
  const plausible = fc.tuple(
    fc.option(fc.constantFrom('application/json', 'application/json; charset=utf-8'), { freq: 3, nil: undefined }),
    fc.option(fc.constantFrom(...tokens), { freq: 2, nil: undefined }),
  );
  return fc.tuple(plausible, fc.array(header, { maxLength: 6 })).map(([[type, token], extra]) => {
    /** @type {[string, string][]} */
    const base = [];
    if (type) base.push(['content-type', type]);
    if (token) base.push(['authorization', `Bearer ${token}`]);
    return [...base, ...extra];
  });
}

/** @param {{ accountIds: string[]; maxBodyBytes: number }} options */
function bodyArbitrary({ accountIds, maxBodyBytes }) {
  const encoder = new TextEncoder();
  const json = (/** @type {unknown} */ value) => encoder.encode(JSON.stringify(value));
  const accountId = fc.constantFrom(...accountIds, 'acct_1NotOwned000000001', 'acct_', 'acct_<script>', '');
  return fc.oneof(
    fc.constant(new Uint8Array()),
    fc.constant(json({})),
    accountId.map((id) => json({ accountId: id })),
    accountId.map((id) => json({ 0: { accountId: id }, 1: {} })),
    fc.jsonValue({ maxDepth: 4 }).map(json),
    fc.uint8Array({ maxLength: 256 }),
    fc.string({ maxLength: 200 }).map((text) => encoder.encode(text)),
    fc.integer({ min: 1, max: 4 }).map((factor) => json({ pad: 'x'.repeat(maxBodyBytes * factor) })),
    fc.integer({ min: 100, max: 3_000 }).map((depth) => encoder.encode('['.repeat(depth) + ']'.repeat(depth))),
    fc.constant(encoder.encode('--x\r\ncontent-disposition: form-data; name="accountId"\r\n\r\nacct_1\r\n--x--\r\n')),
  );
}

/**
 * Requests as a hostile client sends them: odd methods, targets, headers, content types, bodies and
 * batches. Framing stays honest (a correct length, or chunks): a body that never ends is the
 * slow-client tests' business, not a fuzzer's.
 * @param {import('./fuzz.d.ts').RequestArbitraryOptions} options
 */
export function hostileRequest(options) {
  return fc.record({
    method: fc.oneof({ weight: 3, arbitrary: fc.constant('POST') }, { weight: 2, arbitrary: fc.constantFrom(...METHODS) }),
    target: targetArbitrary(options.paths),
    headers: headersArbitrary(options),
    body: bodyArbitrary(options),
    chunked: fc.boolean(),
  });
}

/**
 * The bytes of a request; always `Connection: close`, so each case has its own connection.
 * @param {import('./fuzz.d.ts').HostileRequest} request
 * @param {string} host
 */
export function requestBytes(request, host) {
  const head = [`${request.method} ${request.target} HTTP/1.1`, `host: ${host}`, 'connection: close'];
  for (const [name, value] of request.headers) {
    // Framing is the harness's: see hostileRequest.
    if (name === 'transfer-encoding' || name === 'content-length' || name === 'connection' || name === 'host') continue;
    head.push(`${name}: ${value}`);
  }
  const { body } = request;
  if (request.chunked) head.push('transfer-encoding: chunked');
  else if (body.length > 0 || request.method !== 'GET') head.push(`content-length: ${body.length}`);
  const start = Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1');
  if (!request.chunked) return Buffer.concat([start, body]);
  const chunks = body.length > 0 ? [Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n')] : [];
  return Buffer.concat([start, ...chunks, Buffer.from('0\r\n\r\n')]);
}

/** Counts what a suite did and found, and prints it (the figures the "Done means" asks for). */
export class Tally {
  /** @param {string} name */
  constructor(name) {
    this.name = name;
    this.cases = 0;
    this.serverErrors = 0;
    this.hostServerErrors = 0;
    this.unanswered = 0;
    this.crashes = 0;
    this.slowestMs = 0;
    /** @type {Record<string, number>} */
    this.statuses = {};
    /** @type {string | undefined} */
    this.slowestCase = undefined;
  }

  /**
   * @param {import('./http.d.ts').RawAnswer} answer
   * @param {string} description
   * @param {boolean} [closeExpected] a closed connection is the right answer (a CONNECT nobody serves)
   * @param {boolean} [hostFailure] a 5xx from the host around the handler, not from it
   */
  record(answer, description, closeExpected = false, hostFailure = false) {
    this.cases += 1;
    const status = answer.status === undefined ? (closeExpected ? 'closed' : 'none') : String(answer.status);
    this.statuses[status] = (this.statuses[status] ?? 0) + 1;
    if (hostFailure) this.hostServerErrors += 1;
    else if (answer.status !== undefined && answer.status >= 500) this.serverErrors += 1;
    if (answer.error && !closeExpected) this.unanswered += 1;
    if (answer.ms > this.slowestMs) {
      this.slowestMs = answer.ms;
      this.slowestCase = description;
    }
  }

  summary() {
    return {
      suite: this.name,
      scale: SCALE,
      seed: SEED,
      cases: this.cases,
      serverErrors: this.serverErrors,
      ...(this.hostServerErrors ? { hostServerErrors: this.hostServerErrors } : {}),
      unanswered: this.unanswered,
      crashes: this.crashes,
      slowestMs: Math.round(this.slowestMs),
      statuses: this.statuses,
    };
  }

  /** Prints the figures (and appends them to `ADVERSARIAL_REPORT`, a JSON-lines file, when set). */
  print() {
    const line = JSON.stringify(this.summary());
    process.stdout.write(`[adversarial] ${line}\n`);
    if (process.env.ADVERSARIAL_REPORT) appendFileSync(process.env.ADVERSARIAL_REPORT, `${line}\n`);
  }
}

/**
 * A short, printable description of a request (for the slowest case and failure messages).
 * @param {import('./fuzz.d.ts').HostileRequest} request
 */
export function describeRequest(request) {
  const headers = request.headers.map(([name, value]) => `${name}: ${value.slice(0, 40)}`).join(' | ');
  return `${request.method} ${JSON.stringify(request.target.slice(0, 120))} [${headers}] body ${request.body.length} B${request.chunked ? ' chunked' : ''}`;
}

/**
 * @typedef {object} FuzzOptions
 * @property {string} url the server's base URL
 * @property {Tally} tally where the figures go
 * @property {fc.Arbitrary<import('./fuzz.d.ts').HostileRequest>} requests
 * @property {number} numRuns
 * @property {number} [slowestAllowedMs] no answer may take longer (default 5000)
 * @property {() => void} [afterEach] checks after every case (say, that a process still runs)
 * @property {boolean} [hostMayFail] the host around the handler (Hono's Node adapter) answers some
 *   requests with its own 5xx before the handler sees them: count those apart instead of failing
 */

/**
 * Sends fuzzed requests one by one (seeded, shrunk on failure) and holds each answer to the rules:
 * an answer comes, within the bound, never a 5xx, never quoting a secret. Returns the login URLs
 * seen in answers, for the caller to look for in its logs.
 * @param {FuzzOptions} options
 * @returns {Promise<string[]>}
 */
export async function fuzzServer({ url, tally, requests, numRuns, slowestAllowedMs = 5_000, afterEach, hostMayFail = false }) {
  const { host } = new URL(url);
  /** @type {string[]} */
  const links = [];
  await fc.assert(
    fc.asyncProperty(requests, async (request) => {
      const answer = await rawExchange(url, requestBytes(request, host), { timeoutMs: slowestAllowedMs * 2 });
      const description = describeRequest(request);
      // Node closes (or resets, while a body is still arriving) a CONNECT nobody listens for,
      // without a word: that is its answer.
      const closeExpected = request.method === 'CONNECT' && answer.status === undefined && answer.error !== 'timeout';
      // Our answers are JSON; a host's own pages are not (Express's 404, Hono's 500).
      const ours = answer.headers['content-type']?.startsWith('application/json') ?? false;
      const hostFailure = hostMayFail && !ours && answer.status !== undefined && answer.status >= 500;
      tally.record(answer, description, closeExpected, hostFailure);
      if (answer.error && !closeExpected) throw new Error(`no answer (${answer.error}) to ${description}`);
      if (answer.status !== undefined && answer.status >= 500 && !hostFailure)
        throw new Error(`${answer.status} for ${description}: ${answer.body}`);
      if (answer.ms > slowestAllowedMs) throw new Error(`${Math.round(answer.ms)} ms for ${description}`);
      // Our answers never quote what was sent; a host's pages may (Express's 404 says "Cannot GET
      // <path>" back to whoever sent the path).
      for (const secret of SECRET_MARKERS) {
        if (ours && answer.raw.includes(secret)) throw new Error(`the answer quotes a secret: ${description}`);
      }
      for (const match of answer.body.matchAll(/"url":"(https?:[^"]+)"/g)) if (match[1]) links.push(match[1]);
      afterEach?.();
    }),
    { numRuns, seed: SEED, endOnFailure: true },
  );
  return links;
}

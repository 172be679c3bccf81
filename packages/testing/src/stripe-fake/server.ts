import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildAccount, newId, type FakeAccount, type SeedAccount } from './accounts.js';
import { endpoints, type ApiResult, type ApiState } from './api.js';
import { stripeErrors, type StripeErrorResponse } from './errors.js';
import { FaultQueue, type FaultMatch, type StripeFakeFault } from './faults.js';
import { FormParseError, parseStripeForm, type FormParams } from './form.js';
import { dashboardPage, expiredLinkPage, fullDashboardPage, onboardingPage } from './pages.js';

export interface StripeFakeOptions {
  /** The secret key the fake accepts. Default `sk_test_open_express_dashboard_fake`. */
  secretKey?: string;
  /** Accounts that exist from the start. */
  accounts?: SeedAccount[];
  /** Interface to listen on. Default `127.0.0.1`: the fake is for loopback only. */
  host?: string;
  /** Port to listen on. Default 0: a free port. */
  port?: number;
  /** How long a login link stays valid, in seconds. Default {@link DEFAULT_LOGIN_LINK_TTL_SECONDS}. */
  loginLinkTtlSeconds?: number;
  /**
   * The fake's clock, in milliseconds since the epoch (like `Date.now`): it dates accounts and links
   * and decides when links expire. Default `Date.now`; pass your own to test expiry without waiting.
   */
  now?: () => number;
}

/** One request the fake received, as it arrived (before any fault was played). */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Readonly<Record<string, string>>;
  /** Form body (POST) or query (GET), decoded the way Stripe reads it. */
  params: FormParams;
}

/** A running Stripe fake. */
export interface StripeFake {
  /** Base URL, such as `http://127.0.0.1:41234`. */
  readonly url: string;
  /**
   * A stand-in page for the full Stripe Dashboard (`https://dashboard.stripe.com/`), where sellers
   * whose account uses it sign in themselves: the router's `fullDashboardUrl` in tests.
   */
  readonly fullDashboardUrl: string;
  readonly secretKey: string;
  /** Spread into the `stripe` SDK's options to talk to the fake: `new Stripe(key, { ...fake.stripeConfig })`. */
  readonly stripeConfig: { host: string; port: number; protocol: 'http' };
  /** Every request received so far, oldest first. */
  readonly requests: readonly RecordedRequest[];
  /** Seeds an account and returns it as Stripe would. */
  addAccount(seed: SeedAccount): FakeAccount;
  /** Arms a fault for the next matching request(s). */
  injectFault(fault: StripeFakeFault, match?: FaultMatch): void;
  /** Forgets recorded requests and armed faults (accounts stay). */
  reset(): void;
  /** Stops listening and cuts open connections, hanging and delayed ones too (a delayed request is then never carried out). */
  close(): Promise<void>;
}

export const DEFAULT_SECRET_KEY = 'sk_test_open_express_dashboard_fake';
/** How long a login link's page opens when no `loginLinkTtlSeconds` is given. */
export const DEFAULT_LOGIN_LINK_TTL_SECONDS = 300;
const MAX_BODY_BYTES = 64 * 1024;
const API_VERSION_FORMAT = /^\d{4}-\d{2}-\d{2}(\.[a-z]+)?$/;
const FULL_DASHBOARD_PATH = '/dashboard';

/** Starts a Stripe-compatible HTTP server on loopback. */
export async function startStripeFake(options: StripeFakeOptions = {}): Promise<StripeFake> {
  const secretKey = options.secretKey ?? DEFAULT_SECRET_KEY;
  const faults = new FaultQueue();
  const requests: RecordedRequest[] = [];
  const idempotent = new Map<string, { fingerprint: string; result: ApiResult }>();
  // Aborted by close(), so that no delayed request outlives the fake (see the `delay` fault).
  const closing = new AbortController();
  const state: ApiState = {
    baseUrl: '',
    secretKey,
    accounts: new Map(),
    links: new Map(),
    loginLinkTtlSeconds: options.loginLinkTtlSeconds ?? DEFAULT_LOGIN_LINK_TTL_SECONDS,
    accountLinkTtlSeconds: 300,
    now: options.now ?? Date.now,
  };

  const addAccount = (seed: SeedAccount): FakeAccount => {
    const account = buildAccount(seed, new Date(state.now()));
    state.accounts.set(account.id, { account, connected: seed.state !== 'disconnected' });
    return account;
  };
  options.accounts?.forEach(addAccount);

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A bug in the fake must show up in the test that hit it, not hang it.
      if (!res.headersSent) send(res, { status: 500, body: { error: { type: 'api_error', message: String(error) } } });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const method = req.method ?? 'GET';
    if (!url.pathname.startsWith('/v1/')) return servePage(url.pathname, res);

    const body = await readBody(req);
    const params = method === 'GET' ? url.search.slice(1) : (body ?? '');
    const recorded: RecordedRequest = { method, path: url.pathname, headers: flatHeaders(req), params: {} };
    requests.push(recorded);

    const fault = faults.take(method, url.pathname);
    if (fault?.kind === 'reset') return void req.socket.destroy();
    if (fault?.kind === 'hang') return;
    if (fault?.kind === 'delay') {
      const waited = await sleep(fault.ms, true, { signal: closing.signal }).catch(() => false);
      // Nobody to answer (the fake closed, or the client gave up): carry nothing out, issue no link.
      if (!waited || res.destroyed) return;
    }
    if (fault?.kind === 'server_error') return send(res, stripeErrors.apiError(fault.status ?? 500));
    if (fault?.kind === 'rate_limit') return send(res, stripeErrors.rateLimited(fault.retryAfterSeconds ?? 1));
    if (body === undefined) return send(res, stripeErrors.invalidParameter('body', 'Request body too large.'));

    const refused = checkKey(req.headers.authorization, secretKey) ?? checkVersion(req.headers['stripe-version']);
    if (refused) return send(res, refused);
    if (method === 'POST' && !isForm(req.headers['content-type'])) {
      return send(res, stripeErrors.unsupportedContentType(req.headers['content-type'] ?? '(none)'));
    }

    const route = findRoute(method, url.pathname);
    if (!route) return send(res, stripeErrors.notFound(method, url.pathname));
    let parsed: FormParams;
    try {
      parsed = parseStripeForm(params);
    } catch (error) {
      if (error instanceof FormParseError) return send(res, stripeErrors.unknownParameter(error.param));
      throw error;
    }
    recorded.params = parsed;
    const unknown = Object.keys(parsed).find((name) => !route.endpoint.params.includes(name));
    if (unknown !== undefined) return send(res, stripeErrors.unknownParameter(unknown));

    const key = method === 'POST' ? req.headers['idempotency-key'] : undefined;
    const fingerprint = createHash('sha256').update(`${method} ${url.pathname} ${params}`).digest('hex');
    const earlier = typeof key === 'string' ? idempotent.get(key) : undefined;
    if (earlier && typeof key === 'string') {
      if (earlier.fingerprint !== fingerprint) return send(res, stripeErrors.idempotencyMismatch(key));
      return send(res, earlier.result, { 'idempotent-replayed': 'true' });
    }
    const result = route.endpoint.handle(state, route.pathParams, parsed);
    if (typeof key === 'string') idempotent.set(key, { fingerprint, result });
    send(res, result, typeof key === 'string' ? { 'idempotency-key': key } : {});
  }

  function servePage(pathname: string, res: ServerResponse): void {
    if (pathname === FULL_DASHBOARD_PATH) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fullDashboardPage());
      return;
    }
    const match = /^\/(express|setup\/s)\/([^/]+)\/([^/]+)$/.exec(pathname);
    const link = match?.[3] ? state.links.get(match[3]) : undefined;
    const usable = link !== undefined && link.account === match?.[2] && link.expiresAt * 1000 > state.now();
    if (!match) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    if (!usable || !link) {
      res.writeHead(410, { 'content-type': 'text/html; charset=utf-8' }).end(expiredLinkPage());
      return;
    }
    state.links.delete(match[3] ?? ''); // single-use, like Stripe's
    const html = link.kind === 'login' ? dashboardPage(link.account) : onboardingPage(link.account, link.returnUrl ?? '/');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  const url = `http://${host}:${port}`;
  state.baseUrl = url;

  return {
    url,
    fullDashboardUrl: `${url}${FULL_DASHBOARD_PATH}`,
    secretKey,
    stripeConfig: { host: address, port, protocol: 'http' },
    requests,
    addAccount,
    injectFault: (fault, match) => faults.add(fault, match),
    reset() {
      requests.length = 0;
      faults.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        closing.abort();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function findRoute(method: string, path: string) {
  for (const endpoint of endpoints) {
    if (endpoint.method !== method) continue;
    const match = endpoint.pattern.exec(path);
    if (match) return { endpoint, pathParams: match.slice(1).map(decodeURIComponent) };
  }
  return undefined;
}

/** Checks `Authorization` as Stripe does: Bearer (or Basic with the key as user name), secret key only. */
function checkKey(header: string | undefined, secretKey: string): StripeErrorResponse | undefined {
  if (!header) return stripeErrors.missingKey();
  const [scheme, credentials = ''] = header.split(' ', 2);
  let key = credentials;
  if (scheme?.toLowerCase() === 'basic') key = Buffer.from(credentials, 'base64').toString().split(':')[0] ?? '';
  else if (scheme?.toLowerCase() !== 'bearer') return stripeErrors.missingKey();
  if (key.startsWith('pk_')) return stripeErrors.publishableKey();
  if (key !== secretKey) return stripeErrors.invalidKey(key);
  return undefined;
}

function checkVersion(version: string | string[] | undefined): StripeErrorResponse | undefined {
  if (version === undefined) return undefined;
  const value = String(version);
  return API_VERSION_FORMAT.test(value) ? undefined : stripeErrors.invalidApiVersion(value);
}

function isForm(contentType: string | undefined): boolean {
  return contentType === undefined || contentType.split(';')[0]?.trim() === 'application/x-www-form-urlencoded';
}

/** The body as text, or undefined when it is larger than Stripe would accept. */
async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]),
  );
}

function send(res: ServerResponse, result: ApiResult, headers: Record<string, string> = {}): void {
  const requestId = newId('req', 14);
  res
    .writeHead(result.status, {
      'content-type': 'application/json',
      'request-id': requestId,
      ...('headers' in result ? result.headers : {}),
      ...headers,
    })
    .end(JSON.stringify(result.body, null, 2));
}

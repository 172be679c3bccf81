import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildAccount, type FakeAccount, type SeedAccount } from './accounts.js';
import type { ApiState } from './api.js';
import { FaultQueue, type FaultMatch, type StripeFakeFault } from './faults.js';
import { dashboardPage, expiredLinkPage, fullDashboardPage, onboardingPage } from './pages.js';
import { handleApiRequest, send, type ApiContext, type RecordedRequest } from './pipeline.js';

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
const FULL_DASHBOARD_PATH = '/dashboard';

/** Starts a Stripe-compatible HTTP server on loopback. */
export async function startStripeFake(options: StripeFakeOptions = {}): Promise<StripeFake> {
  const secretKey = options.secretKey ?? DEFAULT_SECRET_KEY;
  const state: ApiState = {
    baseUrl: '',
    secretKey,
    accounts: new Map(),
    links: new Map(),
    loginLinkTtlSeconds: options.loginLinkTtlSeconds ?? DEFAULT_LOGIN_LINK_TTL_SECONDS,
    accountLinkTtlSeconds: 300,
    now: options.now ?? Date.now,
  };
  // Aborted by close(), so that no delayed request outlives the fake (see the `delay` fault).
  const closing = new AbortController();
  const api: ApiContext = { state, faults: new FaultQueue(), requests: [], idempotent: new Map(), closing: closing.signal };

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
    if (url.pathname.startsWith('/v1/')) await handleApiRequest(api, req, res, url);
    else servePage(url.pathname, res);
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
    if (!usable) {
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
    requests: api.requests,
    addAccount,
    injectFault: (fault, match) => api.faults.add(fault, match),
    reset() {
      api.requests.length = 0;
      api.faults.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        closing.abort();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

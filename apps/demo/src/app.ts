import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger, OnboardingUrls } from '@open-express-dashboard/server';
import { createExpressDashboardNodeHandler, guardRequestListener, parseRequestTarget } from '@open-express-dashboard/server/node';
import sirv from 'sirv';
import type Stripe from 'stripe';
import { renderHubPages, scenarioPath } from './page.js';
import { createDemoRateLimit } from './rate-limit.js';
import type { Scenario } from './scenarios.js';
import { createSessions } from './session.js';

export interface DemoAppOptions {
  stripe: Stripe;
  /** The switcher's sellers; the first is signed in at `/`. */
  scenarios: readonly Scenario[];
  /** Where the router sends sellers who have not finished onboarding back to. */
  onboarding: OnboardingUrls;
  /** Where the router sends sellers whose account uses the full Stripe Dashboard. */
  fullDashboardUrl: string;
  sessionSecret: Uint8Array;
  /** The page built by Vite (`dist/public`), and its `index.html` as read by `readHubTemplate`. */
  publicDir: string;
  template: string;
  /** Shown on the page: where the demo's Stripe requests go. */
  stripeLabel: string;
  /** The router's log of link requests: JSON on stdout by default; `false` for none (tests). */
  logger?: Logger | false;
  /** Mark the session cookie `Secure` (served over HTTPS, e.g. behind a TLS proxy). Default false. */
  secureCookie?: boolean;
}

/**
 * The demo platform: its seller hub (each page of the switcher signs the visitor in as that
 * seller), the router under `/trpc`, and the page's built assets.
 */
export function createDemoApp(options: DemoAppOptions): RequestListener {
  const sessions = createSessions(options.sessionSecret, { secure: options.secureCookie ?? false });
  const rateLimit = createDemoRateLimit();
  const dashboard = createExpressDashboardNodeHandler({
    stripe: options.stripe,
    authenticate: sessions.authenticate,
    onboarding: options.onboarding,
    fullDashboardUrl: options.fullDashboardUrl,
    rateLimit: rateLimit.options,
    logger: options.logger,
  });
  const pages = renderHubPages(options.template, options.scenarios, options.stripeLabel);
  const routes = new Map(options.scenarios.map((scenario) => [scenarioPath(scenario), scenario]));
  const [home] = options.scenarios;
  if (home) for (const path of ['/', '/index.html']) routes.set(path, home);
  // No `extensions`: `/index` must not serve the page's template as it is.
  const assets = sirv(options.publicDir, { etag: true, extensions: [] });

  /** The demo's stand-in for a login form: the session cookie for the scenario's seller, or none. */
  async function signIn({ seller, rateLimited }: Scenario): Promise<string> {
    if (!seller) return sessions.clearCookie();
    if (rateLimited) await rateLimit.useUp(seller.userId);
    return sessions.issueCookie({ userId: seller.userId, name: seller.name, accountIds: seller.accounts.map(({ id }) => id) });
  }

  function servePage(req: IncomingMessage, res: ServerResponse, scenario: Scenario): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    void signIn(scenario).then(
      (cookie) => {
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'set-cookie': cookie })
          .end(req.method === 'HEAD' ? undefined : pages.get(scenario));
      },
      () => res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('The demo could not sign you in.'),
    );
  }

  /** The demo's own routes, beside the dashboard handler: the seller hub's pages and the built assets. */
  function serveDemo(req: IncomingMessage, res: ServerResponse): void {
    const target = parseRequestTarget(req.url);
    if (!target) return void res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request');
    const scenario = routes.get(target.path);
    if (scenario) return servePage(req, res, scenario);
    assets(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    });
  }

  // The handler serves /trpc/ and hands the rest to the demo's routes. Guarded: nothing a request
  // does there can end the process (see guardRequestListener).
  return guardRequestListener((req, res) => dashboard(req, res, () => serveDemo(req, res)), options.logger);
}

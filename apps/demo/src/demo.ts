import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createStripeClient } from '@open-express-dashboard/server';
import { startStripeFake, type StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import type Stripe from 'stripe';
import { createDemoApp, type DemoAppOptions } from './app.js';
import type { DemoConfig, StripeSource } from './config.js';
import { readHubTemplate, scenarioPath } from './page.js';
import { FAKE_SCENARIOS, stripeScenarios, type FakeScenario, type Scenario } from './scenarios.js';

// Same place from src/ (tests) and dist/ (built): apps/demo/dist/public.
const PUBLIC_DIR = fileURLToPath(new URL('../dist/public/', import.meta.url));

/** Where Stripe's own full Dashboard is: sellers whose account uses it sign in there themselves. */
const STRIPE_DASHBOARD_URL = 'https://dashboard.stripe.com/';

export interface RunningDemo {
  url: string;
  /** In demo mode, the embedded Stripe fake's URL. */
  stripeFakeUrl: string | undefined;
  close(): Promise<void>;
}

interface StripeConnection {
  stripe: Stripe;
  scenarios: readonly Scenario[];
  fullDashboardUrl: string;
  /** The demo page Stripe's onboarding sends sellers back to. */
  onboardingReturnPath: string;
  stripeLabel: string;
  fake: StripeFake | undefined;
}

/** Stripe is down for the scenario's seller: every request about their accounts gets a 503. */
function playOutage(fake: StripeFake, { seller }: FakeScenario): void {
  for (const { id } of seller?.accounts ?? []) {
    fake.injectFault({ kind: 'server_error', status: 503 }, { path: new RegExp(`^/v1/accounts/${id}(/|$)`), times: Infinity });
  }
}

/** The Stripe the demo talks to: an embedded fake holding every scenario in demo mode, else the configured API. */
async function connectStripe(source: StripeSource): Promise<StripeConnection> {
  if (source.mode === 'stripe') {
    return {
      stripe: createStripeClient({ secretKey: source.secretKey, apiUrl: source.apiUrl }),
      scenarios: stripeScenarios(source.accountId),
      fullDashboardUrl: STRIPE_DASHBOARD_URL,
      onboardingReturnPath: '/',
      stripeLabel: source.apiUrl ?? 'Stripe',
      fake: undefined,
    };
  }
  const fake = await startStripeFake({
    accounts: FAKE_SCENARIOS.flatMap(({ seller }) => seller?.accounts.map(({ id, state }) => ({ id, state })) ?? []),
  });
  for (const scenario of FAKE_SCENARIOS) if (scenario.stripeDown) playOutage(fake, scenario);
  const onboarding = FAKE_SCENARIOS.find(({ seller }) => seller?.accounts.some(({ state }) => state === 'onboarding_incomplete'));
  return {
    stripe: createStripeClient({ secretKey: fake.secretKey, apiUrl: fake.url, telemetry: false }),
    scenarios: FAKE_SCENARIOS,
    fullDashboardUrl: fake.fullDashboardUrl,
    onboardingReturnPath: onboarding ? scenarioPath(onboarding) : '/',
    stripeLabel: 'the embedded Stripe fake (demo mode: no Stripe key, no network)',
    fake,
  };
}

async function closeAll(server: Server, fake: StripeFake | undefined): Promise<void> {
  if (server.listening) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  await fake?.close();
}

export interface StartDemoOptions extends Pick<DemoAppOptions, 'logger'> {
  /** The page built by Vite. Default `apps/demo/dist/public`. */
  publicDir?: string;
}

/** Starts the demo platform, with an embedded Stripe fake in demo mode. */
export async function startDemo(config: DemoConfig, { publicDir = PUBLIC_DIR, logger }: StartDemoOptions = {}): Promise<RunningDemo> {
  const template = await readHubTemplate(publicDir);
  const { fake, onboardingReturnPath, ...connection } = await connectStripe(config.stripe);
  const server = createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, resolve);
    });
    const { port } = server.address() as AddressInfo;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    const url = `http://${host}:${port}`;
    // The router needs absolute URLs, known once the port is (PORT=0 picks a free one). Attached
    // before any request can arrive: nothing is awaited between listening and here.
    const returnUrl = `${url}${onboardingReturnPath}`;
    server.on(
      'request',
      createDemoApp({
        ...connection,
        onboarding: { refreshUrl: returnUrl, returnUrl },
        sessionSecret: config.sessionSecret ? new TextEncoder().encode(config.sessionSecret) : randomBytes(32),
        publicDir,
        template,
        logger,
        secureCookie: config.secureCookie,
      }),
    );
    return { url, stripeFakeUrl: fake?.url, close: () => closeAll(server, fake) };
  } catch (error) {
    await closeAll(server, fake);
    throw error;
  }
}

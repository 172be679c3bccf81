import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createStripeClient } from '@open-express-dashboard/server';
import { startStripeFake, type StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import type Stripe from 'stripe';
import { createDemoApp } from './app.js';
import type { DemoConfig, StripeSource } from './config.js';
import type { DemoSeller } from './session.js';

/** The demo seller's connected account in demo mode (the Stripe fake holds it). */
export const DEMO_MODE_ACCOUNT = 'acct_1OpenExpressDemo01';

// Same place from src/ (tests) and dist/ (built): apps/demo/dist/public.
const PUBLIC_DIR = fileURLToPath(new URL('../dist/public/', import.meta.url));

export interface RunningDemo {
  url: string;
  /** In demo mode, the embedded Stripe fake's URL. */
  stripeFakeUrl: string | undefined;
  close(): Promise<void>;
}

interface StripeConnection {
  stripe: Stripe;
  accountId: string;
  label: string;
  fake: StripeFake | undefined;
}

/** The Stripe the demo talks to: an embedded fake in demo mode, else the configured API. */
async function connectStripe(source: StripeSource): Promise<StripeConnection> {
  if (source.mode === 'stripe') {
    const stripe = createStripeClient({ secretKey: source.secretKey, apiUrl: source.apiUrl });
    return { stripe, accountId: source.accountId, label: source.apiUrl ?? 'Stripe', fake: undefined };
  }
  const fake = await startStripeFake({
    accounts: [{ id: DEMO_MODE_ACCOUNT, state: 'express', email: 'ada@example.com' }],
  });
  const stripe = createStripeClient({ secretKey: fake.secretKey, apiUrl: fake.url, telemetry: false });
  return { stripe, accountId: DEMO_MODE_ACCOUNT, label: 'the embedded Stripe fake (demo mode: no Stripe key, no network)', fake };
}

/** Starts the demo platform, with an embedded Stripe fake in demo mode. */
export async function startDemo(config: DemoConfig, publicDir = PUBLIC_DIR): Promise<RunningDemo> {
  const { stripe, accountId, label, fake } = await connectStripe(config.stripe);
  const seller: DemoSeller = { userId: 'demo-seller', name: "Ada's Pottery", accountId };
  const server = createServer(
    await createDemoApp({
      stripe,
      seller,
      sessionSecret: config.sessionSecret ? new TextEncoder().encode(config.sessionSecret) : randomBytes(32),
      publicDir,
      stripeLabel: label,
    }),
  );
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, resolve);
    });
  } catch (error) {
    await fake?.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}`,
    stripeFakeUrl: fake?.url,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fake?.close();
    },
  };
}

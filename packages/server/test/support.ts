import { startStripeFake, type StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import Stripe from 'stripe';
import type { Authenticate, Caller } from '../src/index.js';

/** One seeded account per state the router has to tell apart. */
export const accounts = {
  express: 'acct_1TestExpress000001',
  secondExpress: 'acct_1TestExpress000002',
  onboarding: 'acct_1TestOnboarding001',
  full: 'acct_1TestFullDash00001',
  none: 'acct_1TestNoDash000001',
  disconnected: 'acct_1TestGone00000001',
} as const;

export function startSeededFake(): Promise<StripeFake> {
  return startStripeFake({
    accounts: [
      { id: accounts.express, state: 'express' },
      { id: accounts.secondExpress, state: 'express' },
      { id: accounts.onboarding, state: 'onboarding_incomplete' },
      { id: accounts.full, state: 'full_dashboard' },
      { id: accounts.none, state: 'no_dashboard' },
      { id: accounts.disconnected, state: 'disconnected' },
    ],
  });
}

/** The real SDK, aimed at the fake, failing fast (no retries) unless a test asks otherwise. */
export function stripeFor(fake: StripeFake, options: Partial<Stripe.StripeConfig> = {}, key = fake.secretKey): Stripe {
  return new Stripe(key, { ...fake.stripeConfig, maxNetworkRetries: 0, timeout: 2_000, telemetry: false, ...options });
}

/** Authenticates `Authorization: Bearer <user>` against a fixed table of users: enough for tests. */
export function bearerAuth(users: Record<string, Caller>): Authenticate {
  return ({ headers }) => {
    const token = /^Bearer (.+)$/.exec(headers.get('authorization') ?? '')?.[1];
    return (token && users[token]) || null;
  };
}

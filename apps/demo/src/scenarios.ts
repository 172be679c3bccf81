import type { AccountState } from '@open-express-dashboard/testing/stripe-fake';

/** One of a seller's connected accounts. */
export interface ScenarioAccount {
  id: string;
  /** How the page names the account, for a seller with several. */
  label?: string;
}

/** Who is signed in, with their connected accounts (default first). */
export interface ScenarioSeller<Account extends ScenarioAccount = ScenarioAccount> {
  userId: string;
  name: string;
  accounts: readonly Account[];
}

/** One entry of the page's switcher: a seller in one state the server handles. */
export interface Scenario<Account extends ScenarioAccount = ScenarioAccount> {
  /** In the page's address: `/sellers/<id>`. */
  id: string;
  /** The state, as the switcher names it. */
  title: string;
  /** What a click on the seller's button does, as the switcher says it. */
  outcome: string;
  /** `null`: nobody is signed in. */
  seller: ScenarioSeller<Account> | null;
  /** The seller has just used up their link requests (the router's per-caller limit). */
  rateLimited?: boolean;
}

/** An account as the embedded Stripe fake holds it. */
export interface FakeAccountSeed extends ScenarioAccount {
  state: AccountState;
}

/** A scenario of demo mode: its accounts live in the embedded fake, which can also play an outage. */
export interface FakeScenario extends Scenario<FakeAccountSeed> {
  /** Stripe answers every request about the seller's accounts with a 503 (the fake's fault injection). */
  stripeDown?: boolean;
}

// Nobody to sign in: fits every kind of scenario list.
const SIGNED_OUT = {
  id: 'signed-out',
  title: 'Signed out',
  outcome: 'Asks them to sign in again',
  seller: null,
} satisfies Scenario;

function rateLimited<Account extends ScenarioAccount>(accounts: readonly Account[]): Scenario<Account> {
  return {
    id: 'rate-limited',
    title: 'Rate limited',
    outcome: 'Asks them to wait a moment',
    seller: { userId: 'hal', name: "Hal's Hats", accounts },
    rateLimited: true,
  };
}

/** The demo seller's connected account in demo mode (the embedded Stripe fake holds it). */
export const DEMO_MODE_ACCOUNT = 'acct_1OpenExpressDemo01';

/** Demo mode: a seller in every state the server handles, all held by the embedded Stripe fake. */
export const FAKE_SCENARIOS: readonly FakeScenario[] = [
  {
    id: 'express',
    title: 'Express, onboarded',
    outcome: 'Opens their Express Dashboard',
    seller: { userId: 'ada', name: "Ada's Pottery", accounts: [{ id: DEMO_MODE_ACCOUNT, state: 'express' }] },
  },
  {
    id: 'onboarding',
    title: 'Onboarding incomplete',
    outcome: 'Sends them to Stripe’s onboarding',
    seller: { userId: 'bo', name: "Bo's Bikes", accounts: [{ id: 'acct_1OpenExpressDemo02', state: 'onboarding_incomplete' }] },
  },
  {
    id: 'full-dashboard',
    title: 'Full Stripe Dashboard',
    outcome: 'Sends them to the Stripe Dashboard',
    seller: { userId: 'cy', name: "Cy's Ceramics", accounts: [{ id: 'acct_1OpenExpressDemo03', state: 'full_dashboard' }] },
  },
  {
    id: 'no-dashboard',
    title: 'No dashboard access',
    outcome: 'Says it has no Express Dashboard',
    seller: { userId: 'di', name: "Di's Deli", accounts: [{ id: 'acct_1OpenExpressDemo04', state: 'no_dashboard' }] },
  },
  {
    id: 'disconnected',
    title: 'Disconnected account',
    outcome: 'Explains no account is connected',
    seller: { userId: 'ed', name: "Ed's Electronics", accounts: [{ id: 'acct_1OpenExpressDemo05', state: 'disconnected' }] },
  },
  {
    id: 'two-accounts',
    title: 'Two connected accounts',
    outcome: 'A button for each, by account-id',
    seller: {
      userId: 'fay',
      name: "Fay's Fabrics",
      accounts: [
        { id: 'acct_1OpenExpressDemo06', state: 'express', label: 'US shop' },
        { id: 'acct_1OpenExpressDemo07', state: 'express', label: 'EU shop' },
      ],
    },
  },
  SIGNED_OUT,
  {
    id: 'stripe-down',
    title: 'Stripe down',
    outcome: 'Says Stripe did not answer',
    seller: { userId: 'gus', name: "Gus's Garden", accounts: [{ id: 'acct_1OpenExpressDemo08', state: 'express' }] },
    stripeDown: true,
  },
  rateLimited([{ id: 'acct_1OpenExpressDemo09', state: 'express' }]),
];

/**
 * With a real (or compatible) Stripe API, only what needs no fake: the configured account, in
 * whatever state Stripe holds it; nobody signed in; and the router's own rate limit, which
 * answers before Stripe is asked.
 */
export function stripeScenarios(accountId: string): readonly Scenario[] {
  const accounts = [{ id: accountId }];
  return [
    {
      id: 'your-account',
      title: 'Your test account',
      outcome: 'Goes where Stripe sends DEMO_ACCOUNT_ID',
      seller: { userId: 'ada', name: "Ada's Pottery", accounts },
    },
    SIGNED_OUT,
    rateLimited(accounts),
  ];
}

import { randomBytes } from 'node:crypto';

/**
 * The situations a connected account can be in, as far as opening a dashboard goes.
 * - `express`: onboarded, uses the Express Dashboard: login links work.
 * - `onboarding_incomplete`: uses the Express Dashboard but `details_submitted` is false.
 * - `full_dashboard`: uses the full Stripe Dashboard (a Standard account).
 * - `no_dashboard`: has no Stripe-hosted dashboard (a Custom account).
 * - `disconnected`: exists but is no longer connected to the platform: Stripe answers as if unknown.
 */
export const ACCOUNT_STATES = [
  'express',
  'onboarding_incomplete',
  'full_dashboard',
  'no_dashboard',
  'disconnected',
] as const;
export type AccountState = (typeof ACCOUNT_STATES)[number];

/** An account to seed into the fake. */
export interface SeedAccount {
  /** Defaults to a fresh `acct_…` id. */
  id?: string;
  state: AccountState;
  email?: string;
}

type DashboardType = 'express' | 'full' | 'none';

/** The subset of Stripe's Account object the fake keeps and returns (same field names and shapes). */
export interface FakeAccount {
  id: string;
  object: 'account';
  type: 'express' | 'standard' | 'custom';
  controller: {
    type: 'application' | 'account';
    is_controller?: boolean;
    stripe_dashboard?: { type: DashboardType };
  };
  details_submitted: boolean;
  charges_enabled: boolean;
  payouts_enabled: boolean;
  country: string;
  default_currency: string;
  email: string | null;
  created: number;
  metadata: Record<string, string>;
  requirements: { currently_due: string[]; disabled_reason: string | null };
}

export function newId(prefix: string, length = 16): string {
  // Stripe ids are base62; base64url without `-`/`_` is close enough and stays URL-safe.
  const body = randomBytes(length * 2)
    .toString('base64url')
    .replace(/[-_]/g, '')
    .slice(0, length);
  return `${prefix}_${body}`;
}

const DASHBOARD: Record<Exclude<AccountState, 'disconnected'>, DashboardType> = {
  express: 'express',
  onboarding_incomplete: 'express',
  full_dashboard: 'full',
  no_dashboard: 'none',
};

const LEGACY_TYPE: Record<DashboardType, FakeAccount['type']> = {
  express: 'express',
  full: 'standard',
  none: 'custom',
};

/** Builds the account Stripe would return for a seeded state. */
export function buildAccount(seed: SeedAccount, now = new Date()): FakeAccount {
  const dashboard = seed.state === 'disconnected' ? 'express' : DASHBOARD[seed.state];
  const onboarded = seed.state !== 'onboarding_incomplete';
  return {
    id: seed.id ?? newId('acct'),
    object: 'account',
    type: LEGACY_TYPE[dashboard],
    controller:
      dashboard === 'full'
        ? { type: 'account' }
        : { type: 'application', is_controller: true, stripe_dashboard: { type: dashboard } },
    details_submitted: onboarded,
    charges_enabled: onboarded,
    payouts_enabled: onboarded,
    country: 'US',
    default_currency: 'usd',
    email: seed.email ?? null,
    created: Math.floor(now.getTime() / 1000),
    metadata: {},
    requirements: onboarded
      ? { currently_due: [], disabled_reason: null }
      : { currently_due: ['external_account', 'tos_acceptance.date'], disabled_reason: 'requirements.past_due' },
  };
}

/** The dashboard an account uses, reading `controller` first as Stripe advises, then legacy `type`. */
export function dashboardOf(account: FakeAccount): DashboardType {
  if (account.controller.stripe_dashboard) return account.controller.stripe_dashboard.type;
  return account.type === 'express' ? 'express' : account.type === 'standard' ? 'full' : 'none';
}

import { randomBytes } from 'node:crypto';

/**
 * The situations a connected account can be in, as far as opening a dashboard goes.
 * - `express`: onboarded, uses the Express Dashboard: login links work.
 * - `onboarding_incomplete`: uses the Express Dashboard but `details_submitted` is false.
 * - `full_dashboard`: uses the full Stripe Dashboard (a Standard account).
 * - `no_dashboard`: has no Stripe-hosted dashboard (a Custom account).
 * - `disconnected`: exists but is no longer connected to the platform: Stripe answers as if unknown.
 */
export const ACCOUNT_STATES = ['express', 'onboarding_incomplete', 'full_dashboard', 'no_dashboard', 'disconnected'] as const;
export type AccountState = (typeof ACCOUNT_STATES)[number];

/** An account to seed into the fake. */
export interface SeedAccount {
  /** Defaults to a fresh `acct_…` id. */
  id?: string;
  state: AccountState;
  email?: string;
}

type DashboardType = 'express' | 'full' | 'none';
type Nullable<T> = { [K in keyof T]: T[K] | null };

/** Stripe's `requirements` and `future_requirements` hashes. */
export interface FakeRequirements {
  alternatives: { alternative_fields_due: string[]; original_fields_due: string[] }[];
  current_deadline: number | null;
  currently_due: string[];
  disabled_reason: 'requirements.past_due' | 'requirements.pending_verification' | null;
  /** The fake never reports verification errors. */
  errors: never[];
  eventually_due: string[];
  past_due: string[];
  pending_verification: string[];
}

/**
 * Stripe's Account object as the fake returns it: the same top-level fields as Stripe's own example
 * account (the `account` fixture in `openapi/stripe-connect.openapi.json`), with Stripe's names and
 * types (a test checks both, and that the type fits the SDK's `Stripe.Account`). Fields that no
 * seller state changes hold Stripe's defaults for a new US account.
 */
export interface FakeAccount {
  id: string;
  object: 'account';
  business_profile: Nullable<{
    annual_revenue: Nullable<{ amount: number; currency: string; fiscal_year_end: string }>;
    estimated_worker_count: number;
    mcc: string;
    minority_owned_business_designation: string[];
    name: string;
    product_description: string;
    /** Newer than Stripe's example account; the SDK's current API version has it. */
    specified_commercial_transactions_act_url: string;
    support_address: Nullable<{ city: string; country: string; line1: string; line2: string; postal_code: string; state: string }>;
    support_email: string;
    support_phone: string;
    support_url: string;
    url: string;
  }>;
  business_type: 'company' | 'government_entity' | 'individual' | 'non_profit' | null;
  capabilities: { card_payments?: CapabilityStatus; transfers?: CapabilityStatus };
  charges_enabled: boolean;
  /** How Stripe says who controls the account; `stripe_dashboard.type` is the dashboard it uses. */
  controller: {
    fees?: { payer: 'account' | 'application' | 'application_custom' | 'application_express' };
    is_controller?: boolean;
    losses?: { payments: 'application' | 'stripe' };
    requirement_collection?: 'application' | 'stripe';
    stripe_dashboard?: { type: DashboardType };
    type: 'application' | 'account';
  };
  country: string;
  created: number;
  default_currency: string;
  details_submitted: boolean;
  email: string | null;
  external_accounts: { object: 'list'; data: never[]; has_more: boolean; url: string };
  future_requirements: FakeRequirements;
  metadata: Record<string, string>;
  payouts_enabled: boolean;
  requirements: FakeRequirements;
  settings: {
    bacs_debit_payments: Nullable<{ display_name: string; service_user_number: string }>;
    branding: Nullable<{ icon: string; logo: string; primary_color: string; secondary_color: string }>;
    card_issuing: { tos_acceptance: Nullable<{ date: number; ip: string }> };
    card_payments: {
      decline_on: { avs_failure: boolean; cvc_failure: boolean };
      statement_descriptor_prefix: string | null;
      statement_descriptor_prefix_kana: string | null;
      statement_descriptor_prefix_kanji: string | null;
    };
    dashboard: Nullable<{ display_name: string; timezone: string }>;
    invoices: Nullable<{ default_account_tax_ids: string[]; hosted_payment_method_save: 'always' | 'never' | 'offer' }>;
    payments: Nullable<{
      statement_descriptor: string;
      statement_descriptor_kana: string;
      statement_descriptor_kanji: string;
      statement_descriptor_prefix_kana: string;
      statement_descriptor_prefix_kanji: string;
    }>;
    payouts: {
      debit_negative_balances: boolean;
      schedule: { delay_days: number; interval: 'daily' | 'manual' | 'monthly' | 'weekly' };
      statement_descriptor: string | null;
    };
    sepa_debit_payments: { creditor_id?: string };
  };
  tos_acceptance: Nullable<{ date: number; ip: string; user_agent: string }>;
  /** The legacy account type, still sent: `express`, `standard` (full dashboard) or `custom` (none). */
  type: 'express' | 'standard' | 'custom';
}

type CapabilityStatus = 'active' | 'inactive' | 'pending';

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

/**
 * What Stripe reports for an account the platform controls, created with controller properties:
 * Express-like (`express`) or Custom-like (`none`, where the platform collects requirements).
 */
function platformControlled(dashboard: 'express' | 'none'): FakeAccount['controller'] {
  const express = dashboard === 'express';
  return {
    fees: { payer: express ? 'application_express' : 'application_custom' },
    is_controller: true,
    losses: { payments: 'application' },
    requirement_collection: express ? 'stripe' : 'application',
    stripe_dashboard: { type: dashboard },
    type: 'application',
  };
}

const DUE_AT_ONBOARDING = ['business_profile.url', 'external_account', 'tos_acceptance.date', 'tos_acceptance.ip'];

function requirements(due: readonly string[], disabledReason: FakeRequirements['disabled_reason']): FakeRequirements {
  // Each list its own copy, so that changing one (in a test, say) leaves the other as it was.
  return {
    alternatives: [],
    current_deadline: null,
    currently_due: [...due],
    disabled_reason: disabledReason,
    errors: [],
    eventually_due: [...due],
    past_due: [],
    pending_verification: [],
  };
}

/** Builds the account Stripe would return for a seeded state. */
export function buildAccount(seed: SeedAccount, now = new Date()): FakeAccount {
  const dashboard = seed.state === 'disconnected' ? 'express' : DASHBOARD[seed.state];
  const onboarded = seed.state !== 'onboarding_incomplete';
  const id = seed.id ?? newId('acct');
  const created = Math.floor(now.getTime() / 1000);
  const capability: CapabilityStatus = onboarded ? 'active' : 'inactive';
  return {
    id,
    object: 'account',
    business_profile: {
      annual_revenue: { amount: null, currency: null, fiscal_year_end: null },
      estimated_worker_count: null,
      mcc: null,
      minority_owned_business_designation: null,
      name: null,
      product_description: null,
      specified_commercial_transactions_act_url: null,
      support_address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null },
      support_email: null,
      support_phone: null,
      support_url: null,
      url: null,
    },
    business_type: onboarded ? 'individual' : null,
    capabilities: { card_payments: capability, transfers: capability },
    charges_enabled: onboarded,
    // A Standard account controls itself, as in Stripe's own example of one.
    controller: dashboard === 'full' ? { type: 'account' } : platformControlled(dashboard),
    country: 'US',
    created,
    default_currency: 'usd',
    details_submitted: onboarded,
    email: seed.email ?? null,
    external_accounts: { object: 'list', data: [], has_more: false, url: `/v1/accounts/${id}/external_accounts` },
    future_requirements: requirements([], null),
    metadata: {},
    payouts_enabled: onboarded,
    requirements: onboarded ? requirements([], null) : requirements(DUE_AT_ONBOARDING, 'requirements.past_due'),
    settings: {
      bacs_debit_payments: { display_name: null, service_user_number: null },
      branding: { icon: null, logo: null, primary_color: null, secondary_color: null },
      card_issuing: { tos_acceptance: { date: null, ip: null } },
      card_payments: {
        decline_on: { avs_failure: true, cvc_failure: true },
        statement_descriptor_prefix: null,
        statement_descriptor_prefix_kana: null,
        statement_descriptor_prefix_kanji: null,
      },
      dashboard: { display_name: null, timezone: 'Etc/UTC' },
      invoices: { default_account_tax_ids: null, hosted_payment_method_save: null },
      payments: {
        statement_descriptor: null,
        statement_descriptor_kana: null,
        statement_descriptor_kanji: null,
        statement_descriptor_prefix_kana: null,
        statement_descriptor_prefix_kanji: null,
      },
      payouts: { debit_negative_balances: true, schedule: { delay_days: 2, interval: 'daily' }, statement_descriptor: null },
      sepa_debit_payments: {},
    },
    // Stripe records the seller's acceptance during onboarding; 203.0.113.0/24 is for documentation.
    tos_acceptance: onboarded ? { date: created, ip: '203.0.113.7', user_agent: null } : { date: null, ip: null, user_agent: null },
    type: LEGACY_TYPE[dashboard],
  };
}

/** The dashboard an account uses, reading `controller` first as Stripe advises, then legacy `type`. */
export function dashboardOf(account: FakeAccount): DashboardType {
  if (account.controller.stripe_dashboard) return account.controller.stripe_dashboard.type;
  return account.type === 'express' ? 'express' : account.type === 'standard' ? 'full' : 'none';
}

import { dashboardOf, newId, type FakeAccount } from './accounts.js';
import { stripeErrors, type StripeErrorResponse } from './errors.js';
import type { FormParams, FormValue } from './form.js';

/** What an endpoint returns: a Stripe object, or a Stripe-shaped error. */
export type ApiResult = { status: 200; body: object } | StripeErrorResponse;

/** A single-use link the fake has issued, and the page it opens. */
export interface IssuedLink {
  kind: 'login' | 'onboarding';
  account: string;
  expiresAt: number;
  returnUrl?: string;
}

/** The fake's state that endpoints read and change. */
export interface ApiState {
  baseUrl: string;
  readonly secretKey: string;
  /** Every seeded account, with whether it is (still) connected to the platform. */
  readonly accounts: Map<string, { account: FakeAccount; connected: boolean }>;
  readonly links: Map<string, IssuedLink>;
  readonly loginLinkTtlSeconds: number;
  readonly accountLinkTtlSeconds: number;
  now(): number;
}

export interface Endpoint {
  method: 'GET' | 'POST';
  pattern: RegExp;
  /** Top-level parameters the endpoint accepts; Stripe refuses any other. */
  params: readonly string[];
  handle(state: ApiState, pathParams: string[], params: FormParams): ApiResult;
}

/** Stripe answers "no access" alike for unknown and disconnected accounts. */
function connectedAccount(state: ApiState, id: string): FakeAccount | StripeErrorResponse {
  const stored = state.accounts.get(id);
  if (!stored?.connected) return stripeErrors.accountInvalid(state.secretKey, id);
  return stored.account;
}

function isError(value: FakeAccount | StripeErrorResponse): value is StripeErrorResponse {
  return 'status' in value;
}

function issueLink(state: ApiState, link: Omit<IssuedLink, 'expiresAt'>, ttlSeconds: number, pathPrefix: string) {
  const token = newId('lnk', 24).slice(4);
  const created = Math.floor(state.now() / 1000);
  const expiresAt = created + ttlSeconds;
  state.links.set(token, { ...link, expiresAt });
  return { created, expiresAt, url: `${state.baseUrl}/${pathPrefix}/${link.account}/${token}` };
}

function stringParam(params: FormParams, name: string): string | StripeErrorResponse {
  const value: FormValue | undefined = params[name];
  if (value === undefined || value === '') return stripeErrors.missingParameter(name);
  if (typeof value !== 'string') return stripeErrors.invalidParameter(name, `Invalid string: ${name}`);
  return value;
}

function urlParam(params: FormParams, name: string): string | StripeErrorResponse {
  const value = stringParam(params, name);
  if (typeof value !== 'string') return value;
  return URL.canParse(value) && /^https?:$/.test(new URL(value).protocol) ? value : stripeErrors.invalidParameter(name, `Not a valid URL`);
}

export const endpoints: readonly Endpoint[] = [
  {
    method: 'POST',
    pattern: /^\/v1\/accounts\/([^/]+)\/login_links$/,
    params: ['expand'],
    handle(state, [id = ''], _params) {
      const account = connectedAccount(state, id);
      if (isError(account)) return account;
      if (dashboardOf(account) !== 'express') return stripeErrors.notExpressDashboard(account.id);
      if (!account.details_submitted) return stripeErrors.onboardingIncomplete();
      const link = issueLink(state, { kind: 'login', account: account.id }, state.loginLinkTtlSeconds, 'express');
      return { status: 200, body: { object: 'login_link', created: link.created, url: link.url } };
    },
  },
  {
    method: 'GET',
    pattern: /^\/v1\/accounts\/([^/]+)$/,
    params: ['expand'],
    handle(state, [id = ''], _params) {
      const account = connectedAccount(state, id);
      return isError(account) ? account : { status: 200, body: account };
    },
  },
  {
    method: 'POST',
    pattern: /^\/v1\/account_links$/,
    params: ['account', 'type', 'refresh_url', 'return_url', 'collect', 'collection_options', 'expand'],
    handle(state, _path, params) {
      const id = stringParam(params, 'account');
      if (typeof id !== 'string') return id;
      const type = stringParam(params, 'type');
      if (typeof type !== 'string') return type;
      if (type !== 'account_onboarding' && type !== 'account_update') {
        return stripeErrors.invalidParameter('type', `Invalid type: must be one of account_onboarding or account_update`);
      }
      const refreshUrl = urlParam(params, 'refresh_url');
      if (typeof refreshUrl !== 'string') return refreshUrl;
      const returnUrl = urlParam(params, 'return_url');
      if (typeof returnUrl !== 'string') return returnUrl;
      const account = connectedAccount(state, id);
      if (isError(account)) return account;
      const link = issueLink(state, { kind: 'onboarding', account: account.id, returnUrl }, state.accountLinkTtlSeconds, 'setup/s');
      return {
        status: 200,
        body: { object: 'account_link', created: link.created, expires_at: link.expiresAt, url: link.url },
      };
    },
  },
];

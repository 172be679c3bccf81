import { readFileSync } from 'node:fs';
import { Ajv, type AnySchema, type ValidateFunction } from 'ajv';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { ACCOUNT_STATES, startStripeFake, type AccountState, type FakeAccount, type StripeFake } from './index.js';

// Stripe's own OpenAPI description (the fragment this project uses, copied from shared/stripe) is
// the judge of every body the fake sends: successes and errors, for every endpoint and refusal.
interface OpenApi {
  paths: Record<string, Record<string, { responses: Record<string, { content: { 'application/json': { schema: AnySchema } } }> }>>;
  components: { schemas: Record<string, AnySchema & { properties?: Record<string, unknown> }> };
  'x-fixtures': { account: Record<string, unknown> };
}
const openapi = JSON.parse(readFileSync(new URL('../../openapi/stripe-connect.openapi.json', import.meta.url), 'utf8')) as OpenApi;

/**
 * `api_errors` refers to schemas the fragment leaves out (payment objects, cards, sources), which
 * only card and payment errors carry. They stand in as opaque objects here, and the test checks
 * separately that the fake never sends those fields, so nothing is waved through by that.
 */
const ABSENT_FROM_FRAGMENT = ['payment_intent', 'payment_method', 'setup_intent', 'bank_account', 'card', 'source'];
const ERROR_FIELDS_FOR_PAYMENTS = ['payment_intent', 'payment_method', 'setup_intent', 'source', 'charge', 'decline_code'];

/** Stripe's schemas allow unknown fields; closing them makes an invented field fail the test. */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (typeof schema !== 'object' || schema === null) return schema;
  const copy = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, closed(value)]));
  if ('properties' in copy && !('additionalProperties' in copy)) copy['additionalProperties'] = false;
  return copy;
}

function buildValidator() {
  const ajv = new Ajv({ allErrors: true, strict: true });
  // Stripe's vendor extensions are annotations; `unix-time` is an integer of seconds.
  ajv.addVocabulary(['components', 'x-expandableFields', 'x-resourceId', 'x-stripeBypassValidation']);
  ajv.addFormat('unix-time', { type: 'number', validate: (value: number) => Number.isInteger(value) && value > 0 });
  const schemas: Record<string, unknown> = { ...openapi.components.schemas };
  for (const name of ABSENT_FROM_FRAGMENT) schemas[name] = { type: 'object' };
  ajv.addSchema({ $id: 'stripe', components: { schemas: closed(schemas) } });
  const compile = (ref: string) => ajv.getSchema(`stripe#/components/schemas/${ref}`) as ValidateFunction;
  return { compile };
}

const { compile } = buildValidator();

/** The schema Stripe documents for an operation's answer with this status. */
function responseSchema(path: string, method: 'post' | 'get', status: number): ValidateFunction {
  const operation = openapi.paths[path]?.[method];
  if (!operation) {
    // GET /v1/accounts/{account} is not in the fragment: its errors use Stripe's one error schema,
    // and its successes are checked against Stripe's example account below.
    if (status === 200) throw new Error(`no success schema for ${method} ${path}`);
    return compile('error');
  }
  const response = operation.responses[status === 200 ? '200' : 'default'];
  const ref = (response?.content['application/json'].schema as { $ref: string }).$ref.split('/').at(-1) ?? '';
  return compile(ref);
}

const ids: Record<AccountState, string> = {
  express: 'acct_1ApiExpress000001',
  onboarding_incomplete: 'acct_1ApiOnboarding0001',
  full_dashboard: 'acct_1ApiFullDash00001',
  no_dashboard: 'acct_1ApiNoDash000001',
  disconnected: 'acct_1ApiGone00000001',
};
let fake: StripeFake;
beforeAll(async () => {
  fake = await startStripeFake({ accounts: ACCOUNT_STATES.map((state) => ({ id: ids[state], state })) });
});
afterAll(() => fake.close());

interface Case {
  name: string;
  method: 'post' | 'get';
  /** The OpenAPI path the request is an instance of. */
  operation: string;
  path: string;
  status: number;
  body?: string;
  headers?: Record<string, string>;
  /** Arms the fake before the request (faults). */
  arrange?: (fake: StripeFake) => void | Promise<unknown>;
}

const LOGIN = '/v1/accounts/{account}/login_links';
const ACCOUNT_LINKS = '/v1/account_links';
const ACCOUNT = '/v1/accounts/{account}';
const loginPath = (state: AccountState | 'unknown') =>
  `/v1/accounts/${state === 'unknown' ? 'acct_1NeverSeen000001' : ids[state]}/login_links`;
const onboarding = (extra: string) =>
  `account=${ids.onboarding_incomplete}&type=account_onboarding&refresh_url=https%3A%2F%2Fp.example%2Fr&return_url=https%3A%2F%2Fp.example%2Fok${extra}`;

const cases: Case[] = [
  { name: 'login link', method: 'post', operation: LOGIN, path: loginPath('express'), status: 200 },
  { name: 'login link, onboarding incomplete', method: 'post', operation: LOGIN, path: loginPath('onboarding_incomplete'), status: 400 },
  { name: 'login link, full dashboard', method: 'post', operation: LOGIN, path: loginPath('full_dashboard'), status: 400 },
  { name: 'login link, no dashboard', method: 'post', operation: LOGIN, path: loginPath('no_dashboard'), status: 400 },
  { name: 'login link, disconnected account', method: 'post', operation: LOGIN, path: loginPath('disconnected'), status: 403 },
  { name: 'login link, unknown account', method: 'post', operation: LOGIN, path: loginPath('unknown'), status: 403 },
  { name: 'no API key', method: 'post', operation: LOGIN, path: loginPath('express'), status: 401, headers: { authorization: '' } },
  {
    name: 'malformed Authorization',
    method: 'post',
    operation: LOGIN,
    path: loginPath('express'),
    status: 401,
    headers: { authorization: 'Token abc' },
  },
  {
    name: 'wrong API key',
    method: 'post',
    operation: LOGIN,
    path: loginPath('express'),
    status: 401,
    headers: { authorization: 'Bearer sk_test_wrong' },
  },
  {
    name: 'publishable key',
    method: 'post',
    operation: LOGIN,
    path: loginPath('express'),
    status: 401,
    headers: { authorization: 'Bearer pk_test_123' },
  },
  {
    name: 'JSON body',
    method: 'post',
    operation: LOGIN,
    path: loginPath('express'),
    status: 400,
    body: '{}',
    headers: { 'content-type': 'application/json' },
  },
  {
    name: 'unknown parameter',
    method: 'post',
    operation: LOGIN,
    path: loginPath('express'),
    status: 400,
    body: 'redirect_url=https%3A%2F%2Fx.example',
  },
  { name: 'unreadable parameter', method: 'post', operation: LOGIN, path: loginPath('express'), status: 400, body: 'expand]=x' },
  {
    name: 'malformed Stripe-Version',
    method: 'post',
    operation: LOGIN,
    path: loginPath('express'),
    status: 400,
    headers: { 'stripe-version': 'latest' },
  },
  {
    name: 'body too large',
    method: 'post',
    operation: LOGIN,
    path: loginPath('express'),
    status: 400,
    body: `expand[]=${'x'.repeat(70_000)}`,
  },
  {
    name: 'idempotency key reused with other parameters',
    method: 'post',
    operation: LOGIN,
    path: loginPath('express'),
    status: 400,
    body: 'expand[]=x',
    headers: { 'idempotency-key': 'openapi-reused' },
    arrange: (f) =>
      fetch(`${f.url}${loginPath('express')}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${f.secretKey}`, 'idempotency-key': 'openapi-reused' },
      }),
  },
  {
    name: 'fault: server error',
    method: 'post',
    operation: LOGIN,
    path: loginPath('express'),
    status: 500,
    arrange: (f) => f.injectFault({ kind: 'server_error' }),
  },
  {
    name: 'fault: 503',
    method: 'post',
    operation: LOGIN,
    path: loginPath('express'),
    status: 503,
    arrange: (f) => f.injectFault({ kind: 'server_error', status: 503 }),
  },
  {
    name: 'fault: rate limit',
    method: 'post',
    operation: LOGIN,
    path: loginPath('express'),
    status: 429,
    arrange: (f) => f.injectFault({ kind: 'rate_limit', retryAfterSeconds: 3 }),
  },
  { name: 'account link', method: 'post', operation: ACCOUNT_LINKS, path: ACCOUNT_LINKS, status: 200, body: onboarding('') },
  {
    name: 'account link, missing account',
    method: 'post',
    operation: ACCOUNT_LINKS,
    path: ACCOUNT_LINKS,
    status: 400,
    body: 'type=account_onboarding',
  },
  {
    name: 'account link, bad type',
    method: 'post',
    operation: ACCOUNT_LINKS,
    path: ACCOUNT_LINKS,
    status: 400,
    body: onboarding('').replace('account_onboarding', 'dashboard'),
  },
  {
    name: 'account link, bad URL',
    method: 'post',
    operation: ACCOUNT_LINKS,
    path: ACCOUNT_LINKS,
    status: 400,
    body: onboarding('').replace('https%3A%2F%2Fp.example%2Fr', 'javascript%3Aalert(1)'),
  },
  {
    name: 'account link, unknown parameter',
    method: 'post',
    operation: ACCOUNT_LINKS,
    path: ACCOUNT_LINKS,
    status: 400,
    body: onboarding('&color=red'),
  },
  {
    name: 'account link, disconnected account',
    method: 'post',
    operation: ACCOUNT_LINKS,
    path: ACCOUNT_LINKS,
    status: 403,
    body: onboarding('').replace(ids.onboarding_incomplete, ids.disconnected),
  },
  { name: 'account, disconnected', method: 'get', operation: ACCOUNT, path: `/v1/accounts/${ids.disconnected}`, status: 403 },
  { name: 'account, unknown parameter', method: 'get', operation: ACCOUNT, path: `/v1/accounts/${ids.express}?colour=red`, status: 400 },
  { name: 'unknown URL', method: 'post', operation: '/v1/nothing', path: '/v1/nothing', status: 404 },
];

async function send(testCase: Case): Promise<Response> {
  await testCase.arrange?.(fake);
  return fetch(`${fake.url}${testCase.path}`, {
    method: testCase.method.toUpperCase(),
    headers: {
      authorization: `Bearer ${fake.secretKey}`,
      ...(testCase.method === 'post' ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      ...testCase.headers,
    },
    body: testCase.body,
  });
}

describe('every answer validates against Stripe’s OpenAPI description', () => {
  it.each(cases)('$name: $status', async (testCase) => {
    const response = await send(testCase);
    expect(response.status).toBe(testCase.status);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('request-id')).toMatch(/^req_[A-Za-z0-9]+$/);
    const body: unknown = await response.json();
    const validate = responseSchema(testCase.operation, testCase.method, testCase.status);
    expect(validate(body) ? [] : validate.errors).toEqual([]);
    if (testCase.status !== 200) {
      const fields = Object.keys((body as { error: object }).error);
      expect(fields.filter((field) => ERROR_FIELDS_FOR_PAYMENTS.includes(field))).toEqual([]);
    }
  });

  it('catches a body that breaks the schema (the check itself works)', () => {
    const loginLink = responseSchema(LOGIN, 'post', 200);
    expect(loginLink({ object: 'login_link', created: 1, url: 'https://x' })).toBe(true);
    expect(loginLink({ object: 'login_link', created: 1, url: 'https://x', expires_at: 2 })).toBe(false);
    expect(loginLink({ object: 'login_link', created: '1', url: 'https://x' })).toBe(false);
    const error = responseSchema(LOGIN, 'post', 400);
    expect(error({ error: { type: 'invalid_request_error', message: 'x' } })).toBe(true);
    expect(error({ error: { type: 'validation_error', message: 'x' } })).toBe(false);
    expect(error({ message: 'x' })).toBe(false);
  });
});

/** Fields newer than Stripe's example account, which the stripe SDK's current `Account` type requires. */
const NEWER_THAN_EXAMPLE = ['account.business_profile.specified_commercial_transactions_act_url'];

/** Where an account differs in shape from Stripe's example: missing or extra fields, other JSON types. */
function shapeDifferences(actual: unknown, example: unknown, at: string): string[] {
  // A null in Stripe's example, or a null where it has a scalar, is a nullable field.
  if (example === null || (actual === null && typeof example !== 'object')) return [];
  if (Array.isArray(example)) {
    if (!Array.isArray(actual)) return [`${at}: expected an array`];
    return example.length === 0 ? [] : actual.flatMap((item, index) => shapeDifferences(item, example[0], `${at}[${index}]`));
  }
  if (typeof example === 'object') {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return [`${at}: expected an object`];
    const keys = new Set([...Object.keys(example), ...Object.keys(actual)]);
    return [...keys].flatMap((key) => {
      if (!(key in actual)) return [`${at}.${key}: missing`];
      if (!(key in example)) return NEWER_THAN_EXAMPLE.includes(`${at}.${key}`) ? [] : [`${at}.${key}: not in Stripe's example`];
      return shapeDifferences((actual as Record<string, unknown>)[key], (example as Record<string, unknown>)[key], `${at}.${key}`);
    });
  }
  return typeof actual === typeof example ? [] : [`${at}: ${typeof actual} instead of ${typeof example}`];
}

describe('accounts keep the shape of Stripe’s Account', () => {
  const { controller: _controller, ...example } = openapi['x-fixtures'].account;

  it.each(ACCOUNT_STATES.filter((state) => state !== 'disconnected'))('%s: same fields and types as Stripe’s example', async (state) => {
    const response = await fetch(`${fake.url}/v1/accounts/${ids[state]}`, { headers: { authorization: `Bearer ${fake.secretKey}` } });
    expect(response.status).toBe(200);
    const { controller, ...account } = (await response.json()) as FakeAccount;
    expect(shapeDifferences(account, example, 'account')).toEqual([]);
    // Stripe's example is a Standard account, whose controller is just `{ type: 'account' }`; other
    // accounts list who pays fees and losses and which dashboard they use.
    expect(Object.keys(controller)).toEqual(
      state === 'full_dashboard' ? ['type'] : ['fees', 'is_controller', 'losses', 'requirement_collection', 'stripe_dashboard', 'type'],
    );
  });

  it('notices a field Stripe does not have (the check itself works)', () => {
    expect(shapeDifferences({ a: 1, b: 'x' }, { a: 2 }, 'o')).toEqual(["o.b: not in Stripe's example"]);
    expect(shapeDifferences({ a: '1' }, { a: 2 }, 'o')).toEqual(['o.a: string instead of number']);
    expect(shapeDifferences({}, { a: null }, 'o')).toEqual(['o.a: missing']);
  });

  it('fits the stripe SDK’s Account type', () => {
    expectTypeOf<FakeAccount>().toExtend<Stripe.Account>();
  });
});

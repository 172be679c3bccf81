import { describe, expect, it } from 'vitest';
import { EnvironmentError } from '@open-express-dashboard/server/environment';
import { readConfig } from '../src/config.js';

const minimal = { STRIPE_SECRET_KEY: 'sk_test_abc123', AUTH_JWT_SECRET: 'x'.repeat(32) };

function problemsOf(env: NodeJS.ProcessEnv): EnvironmentError {
  try {
    readConfig(env);
  } catch (error) {
    if (error instanceof EnvironmentError) return error;
    throw error;
  }
  throw new Error('expected a EnvironmentError');
}

describe('readConfig', () => {
  it('starts from a key and a JWT secret, with safe defaults', () => {
    expect(readConfig(minimal)).toEqual({
      port: 8080,
      host: 'localhost',
      stripe: { secretKey: 'sk_test_abc123', apiUrl: undefined },
      auth: {
        secret: 'x'.repeat(32),
        jwksUrl: undefined,
        issuer: undefined,
        audience: undefined,
        accountClaim: 'stripe_account',
        cookie: undefined,
      },
      allowedOrigins: [],
      redisUrl: undefined,
      onboarding: undefined,
      fullDashboardUrl: undefined,
      ratePerMinute: 5,
      logLevel: 'info',
    });
  });

  it('reads every variable', () => {
    const config = readConfig({
      STRIPE_SECRET_KEY: 'rk_live_abc123',
      STRIPE_API_URL: 'http://127.0.0.1:12111',
      AUTH_JWKS_URL: 'https://id.example/.well-known/jwks.json',
      AUTH_ISSUER: 'https://id.example/',
      AUTH_AUDIENCE: 'payouts',
      AUTH_ACCOUNT_CLAIM: 'https://platform.example/stripe',
      AUTH_COOKIE: '__Host-session',
      ALLOWED_ORIGINS: 'https://shop.example, https://Admin.Shop.example:443/',
      REDIS_URL: 'rediss://cache.internal:6380/0',
      ONBOARDING_REFRESH_URL: 'https://shop.example/stripe/refresh',
      ONBOARDING_RETURN_URL: 'https://shop.example/stripe/return',
      FULL_DASHBOARD_URL: 'https://dashboard.stripe.com/',
      RATE_LIMIT_PER_MINUTE: '10',
      LOG_LEVEL: 'warn',
      PORT: '0',
      HOST: '0.0.0.0',
    });
    expect(config).toMatchObject({
      port: 0,
      host: '0.0.0.0',
      stripe: { apiUrl: 'http://127.0.0.1:12111' },
      auth: { jwksUrl: 'https://id.example/.well-known/jwks.json', audience: 'payouts', cookie: '__Host-session' },
      allowedOrigins: ['https://shop.example', 'https://admin.shop.example'],
      redisUrl: 'rediss://cache.internal:6380/0',
      onboarding: { refreshUrl: 'https://shop.example/stripe/refresh', returnUrl: 'https://shop.example/stripe/return' },
      ratePerMinute: 10,
      logLevel: 'warn',
    });
  });

  it('lists every missing variable at once', () => {
    const { problems } = problemsOf({});
    expect(problems).toEqual([
      'STRIPE_SECRET_KEY is required: the platform’s secret (sk_…) or restricted (rk_…) key',
      'AUTH_JWT_SECRET or AUTH_JWKS_URL is required: how to verify the callers’ tokens',
    ]);
  });

  it('lists every bad variable at once, naming it and never echoing a value', () => {
    const secretValues = ['pk_live_SHOULD_NOT_APPEAR', 'short-secret-SHOULD_NOT_APPEAR'];
    const error = problemsOf({
      STRIPE_SECRET_KEY: secretValues[0],
      AUTH_JWT_SECRET: secretValues[1],
      STRIPE_API_URL: 'http://127.0.0.1:12111/v1',
      ALLOWED_ORIGINS: 'https://shop.example,*,https://x.example/path',
      REDIS_URL: 'http://cache',
      ONBOARDING_RETURN_URL: 'https://shop.example/return',
      RATE_LIMIT_PER_MINUTE: 'lots',
      LOG_LEVEL: 'loud',
      PORT: '99999',
      AUTH_COOKIE: 'bad cookie',
    });
    expect(error.problems.map((problem) => problem.split(' ')[0])).toEqual([
      'STRIPE_SECRET_KEY',
      'STRIPE_API_URL',
      'AUTH_JWT_SECRET',
      'AUTH_COOKIE',
      'ALLOWED_ORIGINS',
      'ALLOWED_ORIGINS',
      'REDIS_URL',
      'RATE_LIMIT_PER_MINUTE',
      'LOG_LEVEL',
      'PORT',
      'ONBOARDING_REFRESH_URL',
    ]);
    expect(error.message).toMatch(/^The server cannot start\. Fix these environment variables:\n {2}- STRIPE_SECRET_KEY/);
    for (const value of secretValues) expect(error.message).not.toContain(value);
  });

  it('needs exactly one way to verify tokens, and an audience with a key set', () => {
    expect(problemsOf({ ...minimal, AUTH_JWKS_URL: 'https://id.example/jwks' }).problems).toContain(
      'AUTH_JWT_SECRET and AUTH_JWKS_URL are exclusive: set one',
    );
    const jwksOnly = { STRIPE_SECRET_KEY: 'sk_test_abc123', AUTH_JWKS_URL: 'https://id.example/jwks' };
    expect(problemsOf(jwksOnly).problems).toEqual([
      'AUTH_AUDIENCE is required with AUTH_JWKS_URL: an identity provider signs tokens for other apps too',
    ]);
    expect(readConfig({ ...jwksOnly, AUTH_AUDIENCE: 'payouts' }).auth.audience).toBe('payouts');
  });

  it('treats empty variables as unset', () => {
    expect(readConfig({ ...minimal, PORT: '', REDIS_URL: '' })).toMatchObject({ port: 8080, redisUrl: undefined });
  });
});

describe('the documentation', () => {
  it('lists exactly the variables the service reads', async () => {
    const { readFile } = await import('node:fs/promises');
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## What it serves'));
    const documented = [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map(([, name]) => name);
    const { ENV_VARIABLES } = await import('../src/config.js');
    expect(documented).toEqual(ENV_VARIABLES);
  });
});

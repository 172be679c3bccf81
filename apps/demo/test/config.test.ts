import { describe, expect, it } from 'vitest';
import { EnvironmentError } from '@open-express-dashboard/server/environment';
import { readConfig } from '../src/config.js';

describe('readConfig', () => {
  it('runs in demo mode when no Stripe key is set', () => {
    expect(readConfig({})).toEqual({
      port: 3000,
      host: 'localhost',
      sessionSecret: undefined,
      secureCookie: false,
      stripe: { mode: 'demo' },
    });
    expect(readConfig({ PORT: '8080', STRIPE_SECRET_KEY: '' }).port).toBe(8080);
  });

  it('marks the session cookie Secure when SESSION_COOKIE_SECURE=true (served over HTTPS)', () => {
    expect(readConfig({ SESSION_COOKIE_SECURE: 'true' }).secureCookie).toBe(true);
    expect(readConfig({ SESSION_COOKIE_SECURE: 'false' }).secureCookie).toBe(false);
    expect(() => readConfig({ SESSION_COOKIE_SECURE: 'yes' })).toThrow(/SESSION_COOKIE_SECURE must be true or false/);
  });

  it('leaves demo mode with a key, an optional API URL and the demo seller’s account', () => {
    const config = readConfig({
      STRIPE_SECRET_KEY: 'sk_test_abc123',
      STRIPE_API_URL: 'http://127.0.0.1:12111',
      DEMO_ACCOUNT_ID: 'acct_1Abc',
    });
    expect(config.stripe).toEqual({
      mode: 'stripe',
      secretKey: 'sk_test_abc123',
      apiUrl: 'http://127.0.0.1:12111',
      accountId: 'acct_1Abc',
    });
  });

  it('lists every problem at once, without echoing secrets', () => {
    const secret = 'pk_live_SHOULD_NOT_APPEAR';
    let error: unknown;
    try {
      readConfig({ PORT: 'eighty', STRIPE_SECRET_KEY: secret, STRIPE_API_URL: 'ftp://x', SESSION_SECRET: 'short' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EnvironmentError);
    const { problems, message } = error as EnvironmentError;
    expect(problems.map((p) => p.split(' ')[0])).toEqual([
      'PORT',
      'STRIPE_SECRET_KEY',
      'STRIPE_API_URL',
      'SESSION_SECRET',
      'DEMO_ACCOUNT_ID',
    ]);
    expect(message).not.toContain(secret);
    expect(message).not.toContain('short');
  });

  it('refuses half a Stripe configuration', () => {
    expect(() => readConfig({ DEMO_ACCOUNT_ID: 'acct_1Abc' })).toThrow(/STRIPE_SECRET_KEY is required/);
  });
});

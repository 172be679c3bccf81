import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EnvironmentError, readEnvironment, stripeApiUrlSchema, stripeSecretKeySchema } from './environment.js';

const schema = z.object({
  STRIPE_SECRET_KEY: stripeSecretKeySchema,
  STRIPE_API_URL: stripeApiUrlSchema.optional(),
  PORT: z.coerce.number().int('must be a whole number').default(8080),
});

function failureOf(env: NodeJS.ProcessEnv, crossChecks?: (vars: Record<string, string>) => string[]): EnvironmentError {
  try {
    readEnvironment(schema, env, { subject: 'Payouts', ...(crossChecks ? { crossChecks } : {}) });
  } catch (error) {
    if (error instanceof EnvironmentError) return error;
    throw error;
  }
  throw new Error('expected an EnvironmentError');
}

describe('readEnvironment', () => {
  it('returns the parsed values, treating an empty variable as unset', () => {
    expect(readEnvironment(schema, { STRIPE_SECRET_KEY: 'rk_live_a_b1', PORT: '' }, { subject: 'Payouts' })).toEqual({
      STRIPE_SECRET_KEY: 'rk_live_a_b1',
      PORT: 8080,
    });
  });

  it('lists every problem at once, cross-checks included, by name and never by value', () => {
    const secret = 'pk_live_NOT_A_SECRET_KEY';
    const error = failureOf({ STRIPE_SECRET_KEY: secret, STRIPE_API_URL: 'http://127.0.0.1:12111/v1', PORT: '80.5' }, (vars) =>
      vars['PORT'] ? ['PORT and STRIPE_API_URL disagree'] : [],
    );
    expect(error.problems.map((problem) => problem.split(' ')[0])).toEqual(['STRIPE_SECRET_KEY', 'STRIPE_API_URL', 'PORT', 'PORT']);
    expect(error.message).toMatch(/^Payouts cannot start\. Fix these environment variables:\n {2}- STRIPE_SECRET_KEY must be/);
    expect(error.message).not.toContain(secret);
    expect(error.message).not.toContain('80.5');
  });

  it('fails on a cross-check alone', () => {
    expect(failureOf({ STRIPE_SECRET_KEY: 'sk_test_1' }, () => ['set both or neither']).problems).toEqual(['set both or neither']);
  });

  it('says what a missing required variable is for', () => {
    expect(failureOf({}).problems).toEqual(['STRIPE_SECRET_KEY is required: the platform’s secret (sk_…) or restricted (rk_…) key']);
  });
});

import { ACCOUNT_ID_PATTERN } from '@open-express-dashboard/contract';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InputError, checkedCaller, parseLoginLinkInput } from './input.js';

// The zod schemas these checks replaced (zod is no longer imported on the request path: cold
// start). Any value one accepts the other accepts, with the same result.
const accountIdSchema = z.string().regex(ACCOUNT_ID_PATTERN);
const inputSchema = z.object({ accountId: accountIdSchema.optional() }).optional();
const callerSchema = z.object({ userId: z.string().min(1), accountIds: z.array(z.string()).readonly() });

const accountId = fc.oneof(fc.stringMatching(ACCOUNT_ID_PATTERN), fc.constantFrom('acct_', 'acct_1\n', ' acct_1', 'ACCT_1'), fc.string());
/** Values near the shapes (right keys, wrong types, inherited or sparse), and anything at all. */
const nearInput = fc.oneof(
  fc.anything(),
  fc.record({ accountId: fc.oneof(accountId, fc.anything()) }, { requiredKeys: [] }),
  fc.record({ accountId, extra: fc.anything() }),
  accountId.map((id) => Object.create({ accountId: id }) as object),
  fc.constantFrom(undefined, null, [], {}, { accountId: undefined }, new Date(0)),
);
const nearCaller = fc.oneof(
  fc.anything(),
  fc.record({
    userId: fc.oneof(fc.string(), fc.anything()),
    accountIds: fc.oneof(fc.array(fc.string()), fc.array(fc.anything()), fc.sparseArray(fc.string()), fc.anything()),
    extra: fc.anything(),
  }),
);

function zodOutcome(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, data: result.data } : { ok: false };
}

function ownOutcome(parse: () => unknown) {
  try {
    return { ok: true, data: parse() };
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return { ok: false };
  }
}

describe('parseLoginLinkInput', () => {
  it('accepts and returns exactly what the zod schema did', () => {
    fc.assert(
      fc.property(nearInput, (value) => {
        expect(ownOutcome(() => parseLoginLinkInput(value))).toStrictEqual(zodOutcome(inputSchema, value));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses what is not an account id, with a message that says so', () => {
    expect(() => parseLoginLinkInput({ accountId: 'acct_1; DROP' })).toThrow('Expected a Stripe account id (acct_…)');
    expect(() => parseLoginLinkInput('acct_1')).toThrow(InputError);
    expect(parseLoginLinkInput({ accountId: 'acct_1', role: 'admin' })).toStrictEqual({ accountId: 'acct_1' });
  });
});

describe('checkedCaller', () => {
  it('accepts and returns exactly what the zod schema did', () => {
    fc.assert(
      fc.property(nearCaller, (value) => {
        const result = zodOutcome(callerSchema, value);
        expect(checkedCaller(value)).toStrictEqual(result.ok ? result.data : undefined);
      }),
      { numRuns: 2000 },
    );
  });

  it('copies the accounts, so the caller object cannot change them later', () => {
    const accountIds = ['acct_1'];
    const caller = checkedCaller({ userId: 'u', accountIds });
    accountIds.push('acct_2');
    expect(caller).toStrictEqual({ userId: 'u', accountIds: ['acct_1'] });
  });
});

import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { checkedCaller, parseLoginLinkInput } from './input.js';

describe('parseLoginLinkInput', () => {
  it('takes nothing, or an object with an optional account id, and drops other keys', async () => {
    await expect(parseLoginLinkInput(undefined)).resolves.toBeUndefined();
    await expect(parseLoginLinkInput({})).resolves.toStrictEqual({});
    await expect(parseLoginLinkInput({ accountId: 'acct_1Abc', role: 'admin' })).resolves.toStrictEqual({ accountId: 'acct_1Abc' });
  });

  it('refuses anything else, saying what an account id looks like', async () => {
    await expect(parseLoginLinkInput({ accountId: 'acct_1; DROP' })).rejects.toThrow('Expected a Stripe account id (acct_…)');
    for (const value of ['acct_1Abc', null, [], { accountId: 42 }])
      await expect(parseLoginLinkInput(value)).rejects.toBeInstanceOf(ZodError);
  });
});

describe('checkedCaller', () => {
  it('returns a copy of a caller, and nothing for what is not one', async () => {
    const caller = { userId: 'u_1', accountIds: ['acct_1Abc'], extra: true };
    await expect(checkedCaller(caller)).resolves.toStrictEqual({ userId: 'u_1', accountIds: ['acct_1Abc'] });
    // A string would match account ids by substring; an empty user id would share one rate limit.
    for (const value of [{ userId: 'u_1', accountIds: 'acct_1Abc' }, { userId: '', accountIds: [] }, { accountIds: [] }, null]) {
      await expect(checkedCaller(value)).resolves.toBeUndefined();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { AccountStateCache, type AccountState } from './account-cache.js';

const full: AccountState = { dashboard: 'full', detailsSubmitted: true };
const onboarding: AccountState = { dashboard: 'express', detailsSubmitted: false };

describe('AccountStateCache', () => {
  it('remembers an account state until its time is up', () => {
    let now = 1_000_000;
    const cache = new AccountStateCache({ ttlSeconds: 30 }, () => now);
    cache.set('acct_1A', full);
    now += 29_999;
    expect(cache.get('acct_1A')).toEqual(full);
    now += 1;
    expect(cache.get('acct_1A')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps at most maxEntries, dropping the least recently stored', () => {
    const cache = new AccountStateCache({ maxEntries: 2 });
    cache.set('acct_1A', full);
    cache.set('acct_1B', onboarding);
    cache.set('acct_1A', full); // stored again: now the newest
    cache.set('acct_1C', onboarding);
    expect(cache.get('acct_1B')).toBeUndefined();
    expect(cache.get('acct_1A')).toEqual(full);
    expect(cache.get('acct_1C')).toEqual(onboarding);
  });

  it('stores nothing with a zero time to live', () => {
    const cache = new AccountStateCache({ ttlSeconds: 0 });
    cache.set('acct_1A', full);
    expect(cache.get('acct_1A')).toBeUndefined();
  });

  it('refuses nonsense settings', () => {
    expect(() => new AccountStateCache({ ttlSeconds: -1 })).toThrow(RangeError);
    expect(() => new AccountStateCache({ maxEntries: 0 })).toThrow(RangeError);
  });
});

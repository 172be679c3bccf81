import fc from 'fast-check';
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { sanitizeEntry, scrub, scrubAll, serializeError } from './sanitize.js';

describe('scrub', () => {
  it.each([
    ['Invalid API Key provided: sk_test_*************_key', 'Invalid API Key provided: [redacted key]'],
    ['key sk_live_51AbCdEf and rk_test_123', 'key [redacted key] and [redacted key]'],
    ['Authorization: Bearer abc.def', 'Authorization: Bearer [redacted]'],
    ['token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl here', 'token [redacted token] here'],
    ['go to https://connect.stripe.com/express/acct_1/Ln1Abc?x=1 now', 'go to https://connect.stripe.com/[redacted] now'],
    ['see https://stripe.com/docs', 'see https://stripe.com/[redacted]'],
    ['origin https://shop.example only', 'origin https://shop.example only'],
    ['connect rediss://default:s3cret@cache.internal:6380/0 failed', 'connect rediss://[redacted]@cache.internal:6380/0 failed'],
    ['at https://user:pw@host.example/x', 'at https://host.example/[redacted]'],
  ])('%j → %j', (text, expected) => {
    expect(scrub(text)).toBe(expected);
  });

  it('skips only texts no scrubber would change (its shortcut is exact)', () => {
    // Texts made of the pieces secrets are made of, so the scrubbers match often and at edges.
    const piece = fc.constantFrom(
      'sk',
      'rk',
      'pk',
      '_',
      'test',
      'live',
      'whsec',
      'eyJ',
      'ey',
      'J',
      'Bearer',
      'BASIC',
      ' ',
      '\t',
      'https',
      'redis',
      ':',
      '//',
      '@',
      '.',
      '/',
      'a1',
      'Z',
      '*',
      '"',
      '-',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        expect(scrub(text)).toBe(scrubAll(text));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('serializeError', () => {
  it('keeps Stripe’s type, code, status and request id, scrubs the message and stack, drops the raw body', () => {
    const error = Stripe.errors.StripeError.generate({
      type: 'invalid_request_error',
      message: 'Invalid API Key provided: sk_test_****wxyz',
      code: 'api_key_invalid',
      statusCode: 401,
      requestId: 'req_123',
    });
    const serialized = serializeError(new Error('wrapped', { cause: error }));
    expect(serialized['cause']).toMatchObject({
      type: 'StripeAuthenticationError',
      code: 'api_key_invalid',
      statusCode: 401,
      requestId: 'req_123',
      message: 'Invalid API Key provided: [redacted key]',
    });
    const text = JSON.stringify(serialized);
    expect(text).not.toContain('sk_test_');
    expect(text).not.toContain('wxyz');
    expect(text).not.toContain('"raw"');
  });
});

describe('sanitizeEntry', () => {
  it('replaces credential fields wherever they sit, in any case, and scrubs every other string', () => {
    const entry = {
      url: 'https://connect.stripe.com/express/acct_1/secret',
      req: { headers: { Authorization: 'Bearer abc', cookie: 'session=xyz', 'set-cookie': ['a=1'] } },
      calls: [{ secretKey: 'anything', apiKey: 'anything' }, { deeper: { token: 'tok', note: 'key sk_live_123456789' } }],
      kept: { origin: 'https://platform.example', reason: 'RATE_LIMITED', latencyMs: 12, empty: undefined },
    };
    expect(sanitizeEntry(entry)).toEqual({
      url: '[redacted]',
      req: { headers: { Authorization: '[redacted]', cookie: '[redacted]', 'set-cookie': '[redacted]' } },
      calls: [{ secretKey: '[redacted]', apiKey: '[redacted]' }, { deeper: { token: '[redacted]', note: 'key [redacted key]' } }],
      kept: { origin: 'https://platform.example', reason: 'RATE_LIMITED', latencyMs: 12, empty: undefined },
    });
  });

  it('never changes the entry, and returns it as it is when nothing needs to change', () => {
    const clean = { event: 'login_link', outcome: 'created', userId: 'seller-1', nested: { list: [1, 'two'] } };
    expect(sanitizeEntry(clean)).toBe(clean);
    const dirty = { event: 'login_link', nested: { url: 'https://x.example/secret' }, list: ['Bearer abc'] };
    const copy = structuredClone(dirty);
    const sanitized = sanitizeEntry(dirty);
    expect(dirty).toEqual(copy);
    expect(sanitized).toEqual({ event: 'login_link', nested: { url: '[redacted]' }, list: ['Bearer [redacted]'] });
  });

  it('serializes errors wherever they sit, and writes what JSON would write for objects that say (a URL, a Date)', () => {
    const sanitized = sanitizeEntry({
      err: new Error('failed for sk_test_abc'),
      at: [new URL('https://connect.stripe.com/express/acct_1/secret')],
      when: new Date(0),
    });
    expect(sanitized.err).toMatchObject({ type: 'Error', message: 'failed for [redacted key]' });
    expect(sanitized.at).toEqual(['https://connect.stripe.com/[redacted]']);
    expect(sanitized.when).toBe('1970-01-01T00:00:00.000Z');
  });

  it('replaces what is nested too deep to walk, and cuts cycles', () => {
    let deep: Record<string, unknown> = { secret: 'sk_live_deep' };
    for (let level = 0; level < 10; level += 1) deep = { deep };
    expect(JSON.stringify(sanitizeEntry(deep))).not.toContain('sk_live_deep');
    const cyclic: Record<string, unknown> = { name: 'loop', list: [] };
    cyclic['self'] = cyclic;
    (cyclic['list'] as unknown[]).push(cyclic, 'Bearer abc');
    expect(sanitizeEntry(cyclic)).toEqual({ name: 'loop', list: ['[Circular]', 'Bearer [redacted]'], self: '[Circular]' });
  });
});

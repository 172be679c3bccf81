import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import fc from 'fast-check';
import Stripe from 'stripe';
import { describe, expect, it, vi } from 'vitest';
import { captureLogs } from '../test/support.js';
import { createLogger, scrub, scrubAll, serializeError } from './logging.js';

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

describe('createLogger', () => {
  it('redacts credential fields wherever they sit, and scrubs every string', () => {
    const logs = captureLogs();
    logs.logger.info(
      {
        url: 'https://connect.stripe.com/express/acct_1/secret',
        req: { headers: { authorization: 'Bearer abc', cookie: 'session=xyz' } },
        note: 'the key was sk_live_123456789',
        nested: { deeper: { text: 'jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln' } },
      },
      'hello',
    );
    const text = logs.text();
    for (const secret of ['/express/acct_1/secret', 'Bearer abc', 'session=xyz', 'sk_live_123456789', 'eyJhbGciOiJIUzI1NiJ9']) {
      expect(text).not.toContain(secret);
    }
    expect(logs.entries()[0]).toMatchObject({ msg: 'hello', url: '[redacted]', component: 'open-express-dashboard' });
  });

  it('writes through a pino transport when given one (instead of the shared stdout), redacted', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'oed-log-')), 'out.log');
    const logger = createLogger({ transport: { target: 'pino/file', options: { destination: file } } });
    logger.info({ token: 'tok-SECRET' }, 'through the transport');
    let text = '';
    for (let tries = 0; tries < 100 && !text.includes('through the transport'); tries += 1) {
      await sleep(50);
      text = await readFile(file, 'utf8').catch(() => '');
    }
    expect(JSON.parse(text)).toMatchObject({ msg: 'through the transport', token: '[redacted]' });
  });

  it('writes through process.stdout when its write was replaced, as pino does by default', () => {
    let captured = '';
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((captured += String(chunk)), true));
    try {
      createLogger().info({ cookie: 'session=SECRET' }, 'captured');
    } finally {
      write.mockRestore();
    }
    expect(JSON.parse(captured)).toMatchObject({ msg: 'captured', cookie: '[redacted]' });
  });
});

import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { captureLogs } from '../../test/support.js';
import { createLogger } from './pino.js';

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
    expect(logs.entries()[0]).toMatchObject({ msg: 'hello', url: '[redacted]' });
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
    // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was, below
    const write = process.stdout.write;
    let captured = '';
    process.stdout.write = (chunk: string) => ((captured += chunk), true);
    try {
      createLogger().info({ cookie: 'session=SECRET' }, 'captured');
    } finally {
      process.stdout.write = write;
    }
    expect(JSON.parse(captured)).toMatchObject({ msg: 'captured', cookie: '[redacted]' });
  });
});

describe('loggers derived from createLogger', () => {
  it('keep the redaction in their own entries and bindings, however many levels down', () => {
    const logs = captureLogs();
    const child = logs.logger.child({ request: { url: 'https://connect.stripe.com/express/acct_1/child-binding' } });
    const grandchild = child.child({
      note: 'token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln',
    });
    grandchild.error(
      { err: Object.assign(new Error('boom sk_test_abcdef'), { raw: { secret: 'raw-body' } }), cookie: 'session=abc' },
      'derived',
    );
    const text = logs.text();
    for (const secret of ['child-binding', 'eyJhbGciOiJIUzI1NiJ9', 'sk_test_abcdef', 'raw-body', 'session=abc'])
      expect(text).not.toContain(secret);
    expect(logs.entries()[0]).toMatchObject({
      msg: 'derived',
      request: { url: '[redacted]' },
      err: { type: 'Error', message: 'boom [redacted key]' },
    });
  });
});

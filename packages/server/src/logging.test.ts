import { pino } from 'pino';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsoleLogger, resolveLogger, type Logger } from './logging.js';

const URL_IN_LINK = 'https://connect.stripe.com/express/acct_1Probe/unredacted-probe';

/** What went through each console method while `run` ran. */
function consoleLines(run: () => void): { method: string; entry: Record<string, unknown> }[] {
  const lines: { method: string; entry: Record<string, unknown> }[] = [];
  for (const method of ['debug', 'info', 'warn', 'error'] as const) {
    vi.spyOn(console, method).mockImplementation(
      (line: string) => void lines.push({ method, entry: JSON.parse(line) as Record<string, unknown> }),
    );
  }
  run();
  return lines;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createConsoleLogger', () => {
  it('writes one JSON line per entry in pino’s shape, through the console method of its level', () => {
    const lines = consoleLines(() => {
      const logger = createConsoleLogger({ level: 'debug' });
      logger.trace({ n: 0 }, 'too low');
      logger.debug({ n: 1 }, 'debugging');
      logger.info({ n: 2 }, 'informing');
      logger.warn({ n: 3 }, 'warning');
      logger.error({ n: 4 }, 'failing');
      logger.fatal({ n: 5 });
      logger.info('a message alone');
    });
    expect(lines.map(({ method, entry }) => [method, entry['level'], entry['n'], entry['msg']])).toEqual([
      ['debug', 20, 1, 'debugging'],
      ['info', 30, 2, 'informing'],
      ['warn', 40, 3, 'warning'],
      ['error', 50, 4, 'failing'],
      ['error', 60, 5, undefined],
      ['info', 30, undefined, 'a message alone'],
    ]);
    expect(typeof lines[0]?.entry['time']).toBe('number');
  });

  it('redacts and scrubs every entry and every binding of its children', () => {
    const lines = consoleLines(() => {
      const child = createConsoleLogger().child({ session: { cookie: 'session=binding-secret' } });
      child.info({ url: URL_IN_LINK, err: new Error(`failed at ${URL_IN_LINK}`), note: 'Bearer abc.def' }, 'done');
    });
    const text = JSON.stringify(lines);
    expect(text).not.toContain('unredacted-probe');
    expect(text).not.toContain('binding-secret');
    expect(text).not.toContain('abc.def');
    expect(lines[0]?.entry).toMatchObject({ session: { cookie: '[redacted]' }, url: '[redacted]', err: { type: 'Error' }, msg: 'done' });
  });

  it('writes what JSON cannot (cycles, BigInt) without throwing, and nothing at all when silent', () => {
    const cyclic: Record<string, unknown> = { big: 10n };
    cyclic['self'] = cyclic;
    const lines = consoleLines(() => {
      createConsoleLogger().info({ cyclic }, 'odd');
      createConsoleLogger({ level: 'silent' }).error({}, 'never');
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.entry['cyclic']).toEqual({ big: '10', self: '[Circular]' });
  });

  it('refuses a level it does not know', () => {
    expect(() => createConsoleLogger({ level: 'verbose' as 'info' })).toThrow(RangeError);
  });
});

describe('resolveLogger', () => {
  /** A logger of the platform's that redacts nothing, as pino's browser build does on Workers. */
  function recordingLogger(lines: unknown[], bindings: Record<string, unknown> = {}): Logger {
    const write = (fields: object | string, message?: string) =>
      void lines.push({ ...bindings, ...(typeof fields === 'string' ? { msg: fields } : { ...fields, msg: message }) });
    return { info: write, warn: write, error: write, child: (more) => recordingLogger(lines, { ...bindings, ...more }) };
  }

  it('makes what the library writes to a platform’s logger safe before it gets there, and tags it', () => {
    const lines: unknown[] = [];
    const logger = resolveLogger(recordingLogger(lines));
    logger.warn({ url: URL_IN_LINK, err: new Error('sk_live_abc') }, 'refused');
    logger.child({ token: 'binding-token' }).info('child');
    const text = JSON.stringify(lines);
    expect(text).not.toContain('unredacted-probe');
    expect(text).not.toContain('sk_live_abc');
    expect(text).not.toContain('binding-token');
    expect(lines).toMatchObject([
      { component: 'open-express-dashboard', url: '[redacted]', err: { type: 'Error', message: '[redacted key]' }, msg: 'refused' },
      { component: 'open-express-dashboard', token: '[redacted]', msg: 'child' },
    ]);
  });

  it('keeps the serialized error as it is in a platform’s own pino logger (pino would re-serialize it)', () => {
    let text = '';
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => void ((text += chunk.toString()), done()) });
    const stripeLike = Object.assign(new Error('No such account'), {
      type: 'StripeInvalidRequestError',
      statusCode: 400,
      raw: { secret: 'raw-body' },
    });
    resolveLogger(pino(sink)).error({ err: stripeLike }, 'failed');
    const entry = JSON.parse(text) as { err: Record<string, unknown> };
    expect(entry.err).toMatchObject({ type: 'StripeInvalidRequestError', statusCode: 400, message: 'No such account' });
    expect(text).not.toContain('raw-body');
  });

  it('gives the adapter’s fallback when unset, nothing at all with false, and resolves a resolved logger to itself', () => {
    const lines: unknown[] = [];
    const fallback = resolveLogger(undefined, () => recordingLogger(lines));
    fallback.info({ n: 1 }, 'fallback');
    expect(lines).toEqual([{ component: 'open-express-dashboard', n: 1, msg: 'fallback' }]);
    expect(resolveLogger(fallback)).toBe(fallback);
    const silent = resolveLogger(false);
    const quiet = consoleLines(() => silent.error({}, 'never'));
    expect(quiet).toEqual([]);
  });
});

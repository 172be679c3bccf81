import { sanitizeEntry } from './logging/sanitize.js';

/** One level's method: fields and a message, as pino takes them, or a message alone. */
export interface LogMethod {
  (fields: object, message?: string): void;
  (message: string): void;
}

/**
 * What the library writes its log lines to: pino's `Logger` is one, so is
 * {@link createConsoleLogger}'s. The library makes every entry safe before it reaches it.
 */
export interface Logger {
  info: LogMethod;
  warn: LogMethod;
  error: LogMethod;
  child(bindings: Record<string, unknown>, options?: { serializers?: Record<string, (value: never) => unknown> }): Logger;
}

/** Levels, by name, with pino's numbers: a line is written when its level is at least the logger's. */
const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 } as const;

export type LogLevel = keyof typeof LEVELS | 'silent';

/** A {@link Logger} of every level, as {@link createConsoleLogger} makes them. */
export interface ConsoleLogger extends Logger {
  trace: LogMethod;
  debug: LogMethod;
  fatal: LogMethod;
  child(bindings: Record<string, unknown>): ConsoleLogger;
}

export interface ConsoleLoggerOptions {
  /** The lowest level written. Default `info`; `silent` writes nothing. */
  level?: LogLevel;
}

/** Loggers whose every line is already safe: given back to the library, they are not wrapped again. */
const safeLoggers = new WeakSet<Logger>();

/** Where each level goes: runtimes (Cloudflare's logs among them) read the level from the method. */
const CONSOLE_METHODS = { trace: 'debug', debug: 'debug', info: 'info', warn: 'warn', error: 'error', fatal: 'error' } as const;

/** JSON that never throws: a cycle or a repeated object becomes `[Circular]`, a BigInt its digits. */
function toJsonLine(entry: object): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(entry, (_name, value: unknown) => {
    if (typeof value === 'bigint') return value.toString();
    if (typeof value !== 'object' || value === null) return value;
    if (seen.has(value)) return '[Circular]';
    seen.add(value);
    return value;
  });
}

/**
 * A logger that writes one JSON line per entry through `console`, in pino's shape (`level`, `time`,
 * `msg`), with the library's redaction and scrubbing applied to every entry and binding, on any
 * runtime. It imports nothing: use it where pino cannot redact (on Cloudflare Workers, bundlers
 * give pino its browser build, which ignores redaction) or should not run (Deno without
 * `--allow-sys`). It is the Fetch adapter's default.
 *
 * @example
 * createExpressDashboardFetchHandler({ stripe, authenticate, logger: createConsoleLogger({ level: 'warn' }) });
 */
export function createConsoleLogger(options: ConsoleLoggerOptions = {}): ConsoleLogger {
  const level = options.level ?? 'info';
  if (level !== 'silent' && !Object.hasOwn(LEVELS, level)) {
    throw new RangeError(`level must be one of ${[...Object.keys(LEVELS), 'silent'].join(', ')}`);
  }
  return consoleLogger(level === 'silent' ? Infinity : LEVELS[level], {});
}

/** A {@link LogMethod} from one that always takes fields. */
function logMethod(write: (fields: object, message: string | undefined) => void): LogMethod {
  return (fieldsOrMessage: object | string, message?: string) =>
    typeof fieldsOrMessage === 'string' ? write({}, fieldsOrMessage) : write(fieldsOrMessage, message);
}

function consoleLogger(threshold: number, bindings: Record<string, unknown>): ConsoleLogger {
  const at = (name: keyof typeof LEVELS) =>
    logMethod((fields, message) => {
      const level = LEVELS[name];
      if (level < threshold) return;
      const line = toJsonLine({
        level,
        time: Date.now(),
        ...bindings,
        ...sanitizeEntry(fields),
        ...(message === undefined ? {} : { msg: message }),
      });
      // eslint-disable-next-line no-console -- writing to the console is this logger's one job
      console[CONSOLE_METHODS[name]](line);
    });
  const logger: ConsoleLogger = {
    trace: at('trace'),
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    fatal: at('fatal'),
    child: (more) => consoleLogger(threshold, { ...bindings, ...sanitizeEntry(more) }),
  };
  safeLoggers.add(logger);
  return logger;
}

/** Writes nothing: `logger: false`. */
const silentLogger: Logger = { info() {}, warn() {}, error() {}, child: () => silentLogger };
safeLoggers.add(silentLogger);

/** pino's default `err` serializer would re-serialize the safe error the library already wrote. */
const KEEP_SERIALIZED_ERRORS = { serializers: { err: (value: never) => value } };

/**
 * A logger of the platform's, wrapped so that whatever the library writes to it is made safe
 * first: whichever logger it is (pino on Node, pino's browser build, another), none can be trusted
 * to redact with options of ours.
 */
function sanitizing(logger: Logger): Logger {
  const wrapped: Logger = {
    info: logMethod((fields, message) => logger.info(sanitizeEntry(fields), message)),
    warn: logMethod((fields, message) => logger.warn(sanitizeEntry(fields), message)),
    error: logMethod((fields, message) => logger.error(sanitizeEntry(fields), message)),
    child: (bindings) => sanitizing(logger.child(sanitizeEntry(bindings), KEEP_SERIALIZED_ERRORS)),
  };
  safeLoggers.add(wrapped);
  return wrapped;
}

/** Marks a logger whose lines are made safe where they are written (pino with the library's formatters). */
export function markSafe<T extends Logger>(logger: T): T {
  safeLoggers.add(logger);
  return logger;
}

/** Loggers {@link resolveLogger} returned: an adapter resolves, then hands the result to the router. */
const resolvedLoggers = new WeakSet<Logger>();

/**
 * The logger a router or adapter writes to, from its `logger` option: `false` for none, the
 * adapter's `fallback` when unset (the console logger unless the adapter has a better one), and
 * the platform's own otherwise, each tagged with `component: 'open-express-dashboard'` and wrapped
 * in the library's redaction unless it does that itself.
 */
export function resolveLogger(option: Logger | false | undefined, fallback: () => Logger = createConsoleLogger): Logger {
  if (option === false) return silentLogger;
  const logger = option ?? fallback();
  if (resolvedLoggers.has(logger)) return logger;
  const tagged = safeLoggers.has(logger)
    ? logger.child({ component: 'open-express-dashboard' })
    : sanitizing(logger).child({ component: 'open-express-dashboard' });
  resolvedLoggers.add(tagged);
  return tagged;
}

import { pino, type Logger, type LoggerOptions } from 'pino';

/**
 * Fields that may hold credentials wherever they appear in a log entry: login and onboarding URLs,
 * tokens, cookies, keys. pino replaces them before anything is written.
 */
export const REDACT_PATHS = [
  'url',
  '*.url',
  'token',
  '*.token',
  'secretKey',
  '*.secretKey',
  'apiKey',
  '*.apiKey',
  'authorization',
  '*.authorization',
  '*.headers.authorization',
  'cookie',
  '*.cookie',
  '*.headers.cookie',
  '*.headers["set-cookie"]',
] as const;

const CENSOR = '[redacted]';

const SCRUBBERS: readonly [RegExp, (match: string, ...groups: string[]) => string][] = [
  // Stripe keys, including the starred form Stripe puts in its messages (`sk_test_****1234`).
  [/\b(?:sk|rk|pk)_(?:test|live)_[A-Za-z0-9_*]+/g, () => '[redacted key]'],
  [/\bwhsec_[A-Za-z0-9_*]+/g, () => '[redacted key]'],
  // JSON Web Tokens (three base64url parts, the first a JSON header).
  [/\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/g, () => '[redacted token]'],
  [/\b(Bearer|Basic)\s+[^\s"',]+/gi, (match) => `${match.split(/\s/)[0]} ${CENSOR}`],
  // Credentials in any URL (`rediss://user:password@host`), whatever the scheme.
  [/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@"'<>]+@/gi, (_match, scheme: string) => `${scheme}${CENSOR}@`],
  // Any URL keeps its origin (useful when debugging) but loses path and query: login links are credentials.
  [
    /\bhttps?:\/\/[^\s"'<>]+/g,
    (match) => {
      try {
        const url = new URL(match);
        return url.pathname === '/' && !url.search ? url.origin : `${url.origin}/${CENSOR}`;
      } catch {
        return CENSOR;
      }
    },
  ],
];

/**
 * What any scrubber needs to find in a text before it can match: `_test_`/`_live_` (keys), `whsec_`,
 * `eyJ` (a JWT's header), `Bearer`/`Basic`, `://` (URLs). Most strings in a log entry (ids, reasons,
 * kinds) have none, and one test is cheaper than six replacements.
 */
const MIGHT_HOLD_A_SECRET = /_test_|_live_|whsec_|eyJ|bearer|basic|:\/\//i;

/** Every scrubber, in order, on any text. */
export function scrubAll(text: string): string {
  return SCRUBBERS.reduce((result, [pattern, replace]) => result.replace(pattern, replace), text);
}

/** Removes keys, tokens and URL paths from free text (such as Stripe's error messages). */
export function scrub(text: string): string {
  return MIGHT_HOLD_A_SECRET.test(text) ? scrubAll(text) : text;
}

/**
 * Scrubs every string in a log entry, however deep, so no field can smuggle a secret out. Errors are
 * left to {@link serializeError} (pino runs this formatter before serializers).
 */
function scrubDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value);
  if (depth > 8 || value === null || typeof value !== 'object' || value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((item) => scrubDeep(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubDeep(item, depth + 1)]));
}

/** The parts of a Stripe error worth logging: never its raw body, headers or the request it came from. */
interface StripeErrorLike {
  type?: unknown;
  rawType?: unknown;
  code?: unknown;
  statusCode?: unknown;
  requestId?: unknown;
}

/**
 * Serializes an error for the logs: its type, message and stack (scrubbed), Stripe's code, status
 * and request id, and its cause chain. Drops everything else (raw bodies, headers, configs).
 */
export function serializeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: scrub(String(error)) };
  const stripe = error as Error & StripeErrorLike;
  const serialized: Record<string, unknown> = {
    type: typeof stripe.type === 'string' ? stripe.type : error.name,
    message: scrub(error.message),
  };
  for (const field of ['rawType', 'code', 'statusCode', 'requestId'] as const) {
    const value = stripe[field];
    if (typeof value === 'string' || typeof value === 'number') serialized[field] = value;
  }
  if (error.stack) serialized['stack'] = scrub(error.stack);
  if (error.cause !== undefined && depth < 3) serialized['cause'] = serializeError(error.cause, depth + 1);
  return serialized;
}

/** What the library adds to any pino logger: redaction, scrubbing and a safe error serializer. */
const SAFE_CHILD_OPTIONS = {
  redact: { paths: [...REDACT_PATHS], censor: CENSOR },
  serializers: { err: serializeError },
  formatters: { log: (entry: object) => scrubDeep(entry) as object },
} satisfies Parameters<Logger['child']>[1];

let stdout: pino.DestinationStream | undefined;

/**
 * Stdout for every default logger of the process, made once: asynchronous and batched (lines are
 * written 4 KiB at a time, and at least every 250 ms), so a request never waits on a write. pino
 * flushes asynchronous destinations synchronously when the process exits (`process.exit`, the end
 * of the event loop, an uncaught exception), so no line is lost then. Like pino's own default, it
 * writes through `process.stdout` when something replaced its `write` (to capture the output).
 */
function defaultDestination(): pino.DestinationStream | undefined {
  // pino's browser build (what bundlers pick for Workers) has no destinations: it keeps its own default.
  if (typeof pino.destination !== 'function') return undefined;
  const inherited = Object.getPrototypeOf(process.stdout) as typeof process.stdout;
  if (process.stdout.write !== inherited.write) return process.stdout;
  stdout ??= pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 250 });
  return stdout;
}

/**
 * A pino logger for this library: JSON to stdout (or `destination`), with redaction and scrubbing so
 * login URLs, tokens, cookies and keys never reach the output.
 */
export function createLogger(options: LoggerOptions = {}, destination?: pino.DestinationStream): Logger {
  // With a `transport`, pino writes there and ignores the destination.
  return safeLogger(pino(options, destination ?? defaultDestination()));
}

const safeLoggers = new WeakSet<Logger>();

/** Wraps any pino logger (yours, or the default) in the library's redaction and scrubbing, once. */
export function safeLogger(logger: Logger): Logger {
  if (safeLoggers.has(logger)) return logger;
  const safe = logger.child({ component: 'open-express-dashboard' }, SAFE_CHILD_OPTIONS);
  safeLoggers.add(safe);
  return safe;
}

/** The logger a router or adapter writes to, from its `logger` option. */
export function resolveLogger(option: Logger | false | undefined): Logger {
  if (option === false) return createLogger({ enabled: false });
  return option ? safeLogger(option) : createLogger();
}

export type { Logger };

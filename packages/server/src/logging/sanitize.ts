// What makes a log entry safe to write, on every runtime: no module here imports anything, so the
// edge entries can use it, and pino on Node runs the same functions as its formatters.

/** What replaces a credential. */
const CENSOR = '[redacted]';

/**
 * Fields whose value is a credential wherever they sit in an entry, however deep: login and
 * onboarding URLs, tokens, cookies, keys. Compared in lower case (`Authorization`, `secretKey`).
 */
const CREDENTIAL_FIELDS = new Set(['url', 'token', 'secretkey', 'apikey', 'authorization', 'cookie', 'set-cookie']);
const LONGEST_CREDENTIAL_FIELD = 13;

/** Deeper than this, a value is not walked but replaced: a secret could hide below any limit. */
const MAX_DEPTH = 8;

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

function isCredentialField(name: string): boolean {
  return name.length <= LONGEST_CREDENTIAL_FIELD && CREDENTIAL_FIELDS.has(name.toLowerCase());
}

/**
 * One value made safe. Copy on write: a value with nothing to change is returned as it is, so the
 * common entry (ids, reasons, numbers) costs a walk and no allocation. `path` holds the objects
 * being walked, so a cycle is cut where it closes.
 */
function sanitizeValue(value: unknown, path: object[]): unknown {
  if (typeof value === 'string') return scrub(value);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return serializeError(value);
  if (path.includes(value)) return '[Circular]';
  if (path.length >= MAX_DEPTH) return '[too deep]';
  // What JSON would write instead (a URL's href, a Date's ISO string), made safe in turn.
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return sanitizeValue(toJSON.call(value), path);
  path.push(value);
  try {
    if (!Array.isArray(value)) return sanitizeFields(value, path);
    const items: readonly unknown[] = value;
    let copy: unknown[] | undefined;
    items.forEach((item, index) => {
      const safe = sanitizeValue(item, path);
      if (safe !== item) (copy ??= [...items])[index] = safe;
    });
    return copy ?? items;
  } finally {
    path.pop();
  }
}

function sanitizeFields(fields: object, path: object[]): object {
  let copy: Record<string, unknown> | undefined;
  for (const [name, item] of Object.entries(fields)) {
    const safe = item !== undefined && isCredentialField(name) ? CENSOR : sanitizeValue(item, path);
    if (safe !== item) (copy ??= { ...fields })[name] = safe;
  }
  return copy ?? fields;
}

/**
 * A log entry safe to write: credential fields replaced wherever they sit, every string scrubbed of
 * keys, tokens and URL paths, errors reduced to {@link serializeError}'s fields. The entry itself is
 * never changed; it is returned as it is when nothing needed to change.
 */
export function sanitizeEntry<T extends object>(entry: T): T {
  return sanitizeFields(entry, [entry]) as T;
}

import type { JWTHeaderParameters, FlattenedJWSInput, JWTPayload, JWTVerifyGetKey } from 'jose';
import type { Authenticate, AuthRequest, Caller } from '../caller.js';
import { onFirstUse } from '../configuration.js';
import { ExpressDashboardError } from '../errors.js';
import { loadSchemas } from '../input.js';
import { isHttpUrl } from '../http/url.js';

export interface JwtAuthenticatorOptions {
  /**
   * A shared secret for HS256 tokens, at least 32 bytes. Give either this or `jwksUrl`.
   */
  secret?: string | Uint8Array;
  /**
   * Your identity provider's JSON Web Key Set (`https://…/.well-known/jwks.json`), for tokens signed
   * with asymmetric keys (RS256, PS256, ES256, EdDSA…). Give either this or `secret`.
   */
  jwksUrl?: string | URL;
  /** Accepted `iss` value(s). Checked when set. */
  issuer?: string | readonly string[];
  /** Accepted `aud` value(s). Checked when set; set it whenever the key also signs tokens for other apps. */
  audience?: string | readonly string[];
  /** Leeway for `exp`, `nbf` and `iat` against clock skew, in seconds. Default 5. */
  clockToleranceSeconds?: number;
  /**
   * The claim holding the caller's connected account(s): one `acct_…` id or an array of them, the
   * first being the default. Default `stripe_account`. A name, not a path (namespaced claims such
   * as `https://platform.example/stripe_account` work as they are).
   */
  accountClaim?: string;
  /** Also read the token from this cookie when there is no `Authorization: Bearer` header. */
  cookie?: string;
  /**
   * Accepted signing algorithms. Default `HS256` with `secret`; with `jwksUrl` the asymmetric
   * algorithms jose supports. Never `none`, never a symmetric one with a key set.
   */
  algorithms?: readonly string[];
  /** How long to wait for the key set, in milliseconds. Default 5000. */
  jwksTimeoutMs?: number;
}

const ASYMMETRIC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];
const MIN_SECRET_BYTES = 32;

/** The key set could not be used (unreachable, slow, or not a key set): not the caller's fault. */
class KeySetUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The JSON Web Key Set could not be fetched or read', { cause });
    this.name = 'KeySetUnavailableError';
  }
}

let jose: Promise<typeof import('jose')> | undefined;
/**
 * jose, imported on the first token: importing it costs about a third of importing `stripe`, which
 * a cold start would pay even where nobody uses JWT authentication (the package root exports this).
 */
function loadJose(): Promise<typeof import('jose')> {
  return (jose ??= import('jose'));
}

function remoteKeySet(url: URL, timeoutMs: number): JWTVerifyGetKey {
  let keySet: JWTVerifyGetKey | undefined;
  return async (header: JWTHeaderParameters, token: FlattenedJWSInput) => {
    const { createRemoteJWKSet, errors } = await loadJose();
    keySet ??= createRemoteJWKSet(url, { timeoutDuration: timeoutMs });
    try {
      return await keySet(header, token);
    } catch (error) {
      // Errors about the token itself, which the key-set look-up may raise too.
      if ([errors.JWKSNoMatchingKey, errors.JWKSMultipleMatchingKeys, errors.JOSENotSupported].some((type) => error instanceof type)) {
        throw error;
      }
      throw new KeySetUnavailableError(error);
    }
  };
}

/**
 * The secret as a key for each HS algorithm, imported once: given the raw bytes, jose imports a
 * `CryptoKey` for every token it verifies. jose has checked `alg` against the allowed algorithms
 * before it asks for the key.
 */
function secretKeys(secret: Uint8Array): JWTVerifyGetKey {
  const imported = new Map<string, ReturnType<typeof crypto.subtle.importKey>>();
  return ({ alg }) => {
    let key = imported.get(alg);
    if (!key) {
      key = crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: `SHA-${alg.slice(2)}` }, false, ['verify']);
      imported.set(alg, key);
    }
    return key;
  };
}

let cookieParser: Promise<typeof import('cookie')> | undefined;

/** The token from `Authorization: Bearer …`, else from the named cookie (its parser imported then). */
export async function bearerOrCookieToken(headers: Headers, cookie: string | undefined): Promise<string | undefined> {
  const bearer = /^Bearer[ ]+([^\s]+)\s*$/i.exec(headers.get('authorization') ?? '')?.[1];
  if (bearer) return bearer;
  if (!cookie) return undefined;
  const { parseCookie } = await (cookieParser ??= import('cookie'));
  const value = parseCookie(headers.get('cookie') ?? '')[cookie];
  return value || undefined;
}

async function callerFrom(payload: JWTPayload, accountClaim: string): Promise<Caller> {
  const { subjectSchema, accountsClaimSchema } = await loadSchemas();
  const sub = subjectSchema.safeParse(payload.sub);
  const accounts = accountsClaimSchema.safeParse(payload[accountClaim]);
  if (!sub.success || !accounts.success) {
    const fields = [sub.success ? [] : ['sub'], accounts.success ? [] : [accountClaim]].flat().join(', ');
    throw new ExpressDashboardError('UNAUTHENTICATED', { cause: new Error(`token claims are not usable: ${fields}`) });
  }
  return {
    userId: sub.data,
    accountIds: accounts.data === undefined ? [] : typeof accounts.data === 'string' ? [accounts.data] : accounts.data,
  };
}

function checkedOptions(options: JwtAuthenticatorOptions) {
  if ((options.secret === undefined) === (options.jwksUrl === undefined)) {
    throw new TypeError('createJwtAuthenticator needs exactly one of `secret` (HS256) or `jwksUrl`');
  }
  if (options.secret !== undefined) {
    const secret = typeof options.secret === 'string' ? new TextEncoder().encode(options.secret) : options.secret;
    if (secret.byteLength < MIN_SECRET_BYTES) {
      throw new TypeError(`The JWT secret must be at least ${MIN_SECRET_BYTES} bytes (HS256 needs 256 bits)`);
    }
    const algorithms = options.algorithms ?? ['HS256'];
    if (algorithms.some((alg) => !/^HS(256|384|512)$/.test(alg))) throw new TypeError('A `secret` only verifies HS256/384/512 tokens');
    return { key: secretKeys(secret), algorithms };
  }
  const jwksUrl = String(options.jwksUrl ?? '');
  if (!isHttpUrl(jwksUrl)) throw new TypeError('`jwksUrl` must be an http(s) URL');
  const url = new URL(jwksUrl);
  const algorithms = options.algorithms ?? ASYMMETRIC_ALGORITHMS;
  if (algorithms.some((alg) => alg === 'none' || alg.startsWith('HS'))) {
    throw new TypeError('A key set only verifies asymmetric algorithms (never `none` or HS*)');
  }
  return { key: remoteKeySet(url, options.jwksTimeoutMs ?? 5000), algorithms };
}

/**
 * An {@link Authenticate} for JSON Web Tokens, on `jose`: verifies the signature (HS256 secret or a
 * JWKS URL), `exp`/`nbf`/`iat` (within `clockToleranceSeconds`), the issuer and audience when set; the user is `sub` and the accounts come
 * from `accountClaim`. No token gives `null` (not signed in); a bad one is refused with
 * `UNAUTHENTICATED`; an unusable key set with `INTERNAL` (or `MISCONFIGURED` when it is not a key set).
 * The options are checked on the first request: a missing or weak secret answers `MISCONFIGURED`.
 */
export function createJwtAuthenticator(options: JwtAuthenticatorOptions): Authenticate {
  // Checked on the first request, not here: a build loads this module without the secret.
  const checked = onFirstUse(() => checkedOptions(options));
  const accountClaim = options.accountClaim ?? 'stripe_account';
  const clockTolerance = options.clockToleranceSeconds ?? 5;
  const verifyOptions = (algorithms: readonly string[]) => ({
    algorithms: [...algorithms],
    issuer: typeof options.issuer === 'string' ? options.issuer : options.issuer && [...options.issuer],
    audience: typeof options.audience === 'string' ? options.audience : options.audience && [...options.audience],
    clockTolerance,
    // A token without an expiry would be valid forever.
    requiredClaims: ['exp', 'sub'],
  });

  return async ({ headers }: AuthRequest): Promise<Caller | null> => {
    const { key, algorithms } = checked();
    const token = await bearerOrCookieToken(headers, options.cookie);
    if (!token) return null;
    const { jwtVerify, errors } = await loadJose();
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key, verifyOptions(algorithms)));
    } catch (error) {
      if (error instanceof KeySetUnavailableError) {
        const invalid = error.cause instanceof errors.JWKSInvalid;
        throw new ExpressDashboardError(invalid ? 'MISCONFIGURED' : 'INTERNAL', { cause: error });
      }
      throw new ExpressDashboardError('UNAUTHENTICATED', { cause: error });
    }
    // jose checks `iat` only with maxTokenAge (which would make it required): a token issued in
    // the future is forged or from a broken clock, refused like one not valid yet.
    if (typeof payload.iat === 'number' && payload.iat > Date.now() / 1000 + clockTolerance) {
      throw new ExpressDashboardError('UNAUTHENTICATED', { cause: new Error('token issued in the future (iat)') });
    }
    return callerFrom(payload, accountClaim);
  };
}

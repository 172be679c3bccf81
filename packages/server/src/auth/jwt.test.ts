import { listen, type Listening } from '@open-express-dashboard/test-env';
import { SignJWT, exportJWK, exportSPKI, generateKeyPair, type CryptoKey, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { ExpressDashboardError } from '../errors.js';
import { createJwtAuthenticator, bearerOrCookieToken, type JwtAuthenticatorOptions } from './jwt.js';

const SECRET = 'a-shared-secret-of-at-least-32-bytes!!';
const ISSUER = 'https://id.platform.example/';
const AUDIENCE = 'open-express-dashboard';
const ACCOUNT = 'acct_1JwtSeller0000001';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

function claims(overrides: JWTPayload = {}): JWTPayload {
  return { sub: 'user_42', iss: ISSUER, aud: AUDIENCE, iat: now(), exp: now() + 300, stripe_account: ACCOUNT, ...overrides };
}

function hs256(payload: JWTPayload = claims(), secret: string = SECRET): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode(secret));
}

/** A token that claims no signature at all. */
function unsigned(payload: JWTPayload = claims()): string {
  return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.`;
}

const bearer = (token: string) => ({ headers: new Headers({ authorization: `Bearer ${token}` }) });

async function refusal(promise: unknown): Promise<string> {
  const error = await Promise.resolve(promise).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ExpressDashboardError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error.reason;
}

describe('with an HS256 shared secret', () => {
  const options: JwtAuthenticatorOptions = { secret: SECRET, issuer: ISSUER, audience: AUDIENCE };
  const authenticate = createJwtAuthenticator(options);

  it('takes the user from sub and the account from stripe_account', async () => {
    await expect(authenticate(bearer(await hs256()))).resolves.toEqual({ userId: 'user_42', accountIds: [ACCOUNT] });
  });

  it('reads several accounts, a custom claim, or none', async () => {
    const second = 'acct_1JwtSeller0000002';
    await expect(authenticate(bearer(await hs256(claims({ stripe_account: [ACCOUNT, second] }))))).resolves.toEqual({
      userId: 'user_42',
      accountIds: [ACCOUNT, second],
    });
    const namespaced = createJwtAuthenticator({ ...options, accountClaim: 'https://platform.example/stripe' });
    const token = await hs256(claims({ stripe_account: undefined, 'https://platform.example/stripe': second }));
    await expect(namespaced(bearer(token))).resolves.toEqual({ userId: 'user_42', accountIds: [second] });
    // A signed-in user without an account yet: the router answers NO_CONNECTED_ACCOUNT.
    await expect(authenticate(bearer(await hs256(claims({ stripe_account: undefined }))))).resolves.toEqual({
      userId: 'user_42',
      accountIds: [],
    });
  });

  it('refuses account claims that are not account ids', async () => {
    for (const value of [42, 'cus_123', ['acct_1Ok', 'acct_1/../x'], { id: ACCOUNT }]) {
      expect(await refusal(authenticate(bearer(await hs256(claims({ stripe_account: value })))))).toBe('UNAUTHENTICATED');
    }
  });

  it('verifies each HS algorithm it allows with its own key, imported once, and refuses the others', async () => {
    const sign = (alg: string) => new SignJWT(claims()).setProtectedHeader({ alg }).sign(new TextEncoder().encode(SECRET));
    const both = createJwtAuthenticator({ ...options, algorithms: ['HS512', 'HS384'] });
    const imports = vi.spyOn(crypto.subtle, 'importKey');
    onTestFinished(() => imports.mockRestore());
    for (let round = 0; round < 2; round += 1) {
      for (const alg of ['HS512', 'HS384']) await expect(both(bearer(await sign(alg))), alg).resolves.toMatchObject({ userId: 'user_42' });
      expect(await refusal(both(bearer(await sign('HS256'))))).toBe('UNAUTHENTICATED');
      // The default allows HS256 only: a token signed HS512 with the right secret is still refused.
      expect(await refusal(authenticate(bearer(await sign('HS512'))))).toBe('UNAUTHENTICATED');
    }
    // Signing imports a key per token here; verifying imported one per algorithm, for every token after.
    const verifyingImports = imports.mock.calls.filter(([, , , , usages]) => usages.includes('verify'));
    expect(verifyingImports.map(([, , algorithm]) => (algorithm as { hash: string }).hash)).toEqual(['SHA-512', 'SHA-384']);
  });

  it('answers null when there is no token at all', async () => {
    await expect(authenticate({ headers: new Headers() })).resolves.toBeNull();
    await expect(authenticate({ headers: new Headers({ authorization: 'Basic dXNlcjpwYXNz' }) })).resolves.toBeNull();
  });

  it('refuses an expired token, and one not valid yet', async () => {
    expect(await refusal(authenticate(bearer(await hs256(claims({ exp: now() - 60 })))))).toBe('UNAUTHENTICATED');
    expect(await refusal(authenticate(bearer(await hs256(claims({ nbf: now() + 60 })))))).toBe('UNAUTHENTICATED');
  });

  it('allows for clock skew within the tolerance', async () => {
    const justExpired = await hs256(claims({ exp: now() - 2 }));
    await expect(authenticate(bearer(justExpired))).resolves.toMatchObject({ userId: 'user_42' });
    const strict = createJwtAuthenticator({ ...options, clockToleranceSeconds: 0 });
    expect(await refusal(strict(bearer(justExpired)))).toBe('UNAUTHENTICATED');
  });

  it('refuses a token issued in the future beyond the tolerance, as the README says the leeway covers iat', async () => {
    expect(await refusal(authenticate(bearer(await hs256(claims({ iat: now() + 3600 })))))).toBe('UNAUTHENTICATED');
    expect(await refusal(authenticate(bearer(await hs256(claims({ iat: now() + 30 })))))).toBe('UNAUTHENTICATED');
    // Within the leeway (default 5 s), and without iat at all (it is optional), tokens are fine.
    await expect(authenticate(bearer(await hs256(claims({ iat: now() + 3 }))))).resolves.toMatchObject({ userId: 'user_42' });
    await expect(authenticate(bearer(await hs256(claims({ iat: undefined }))))).resolves.toMatchObject({ userId: 'user_42' });
    const lenient = createJwtAuthenticator({ ...options, clockToleranceSeconds: 60 });
    await expect(lenient(bearer(await hs256(claims({ iat: now() + 30 }))))).resolves.toMatchObject({ userId: 'user_42' });
  });

  it('refuses a token without an expiry or a subject', async () => {
    expect(await refusal(authenticate(bearer(await hs256(claims({ exp: undefined })))))).toBe('UNAUTHENTICATED');
    expect(await refusal(authenticate(bearer(await hs256(claims({ sub: undefined })))))).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed with another secret (forged)', async () => {
    const forged = await hs256(claims(), 'an-attacker-secret-of-32-bytes-or-more!!');
    expect(await refusal(authenticate(bearer(forged)))).toBe('UNAUTHENTICATED');
  });

  it('refuses a token whose claims were changed after signing', async () => {
    const [header, , signature] = (await hs256()).split('.');
    const tampered = `${header}.${base64url(claims({ sub: 'admin', stripe_account: 'acct_1SomeoneElse0001' }))}.${signature}`;
    expect(await refusal(authenticate(bearer(tampered)))).toBe('UNAUTHENTICATED');
  });

  it('refuses alg none', async () => {
    expect(await refusal(authenticate(bearer(unsigned())))).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed with an asymmetric key, whatever it claims', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT(claims()).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
    expect(await refusal(authenticate(bearer(token)))).toBe('UNAUTHENTICATED');
  });

  it('refuses the wrong audience or issuer', async () => {
    expect(await refusal(authenticate(bearer(await hs256(claims({ aud: 'another-app' })))))).toBe('UNAUTHENTICATED');
    expect(await refusal(authenticate(bearer(await hs256(claims({ aud: undefined })))))).toBe('UNAUTHENTICATED');
    expect(await refusal(authenticate(bearer(await hs256(claims({ iss: 'https://evil.example/' })))))).toBe('UNAUTHENTICATED');
  });

  it('refuses garbage', async () => {
    for (const token of ['not-a-jwt', 'a.b.c', `${base64url({ alg: 'HS256' })}.e30.`]) {
      expect(await refusal(authenticate(bearer(token)))).toBe('UNAUTHENTICATED');
    }
  });

  it('reads the token from a named cookie, the header first', async () => {
    const fromCookie = createJwtAuthenticator({ ...options, cookie: 'session' });
    const token = await hs256();
    const cookie = { headers: new Headers({ cookie: `theme=dark; session=${token}` }) };
    await expect(fromCookie(cookie)).resolves.toMatchObject({ userId: 'user_42' });
    // No cookie name configured: cookies are not read.
    await expect(authenticate(cookie)).resolves.toBeNull();
    const other = await hs256(claims({ sub: 'from_header' }));
    const both = { headers: new Headers({ cookie: `session=${token}`, authorization: `Bearer ${other}` }) };
    await expect(fromCookie(both)).resolves.toMatchObject({ userId: 'from_header' });
  });

  it('refuses weak or ambiguous configurations on the first request, not when created (a build has no secrets)', async () => {
    const token = bearer(await hs256());
    for (const [options, problem] of [
      [{ secret: 'short' }, /at least 32 bytes/],
      [{ secret: process.env['UNSET_JWT_SECRET_FOR_THIS_TEST'] }, /exactly one of/],
      [{ secret: SECRET, jwksUrl: 'https://id.example/jwks' }, /exactly one of/],
      [{ secret: SECRET, algorithms: ['RS256'] }, /HS256/],
    ] as const) {
      const authenticate = createJwtAuthenticator(options);
      for (const request of [token, { headers: new Headers() }, token]) {
        const error = await Promise.resolve(authenticate(request)).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(ExpressDashboardError);
        expect((error as ExpressDashboardError).reason).toBe('MISCONFIGURED');
        expect(String((error as ExpressDashboardError).cause)).toMatch(problem);
      }
    }
  });
});

describe('with a JWKS URL', () => {
  let server: Listening;
  let jwksUrl: string;
  let privateKey: CryptoKey;
  let publicKey: CryptoKey;
  let ecKey: CryptoKey;
  let attackerKey: CryptoKey;
  let answer: { status: number; body: string } | undefined;

  beforeAll(async () => {
    // Key generation is slow on a busy machine: once, up front.
    ({ privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true }));
    ({ privateKey: attackerKey } = await generateKeyPair('RS256'));
    const ec = await generateKeyPair('ES256', { extractable: true });
    ecKey = ec.privateKey;
    const keys = [
      { ...(await exportJWK(publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
      { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
    ];
    // The identity provider's key set, served over real HTTP on loopback.
    server = await listen((_req, res) => {
      const { status, body } = answer ?? { status: 200, body: JSON.stringify({ keys }) };
      res.writeHead(status, { 'content-type': 'application/json' }).end(body);
    });
    jwksUrl = `${server.url}/.well-known/jwks.json`;
  });
  afterAll(() => server.close());

  const authenticator = () => createJwtAuthenticator({ jwksUrl, issuer: ISSUER, audience: AUDIENCE });

  async function rs256(payload: JWTPayload = claims(), kid = 'rsa-1', key: CryptoKey = privateKey) {
    return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid }).sign(key);
  }

  it('verifies RS256 and ES256 tokens against the key set', async () => {
    const authenticate = authenticator();
    await expect(authenticate(bearer(await rs256()))).resolves.toEqual({ userId: 'user_42', accountIds: [ACCOUNT] });
    const es = await new SignJWT(claims()).setProtectedHeader({ alg: 'ES256', kid: 'ec-1' }).sign(ecKey);
    await expect(authenticate(bearer(es))).resolves.toMatchObject({ userId: 'user_42' });
  });

  it('refuses a token signed by a key that is not in the set, even under a known kid', async () => {
    expect(await refusal(authenticator()(bearer(await rs256(claims(), 'rsa-1', attackerKey))))).toBe('UNAUTHENTICATED');
    expect(await refusal(authenticator()(bearer(await rs256(claims(), 'unknown-kid', attackerKey))))).toBe('UNAUTHENTICATED');
  });

  it('refuses HS256 signed with the public key (algorithm confusion)', async () => {
    // The classic attack: the public key is public, so sign HMAC with it and hope the server
    // verifies HS256 with the same key material.
    const publicPem = await exportSPKI(publicKey);
    const publicJwk = await exportJWK(publicKey);
    for (const material of [publicPem, JSON.stringify(publicJwk), publicJwk.n ?? '']) {
      const token = await new SignJWT(claims()).setProtectedHeader({ alg: 'HS256', kid: 'rsa-1' }).sign(new TextEncoder().encode(material));
      expect(await refusal(authenticator()(bearer(token)))).toBe('UNAUTHENTICATED');
    }
    expect(await refusal(createJwtAuthenticator({ jwksUrl, algorithms: ['RS256', 'HS256'] })(bearer(await rs256())))).toBe('MISCONFIGURED');
  });

  it('refuses alg none, the wrong audience and expired tokens', async () => {
    const authenticate = authenticator();
    expect(await refusal(authenticate(bearer(unsigned())))).toBe('UNAUTHENTICATED');
    expect(await refusal(authenticate(bearer(await rs256(claims({ aud: 'another-app' })))))).toBe('UNAUTHENTICATED');
    expect(await refusal(authenticate(bearer(await rs256(claims({ exp: now() - 3600 })))))).toBe('UNAUTHENTICATED');
  });

  it('answers INTERNAL when the key set cannot be fetched, MISCONFIGURED when it is not a key set', async () => {
    const token = await rs256();
    try {
      answer = { status: 503, body: 'down' };
      expect(await refusal(authenticator()(bearer(token)))).toBe('INTERNAL');
      answer = { status: 200, body: JSON.stringify({ keys: 'not a list' }) };
      expect(await refusal(authenticator()(bearer(token)))).toBe('MISCONFIGURED');
    } finally {
      answer = undefined;
    }
    const unreachable = createJwtAuthenticator({ jwksUrl: 'http://127.0.0.1:9/jwks.json', audience: AUDIENCE });
    expect(await refusal(unreachable(bearer(token)))).toBe('INTERNAL');
  });
});

describe('bearerOrCookieToken', () => {
  it('reads a Bearer token in any case of the scheme, and nothing else', async () => {
    await expect(bearerOrCookieToken(new Headers({ authorization: 'bearer abc.def.ghi' }), undefined)).resolves.toBe('abc.def.ghi');
    await expect(bearerOrCookieToken(new Headers({ authorization: 'Bearer' }), undefined)).resolves.toBeUndefined();
    await expect(bearerOrCookieToken(new Headers({ authorization: 'Bearer a b' }), undefined)).resolves.toBeUndefined();
    await expect(bearerOrCookieToken(new Headers({ cookie: 'session=' }), 'session')).resolves.toBeUndefined();
  });
});

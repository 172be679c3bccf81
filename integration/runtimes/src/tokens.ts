import { listen } from '@open-express-dashboard/test-env';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey } from 'jose';

/** The HS256 secret the services verify with (AUTH_JWT_SECRET). */
export const HS_SECRET = 'runtime-matrix-shared-secret-0123456789';

/** The `aud` the services require with a key set (AUTH_AUDIENCE). */
export const AUDIENCE = 'express-dashboard';

export interface Claims {
  sub: string;
  /** The `stripe_account` claim; none when omitted. */
  account?: string;
  /** Seconds since the epoch; default an hour from now. */
  exp?: number;
  aud?: string;
}

function unsigned({ sub, account, exp, aud }: Claims): SignJWT {
  const jwt = new SignJWT(account ? { stripe_account: account } : {})
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(exp ?? Math.floor(Date.now() / 1000) + 3600);
  return aud ? jwt.setAudience(aud) : jwt;
}

/** An HS256 session token, as a platform's login would issue it. */
export function hsToken(claims: Claims, secret: string = HS_SECRET): Promise<string> {
  return unsigned(claims).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(secret));
}

export interface KeySet {
  /** Where the public keys are served (AUTH_JWKS_URL). */
  url: string;
  /** An ES256 token signed with the key set's private key (`aud` defaults to {@link AUDIENCE}). */
  sign(claims: Claims): Promise<string>;
  close(): Promise<void>;
}

/** An identity provider's JSON Web Key Set, served on loopback. */
export async function startKeySet(): Promise<KeySet> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const kid = 'matrix-key-1';
  const body = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' }] });
  const server = await listen((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(body));
  return {
    url: `${server.url}/.well-known/jwks.json`,
    sign: (claims) => sign(privateKey, kid, { aud: AUDIENCE, ...claims }),
    close: server.close,
  };
}

function sign(key: CryptoKey, kid: string, claims: Claims): Promise<string> {
  return unsigned(claims).setProtectedHeader({ alg: 'ES256', kid }).sign(key);
}

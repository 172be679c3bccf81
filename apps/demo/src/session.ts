import type { Authenticate, Caller } from '@open-express-dashboard/server';
import { parseCookie, stringifySetCookie } from 'cookie';
import { SignJWT, jwtVerify } from 'jose';

export const SESSION_COOKIE = 'oed_demo_session';
const SESSION_SECONDS = 8 * 60 * 60;
const ISSUER = 'open-express-dashboard-demo';

export interface DemoSeller {
  userId: string;
  name: string;
  accountId: string;
}

/**
 * The demo's sign-in: a signed (HS256), HttpOnly session cookie naming the seller and their
 * connected account. A real platform has its own; the server only needs an `authenticate`.
 */
export function createSessions(secret: Uint8Array) {
  async function issueCookie(seller: DemoSeller): Promise<string> {
    const token = await new SignJWT({ name: seller.name, stripe_account: seller.accountId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(seller.userId)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${SESSION_SECONDS}s`)
      .sign(secret);
    return stringifySetCookie({
      name: SESSION_COOKIE,
      value: token,
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      maxAge: SESSION_SECONDS,
    });
  }

  const authenticate: Authenticate = async ({ headers }): Promise<Caller | null> => {
    const token = parseCookie(headers.get('cookie') ?? '')[SESSION_COOKIE];
    if (!token) return null;
    try {
      const { payload } = await jwtVerify(token, secret, { issuer: ISSUER, algorithms: ['HS256'] });
      const account = payload['stripe_account'];
      if (!payload.sub || typeof account !== 'string') return null;
      return { userId: payload.sub, accountIds: [account] };
    } catch {
      return null; // forged, expired or from another secret: simply not signed in
    }
  };

  return { issueCookie, authenticate };
}

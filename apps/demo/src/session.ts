import { createJwtAuthenticator } from '@open-express-dashboard/server';
import { stringifySetCookie } from 'cookie';
import { SignJWT } from 'jose';

export const SESSION_COOKIE = 'oed_demo_session';
const SESSION_SECONDS = 8 * 60 * 60;
const ISSUER = 'open-express-dashboard-demo';

export interface DemoSeller {
  userId: string;
  name: string;
  /** Their connected accounts, default first. */
  accountIds: readonly string[];
}

/**
 * The demo's sign-in: a signed (HS256), HttpOnly session cookie naming the seller and their
 * connected accounts. A real platform has its own; the server only needs an `authenticate`.
 */
export function createSessions(secret: Uint8Array, { secure = false }: { secure?: boolean } = {}) {
  /** The session cookie, one definition for signing in and out. Browsers send a `Secure` one over HTTPS only. */
  function sessionCookie(value: string, maxAge: number): string {
    return stringifySetCookie({ name: SESSION_COOKIE, value, httpOnly: true, secure, sameSite: 'lax', path: '/', maxAge });
  }

  async function issueCookie(seller: DemoSeller): Promise<string> {
    const token = await new SignJWT({ name: seller.name, stripe_account: [...seller.accountIds] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(seller.userId)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${SESSION_SECONDS}s`)
      .sign(secret);
    return sessionCookie(token, SESSION_SECONDS);
  }

  /** Signs the visitor out: an empty cookie that replaces the session and expires at once. */
  function clearCookie(): string {
    return sessionCookie('', 0);
  }

  // The library's own JWT authenticator reads the cookie: the same checks a platform's tokens get.
  const authenticate = createJwtAuthenticator({ secret, issuer: ISSUER, cookie: SESSION_COOKIE });

  return { issueCookie, clearCookie, authenticate };
}

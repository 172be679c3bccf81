import { createJwtAuthenticator } from '@open-express-dashboard/server';
import { stringifySetCookie } from 'cookie';
import { SignJWT } from 'jose';

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

  // The library's own JWT authenticator reads the cookie: the same checks a platform's tokens get.
  const authenticate = createJwtAuthenticator({ secret, issuer: ISSUER, cookie: SESSION_COOKIE });

  return { issueCookie, authenticate };
}

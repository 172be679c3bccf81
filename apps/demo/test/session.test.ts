import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { SESSION_COOKIE, createSessions } from '../src/session.js';

const seller = { userId: 'demo-seller', name: 'Ada', accountIds: ['acct_1Demo'] };

function cookieHeaderFrom(setCookie: string): Headers {
  return new Headers({ cookie: setCookie.split(';')[0] ?? '' });
}

describe('demo sessions', () => {
  it('issues an HttpOnly cookie that authenticates the seller with their account', async () => {
    const sessions = createSessions(randomBytes(32));
    const setCookie = await sessions.issueCookie(seller);
    expect(setCookie).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    const caller = await sessions.authenticate({ headers: cookieHeaderFrom(setCookie) });
    expect(caller).toEqual({ userId: 'demo-seller', accountIds: ['acct_1Demo'] });
  });

  it('marks the cookie Secure only when asked (a demo behind HTTPS)', async () => {
    expect(await createSessions(randomBytes(32)).issueCookie(seller)).not.toMatch(/;\s*Secure/i);
    const secure = await createSessions(randomBytes(32), { secure: true }).issueCookie(seller);
    expect(secure).toMatch(/;\s*Secure(;|$)/);
    expect(secure).toContain('HttpOnly');
  });

  it('names every account of a seller with several, default first', async () => {
    const sessions = createSessions(randomBytes(32));
    const setCookie = await sessions.issueCookie({ ...seller, accountIds: ['acct_1Us', 'acct_1Eu'] });
    const caller = await sessions.authenticate({ headers: cookieHeaderFrom(setCookie) });
    expect(caller).toEqual({ userId: 'demo-seller', accountIds: ['acct_1Us', 'acct_1Eu'] });
  });

  it('signs out with an empty cookie that expires at once, as HttpOnly as the session', () => {
    const cleared = createSessions(randomBytes(32)).clearCookie();
    expect(cleared).toMatch(new RegExp(`^${SESSION_COOKIE}=;`));
    expect(cleared).toContain('Max-Age=0');
    expect(cleared).toContain('HttpOnly');
    expect(cleared).toContain('Path=/');
  });

  it('refuses missing, tampered, foreign and unsigned cookies', async () => {
    const secret = randomBytes(32);
    const sessions = createSessions(secret);
    const genuine = (await sessions.issueCookie(seller)).split(';')[0] ?? '';
    const [header, payload] = genuine.split('=')[1]!.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ sub: 'x', stripe_account: 'acct_1Other' })).toString('base64url');
    const foreign = (await createSessions(randomBytes(32)).issueCookie(seller)).split(';')[0] ?? '';
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`;
    const expired = await new SignJWT({ stripe_account: 'acct_1Demo' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('demo-seller')
      .setIssuer('open-express-dashboard-demo')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(secret);

    // No cookie: not signed in. A bad one: refused as UNAUTHENTICATED.
    expect(await sessions.authenticate({ headers: new Headers() })).toBeNull();
    for (const cookie of [
      `${SESSION_COOKIE}=${header}.${forgedPayload}.${genuine.split('.')[2]}`,
      foreign,
      `${SESSION_COOKIE}=${unsigned}`,
      `${SESSION_COOKIE}=${expired}`,
    ]) {
      await expect(sessions.authenticate({ headers: new Headers({ cookie }) })).rejects.toMatchObject({ reason: 'UNAUTHENTICATED' });
    }
  });
});

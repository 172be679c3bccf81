// What every benchmark shares: one seller, one token scheme, one request.
import { SignJWT } from 'jose';

export const ACCOUNT = 'acct_1BenchExpress0001';
export const JWT = {
  secret: 'bench-secret-of-at-least-32-bytes!!',
  issuer: 'https://platform.example',
  audience: 'open-express-dashboard',
};
export const LINK_PATH = '/trpc/expressDashboard.createLoginLink';

/** `--quick` (or BENCH_QUICK=1): the short form, seconds instead of minutes; same code paths, noisier figures. */
export const QUICK = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';

/** A seller's token, as the platform would issue it: HS256 with iss, aud, sub, exp and the account claim. */
export function sellerToken() {
  return new SignJWT({ stripe_account: ACCOUNT })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(JWT.issuer)
    .setAudience(JWT.audience)
    .setSubject('seller-1')
    .setExpirationTime('2h')
    .sign(new TextEncoder().encode(JWT.secret));
}

/** The element's request: `POST /trpc/expressDashboard.createLoginLink`, JSON, a bearer token. */
export function linkRequest(token) {
  return {
    method: 'POST',
    path: LINK_PATH,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: '{}',
  };
}

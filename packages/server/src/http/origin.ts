/**
 * The Origin allowlist: which web pages may call the router from another origin, with credentials
 * (cookies). Same-origin calls, and calls without an `Origin` (servers, curl), are always allowed;
 * browsers send `Origin` on every cross-site POST, so that is where the line is drawn.
 */
export interface OriginPolicyOptions {
  /**
   * Origins (`https://shop.example`, scheme + host + optional port) allowed to call from another
   * origin. Default: none, same-origin pages only. A `*` is refused: credentials need exact origins.
   */
  allowedOrigins?: readonly string[];
}

export type OriginDecision =
  /** An allowed CORS preflight: answer it right away. */
  | { kind: 'preflight'; headers: Record<string, string> }
  /** The call goes on; add these headers to its response. */
  | { kind: 'allowed'; headers: Record<string, string> }
  /** A cross-site call from an origin that is not allowed (or its preflight). */
  | { kind: 'refused'; origin: string; preflight: boolean };

/** The request headers a browser may send cross-site: what tRPC's links and a Bearer token need. */
const ALLOWED_REQUEST_HEADERS = 'authorization, content-type, trpc-accept, x-trpc-source';

/** `https://Shop.example:443/` → `https://shop.example`; throws on anything that is not an origin. */
export function normalizeOrigin(origin: string): string {
  if (origin === '*') throw new TypeError('allowedOrigins cannot contain "*": credentials need exact origins');
  if (!URL.canParse(origin)) throw new TypeError(`allowedOrigins: ${JSON.stringify(origin)} is not an origin like https://shop.example`);
  const url = new URL(origin);
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new TypeError(`allowedOrigins: ${JSON.stringify(origin)} is not an origin like https://shop.example (no path)`);
  }
  return url.origin;
}

function sameOrigin(origin: string, host: string | null): boolean {
  if (!host || !URL.canParse(origin)) return false;
  return new URL(origin).host === host.toLowerCase();
}

/** Builds the decision function every adapter applies before handing a request to tRPC. */
export function createOriginPolicy({ allowedOrigins = [] }: OriginPolicyOptions = {}) {
  const allowed = new Set(allowedOrigins.map(normalizeOrigin));

  return function decide(method: string, headers: Headers): OriginDecision {
    const origin = headers.get('origin');
    const preflight = method === 'OPTIONS' && headers.has('access-control-request-method');
    if (origin === null) {
      return preflight ? { kind: 'refused', origin: '(none)', preflight } : { kind: 'allowed', headers: {} };
    }
    if (allowed.has(origin)) {
      const cors = {
        'access-control-allow-origin': origin,
        'access-control-allow-credentials': 'true',
      };
      if (!preflight) return { kind: 'allowed', headers: { ...cors, 'access-control-expose-headers': 'retry-after' } };
      return {
        kind: 'preflight',
        headers: {
          ...cors,
          vary: 'Origin, Access-Control-Request-Headers',
          'access-control-allow-methods': 'GET, POST',
          'access-control-allow-headers': ALLOWED_REQUEST_HEADERS,
          'access-control-max-age': '600',
        },
      };
    }
    // Same origin needs no CORS headers; the browser allows it anyway. Behind a proxy that rewrites
    // `Host`, list the public origin in `allowedOrigins`.
    if (!preflight && sameOrigin(origin, headers.get('host'))) return { kind: 'allowed', headers: {} };
    return { kind: 'refused', origin, preflight };
  };
}

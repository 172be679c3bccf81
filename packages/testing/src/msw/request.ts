/** What the element (or any tRPC client) sent, as a handler saw it. */
export interface LoginLinkRequest {
  /**
   * The mutation's input as sent, before any check: `undefined` when none was sent, the raw text
   * when it was not JSON. The handlers that answer as the server does (all but the network-error,
   * gateway-error and malformed ones) answer `INVALID_INPUT` to inputs the server would refuse.
   */
  input: unknown;
  /** The request's headers, e.g. `authorization`. Browsers never show the `Cookie` header to msw. */
  headers: Headers;
  /**
   * Cookies msw could see. In Node: the `Cookie` header. In browsers: the page's `document.cookie`
   * cookies the request's credentials mode would send; `HttpOnly` cookies are invisible to scripts
   * and service workers, so check {@link LoginLinkRequest.sendsCookies} for those.
   */
  cookies: Record<string, string>;
  /**
   * Whether the request carries the page's cookies, `HttpOnly` session cookies included. In browsers:
   * credentials `include`, or `same-origin` to the page's own origin. In Node: a `Cookie` header was set.
   */
  sendsCookies: boolean;
  /** The fetch credentials mode (`same-origin`, `include` or `omit`). */
  credentials: RequestCredentials;
  url: string;
  /** Whether it came as a tRPC batch (`httpBatchLink`, `?batch=1`) rather than one call (`httpLink`). */
  batched: boolean;
}

/** Reads a request: its input, and whether it is a batch of one. */
export async function readLoginLinkRequest(request: Request, cookies: Record<string, string>): Promise<LoginLinkRequest> {
  const batched = new URL(request.url).searchParams.get('batch') === '1';
  const body = await readJson(request);
  const input = batched && isRecord(body) ? body['0'] : body;
  return {
    input,
    headers: request.headers,
    cookies,
    sendsCookies: sendsCookies(request),
    credentials: request.credentials,
    url: request.url,
    batched,
  };
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.clone().text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function sendsCookies(request: Request): boolean {
  // msw copies document cookies into `headers` in browsers, so decide from the credentials mode there.
  if (typeof location === 'undefined' || typeof document === 'undefined') return request.headers.has('cookie');
  if (request.credentials === 'include') return true;
  return request.credentials === 'same-origin' && new URL(request.url).origin === location.origin;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

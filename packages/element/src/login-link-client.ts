import {
  CREATE_LOGIN_LINK_PATH,
  LINK_KINDS,
  reasonInfo,
  isServerReason,
  type CreateLoginLinkInput,
  type CreateLoginLinkOutput,
  type Reason,
} from '@open-express-dashboard/contract';
import type { AppRouter, RouterInputs } from '@open-express-dashboard/server';
import { TRPCClientError, createTRPCUntypedClient, httpLink } from '@trpc/client';
import { deadline } from './deadline.js';

/** Why a request for a dashboard link failed, ready to show. */
export class LoginLinkFailure extends Error {
  readonly reason: Reason;
  readonly retryable: boolean;
  /** Seconds to wait before trying again, when the server said so. */
  readonly retryAfterSeconds: number | undefined;

  constructor(reason: Reason, options: { retryable?: boolean; retryAfterSeconds?: number } = {}) {
    super(reasonInfo(reason).message);
    this.name = 'LoginLinkFailure';
    this.reason = reason;
    this.retryable = options.retryable ?? reasonInfo(reason).retryable;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** The router's input type at a `router.procedure` path; `never` (so a compile error where it is used) for a path it lacks. */
type RouterInputAt<TPath extends string> = TPath extends `${infer TRouter extends Extract<keyof RouterInputs, string>}.${infer TProcedure}`
  ? RouterInputs[TRouter][TProcedure & keyof RouterInputs[TRouter]]
  : never;

/**
 * Returns the bearer token to send, or nothing to send none (cookie sessions). Auth0's
 * `getAccessTokenSilently`, Clerk's `session.getToken` and Firebase's `user.getIdToken` fit.
 */
export type TokenGetter = () => string | null | undefined | Promise<string | null | undefined>;

export interface RequestLoginLinkOptions {
  endpoint: string;
  input?: CreateLoginLinkInput;
  /** Whether the browser sends cookies: `same-origin` (fetch's default) or `include` for a cross-origin API. */
  credentials?: RequestCredentials;
  getToken?: TokenGetter;
  /** Gives up after this many milliseconds (token and request together) with `TIMEOUT`. */
  timeoutMs?: number;
  /** Aborts the request; the promise then rejects with the signal's reason, not a failure. */
  signal?: AbortSignal;
}

/** Calls `expressDashboard.createLoginLink`; any failure becomes a {@link LoginLinkFailure}. */
export async function requestLoginLink(options: RequestLoginLinkOptions): Promise<CreateLoginLinkOutput> {
  const limit = deadline(options.timeoutMs, options.signal);
  try {
    const token = options.getToken ? await raceAbort(readToken(options.getToken), limit.signal) : undefined;
    const credentials = options.credentials ?? 'same-origin';
    // By path, with tRPC's client for libraries: its typed proxy would add 0.35 kB gzip to the
    // standalone module for one call whose answer is checked below anyway.
    const client = createTRPCUntypedClient<AppRouter>({
      links: [
        httpLink({
          url: options.endpoint,
          fetch: (url, init) => fetch(url, { ...(init as RequestInit), credentials }),
          headers: token ? { authorization: `Bearer ${token}` } : {},
        }),
      ],
    });
    const input: RouterInputAt<typeof CREATE_LOGIN_LINK_PATH> = options.input;
    const output = await client.mutation(CREATE_LOGIN_LINK_PATH, input, { signal: limit.signal });
    return checkedOutput(output);
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    if (limit.expired) throw new LoginLinkFailure('TIMEOUT');
    throw toFailure(error);
  } finally {
    limit.clear();
  }
}

async function readToken(getToken: TokenGetter): Promise<string | undefined> {
  try {
    const token = await getToken();
    return typeof token === 'string' && token !== '' ? token : undefined;
  } catch {
    // The identity provider could not give a token: the seller has to sign in again.
    throw new LoginLinkFailure('UNAUTHENTICATED');
  }
}

/** Settles with `promise`, or rejects as soon as `signal` aborts (a token getter cannot be cancelled). */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    // The abort reason passes on as it is, as throwIfAborted() above throws it.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * The answer crosses a trust boundary: only an http(s) URL is followed, so a misconfigured or
 * compromised endpoint cannot make the button run a `javascript:` URL.
 */
function checkedOutput(output: unknown): CreateLoginLinkOutput {
  if (!isRecord(output)) throw new LoginLinkFailure('INTERNAL');
  const { url, kind } = output;
  if (typeof url !== 'string' || !isWebUrl(url)) throw new LoginLinkFailure('INTERNAL');
  if (!LINK_KINDS.some((known) => known === kind)) throw new LoginLinkFailure('INTERNAL');
  return { url, kind: kind as CreateLoginLinkOutput['kind'] };
}

function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

function toFailure(error: unknown): LoginLinkFailure {
  if (error instanceof LoginLinkFailure) return error;
  if (!(error instanceof TRPCClientError)) return new LoginLinkFailure('INTERNAL');
  const data: unknown = error.data;
  if (isRecord(data) && isServerReason(data['reason'])) {
    const retryable = typeof data['retryable'] === 'boolean' ? data['retryable'] : undefined;
    const retryAfter = data['retryAfterSeconds'];
    const retryAfterSeconds = typeof retryAfter === 'number' && retryAfter >= 0 ? retryAfter : undefined;
    return new LoginLinkFailure(data['reason'], { retryable, retryAfterSeconds });
  }
  // No tRPC error body at all: the request never got an answer (offline, DNS, CORS refused).
  if (data === undefined && error.cause instanceof TypeError) return new LoginLinkFailure('NETWORK_ERROR');
  return new LoginLinkFailure('INTERNAL');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

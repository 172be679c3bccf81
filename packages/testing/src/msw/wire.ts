import {
  CREATE_LOGIN_LINK_PATH,
  DEFAULT_ENDPOINT,
  reasonErrorShape,
  type CreateLoginLinkInput,
  type CreateLoginLinkOutput,
  type ReasonErrorShape,
  type ReasonErrorShapeData,
  type ServerReason,
} from '@open-express-dashboard/contract';
import type { LoginLinkRequest } from './request.js';

/**
 * What the server answers on success: tRPC's envelope around the contract's output. A handler can
 * only build this from a {@link CreateLoginLinkOutput}, so a wrong shape fails to compile.
 */
export interface LoginLinkSuccessBody {
  result: { data: CreateLoginLinkOutput };
}

/** `error.data` as the server formats it: tRPC's `code`, `httpStatus` and `path`, and the contract's reason fields. */
export interface LoginLinkErrorData extends ReasonErrorShapeData {
  path: typeof CREATE_LOGIN_LINK_PATH;
}

/** What the server answers on failure: a tRPC error whose `data` carries the contract's `reason`. */
export interface LoginLinkErrorBody {
  error: ReasonErrorShape<LoginLinkErrorData>;
}

/** Any answer of the endpoint, as one call (`httpLink`) or a batch of one (`httpBatchLink`). */
export type LoginLinkResponseBody = LoginLinkSuccessBody | LoginLinkErrorBody | [LoginLinkSuccessBody | LoginLinkErrorBody];

/** A failure to answer with, instead of a link: a server reason, and optionally its details. */
export interface LoginLinkFailureReply {
  reason: ServerReason;
  /** Overrides the reason's safe message from the contract. */
  message?: string;
  /** Sent as `data.retryAfterSeconds` (the server sends it with `RATE_LIMITED`). */
  retryAfterSeconds?: number;
}

/** What a custom handler returns: the contract's output, or a failure with a server reason. */
export type LoginLinkReply = CreateLoginLinkOutput | LoginLinkFailureReply;

/** What a custom handler is given: the checked input and everything that was sent. */
export interface LoginLinkCall {
  input: CreateLoginLinkInput | undefined;
  request: LoginLinkRequest;
}

/** The mutation's URL under an endpoint: `/trpc` (the element's default) gives `/trpc/expressDashboard.createLoginLink`. */
function loginLinkUrl(endpoint: string = DEFAULT_ENDPOINT): string {
  return `${endpoint.replace(/\/+$/, '')}/${CREATE_LOGIN_LINK_PATH}`;
}

/**
 * Whether a request goes to the mutation under `endpoint`. An absolute endpoint matches its own
 * origin only; a path matches the page's origin in browsers and, as Node has no page, any origin there.
 */
export function isLoginLinkRequest(requestUrl: string, endpoint?: string): boolean {
  const target = loginLinkUrl(endpoint);
  const url = new URL(requestUrl);
  let expected: URL;
  if (/^[a-z][a-z\d+.-]*:/i.test(target)) expected = new URL(target);
  else if (typeof location !== 'undefined') expected = new URL(target, location.href);
  else return url.pathname === target; // a path in Node, where no page gives it an origin
  return url.origin === expected.origin && url.pathname === expected.pathname;
}

export function successBody(data: CreateLoginLinkOutput): LoginLinkSuccessBody {
  return { result: { data } };
}

/** The server's failure for `reason`, built as the server builds it (by the contract). */
export function errorBody({ reason, message, retryAfterSeconds }: LoginLinkFailureReply): LoginLinkErrorBody {
  // Named fields only: a failure returned from a callback may carry others, which stay off the wire.
  return { error: reasonErrorShape(reason, { path: CREATE_LOGIN_LINK_PATH, message, retryAfterSeconds }) };
}

export function isFailure(reply: LoginLinkReply): reply is LoginLinkFailureReply {
  return 'reason' in reply;
}

/**
 * Whether `value` is an input the server's schema accepts in shape: nothing, or an object whose
 * `accountId`, if any, is a string. (Which strings are valid account ids is the server's call.)
 */
export function isLoginLinkInput(value: unknown): value is CreateLoginLinkInput | undefined {
  if (value === undefined) return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const accountId: unknown = (value as Record<string, unknown>)['accountId'];
  return accountId === undefined || typeof accountId === 'string';
}

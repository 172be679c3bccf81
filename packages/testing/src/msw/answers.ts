import type { CreateLoginLinkOutput, ServerReason } from '@open-express-dashboard/contract';
import { HttpResponse, type JsonBodyType } from 'msw';
import type { LoginLinkRequest } from './request.js';
import {
  errorBody,
  isFailure,
  isLoginLinkInput,
  successBody,
  type LoginLinkCall,
  type LoginLinkErrorBody,
  type LoginLinkFailureReply,
  type LoginLinkReply,
  type LoginLinkResponseBody,
  type LoginLinkSuccessBody,
} from './wire.js';

/** What a handler answers a request with, once it matched, recorded and waited. */
export type Answer = (request: LoginLinkRequest) => Response | Promise<Response>;

/** A link shaped like Stripe's (see Stripe's own `login_link` example object). */
export const DEFAULT_LOGIN_LINK_URL = 'https://connect.stripe.com/express/acct_1PgafTB7WZ01zgkW/ehJImT2clfHr';

function respond(body: LoginLinkSuccessBody | LoginLinkErrorBody, batched: boolean): HttpResponse<LoginLinkResponseBody> {
  const status = 'error' in body ? body.error.data.httpStatus : 200;
  return HttpResponse.json<LoginLinkResponseBody>(batched ? [body] : body, { status });
}

/** Answers as the tRPC server does: whatever `resolve` returns, typed against the contract. */
export function serverAnswer(resolve: (call: LoginLinkCall) => LoginLinkReply | Promise<LoginLinkReply>): Answer {
  return async (request) => {
    // The server's schema refuses such input before any of its code runs, so every scenario that
    // answers as the server does refuses it too. (A dropped connection or a proxy never gets that far.)
    if (!isLoginLinkInput(request.input)) return respond(errorBody({ reason: 'INVALID_INPUT' }), request.batched);
    const reply = await resolve({ input: request.input, request });
    // Only the contract's fields go on the wire: TypeScript does not flag extra fields of an object
    // literal returned from a callback, so they are dropped here instead.
    const body = isFailure(reply) ? errorBody(reply) : successBody({ url: reply.url, kind: reply.kind });
    return respond(body, request.batched);
  };
}

/** The server's success, `{ url, kind }`, with the defaults for what is not given. */
export function successAnswer({ url, kind }: Partial<CreateLoginLinkOutput>): Answer {
  const output: CreateLoginLinkOutput = { url: url ?? DEFAULT_LOGIN_LINK_URL, kind: kind ?? 'express_dashboard' };
  return serverAnswer(() => output);
}

/** The server's failure for `reason`. */
export function errorAnswer(reason: ServerReason, { message, retryAfterSeconds }: Omit<LoginLinkFailureReply, 'reason'>): Answer {
  return serverAnswer(() => ({ reason, message, retryAfterSeconds }));
}

/** No answer at all, as a dropped connection. */
export const networkErrorAnswer: Answer = () => HttpResponse.error();

export interface GatewayErrorAnswerOptions {
  /** HTTP status. Default 502. */
  status?: number;
  /** Body. Default: a small HTML "Bad gateway" page, as proxies send. */
  body?: string;
  /** Default `text/html; charset=utf-8`. */
  contentType?: string;
}

/** A proxy's page instead of tRPC's answer. */
export function gatewayErrorAnswer(options: GatewayErrorAnswerOptions): Answer {
  const body = options.body ?? '<!doctype html><title>502 Bad Gateway</title><h1>Bad gateway</h1>';
  const headers = { 'content-type': options.contentType ?? 'text/html; charset=utf-8' };
  return () => new HttpResponse(body, { status: options.status ?? 502, headers });
}

/** Exactly `body` as JSON, whatever the request. */
export function malformedAnswer(body: JsonBodyType, status = 200): Answer {
  return () => HttpResponse.json(body, { status });
}

import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { newId } from './accounts.js';
import { endpoints, type ApiResult, type ApiState, type Endpoint } from './api.js';
import { stripeErrors, type StripeErrorResponse } from './errors.js';
import type { FaultQueue } from './faults.js';
import { FormParseError, parseStripeForm, type FormParams } from './form.js';

/** One request the fake received, as it arrived (before any fault was played). */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Readonly<Record<string, string>>;
  /** Form body (POST) or query (GET), decoded the way Stripe reads it. */
  params: FormParams;
}

/** What the steps below read and change of the running fake. */
export interface ApiContext {
  readonly state: ApiState;
  readonly faults: FaultQueue;
  readonly requests: RecordedRequest[];
  /** The first answer to each `Idempotency-Key`, with a fingerprint of what was asked. */
  readonly idempotent: Map<string, { fingerprint: string; result: ApiResult }>;
  /** Aborted when the fake closes, so that no delayed request outlives it. */
  readonly closing: AbortSignal;
}

/** One API request as the steps see it. */
interface ApiCall {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  /** The form as sent: the body of a POST, the query of a GET (what idempotency compares). */
  readonly form: string;
  /** The body was larger than Stripe accepts (and was not read to the end). */
  readonly oversized: boolean;
  /** Its entry in the fake's `requests`; `params` is filled in once they are read. */
  readonly recorded: RecordedRequest;
}

/** How a request ends: an answer, the connection cut, or no answer at all. */
type Outcome = Answer | 'cut' | 'silence';
interface Answer {
  result: ApiResult;
  headers?: Record<string, string>;
}

const MAX_BODY_BYTES = 64 * 1024;
const API_VERSION_FORMAT = /^\d{4}-\d{2}-\d{2}(\.[a-z]+)?$/;

/**
 * Answers one `/v1/` request as Stripe would: records it, plays an armed fault, refuses what Stripe
 * refuses before routing, then routes it and answers. Each step either decides or hands on.
 */
export async function handleApiRequest(fake: ApiContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const call = await receive(fake, req, url);
  const outcome = (await playFault(fake, call, res)) ?? refuse(fake, call) ?? answer(fake, call);
  if (outcome === 'cut') req.socket.destroy();
  else if (outcome !== 'silence') send(res, outcome.result, outcome.headers);
}

/** Reads the body and records the request, before anything can refuse it. */
async function receive(fake: ApiContext, req: IncomingMessage, url: URL): Promise<ApiCall> {
  const method = req.method ?? 'GET';
  const body = await readBody(req);
  const recorded: RecordedRequest = { method, path: url.pathname, headers: flatHeaders(req), params: {} };
  fake.requests.push(recorded);
  const form = method === 'GET' ? url.search.slice(1) : (body ?? '');
  return { method, path: url.pathname, headers: req.headers, form, oversized: body === undefined, recorded };
}

/** Plays the oldest armed fault that matches, if any. A delay hands on once it has passed. */
async function playFault(fake: ApiContext, call: ApiCall, res: ServerResponse): Promise<Outcome | undefined> {
  const fault = fake.faults.take(call.method, call.path);
  switch (fault?.kind) {
    case undefined:
      return undefined;
    case 'reset':
      return 'cut';
    case 'hang':
      return 'silence';
    case 'delay': {
      const waited = await sleep(fault.ms, true, { signal: fake.closing }).catch(() => false);
      // Nobody to answer (the fake closed, or the client gave up): carry nothing out, issue no link.
      return waited && !res.destroyed ? undefined : 'silence';
    }
    case 'server_error':
      return { result: stripeErrors.apiError(fault.status ?? 500) };
    case 'rate_limit':
      return { result: stripeErrors.rateLimited(fault.retryAfterSeconds ?? 1) };
  }
}

/** What Stripe refuses before it looks at the URL: an oversized body, the key, the version, a POST that is not a form. */
function refuse(fake: ApiContext, call: ApiCall): Answer | undefined {
  const refusal =
    (call.oversized ? stripeErrors.invalidParameter('body', 'Request body too large.') : undefined) ??
    checkKey(call.headers.authorization, fake.state.secretKey) ??
    checkVersion(call.headers['stripe-version']) ??
    checkContentType(call);
  return refusal && { result: refusal };
}

/** Routes the request, reads its parameters, and answers once per idempotency key. */
function answer(fake: ApiContext, call: ApiCall): Answer {
  const route = findRoute(call.method, call.path);
  if (!route) return { result: stripeErrors.notFound(call.method, call.path) };
  const read = readParams(call, route.endpoint);
  if ('refusal' in read) return { result: read.refusal };
  return idempotently(fake, call, () => route.endpoint.handle(fake.state, route.pathParams, read.params));
}

function findRoute(method: string, path: string): { endpoint: Endpoint; pathParams: string[] } | undefined {
  for (const endpoint of endpoints) {
    if (endpoint.method !== method) continue;
    const match = endpoint.pattern.exec(path);
    if (match) return { endpoint, pathParams: match.slice(1).map(decodeURIComponent) };
  }
  return undefined;
}

/** Decodes the form as Stripe does (and records it), refusing a key it cannot read or a parameter the endpoint does not take. */
function readParams(call: ApiCall, endpoint: Endpoint): { params: FormParams } | { refusal: StripeErrorResponse } {
  let params: FormParams;
  try {
    params = parseStripeForm(call.form);
  } catch (error) {
    if (error instanceof FormParseError) return { refusal: stripeErrors.unknownParameter(error.param) };
    throw error;
  }
  call.recorded.params = params;
  const unknown = Object.keys(params).find((name) => !endpoint.params.includes(name));
  return unknown === undefined ? { params } : { refusal: stripeErrors.unknownParameter(unknown) };
}

/**
 * Carries out a POST once per `Idempotency-Key`, as Stripe does: a repeat gets the first answer
 * again (`Idempotent-Replayed: true`), or is refused when it asks for something else.
 */
function idempotently(fake: ApiContext, call: ApiCall, carryOut: () => ApiResult): Answer {
  const key = call.method === 'POST' ? call.headers['idempotency-key'] : undefined;
  if (typeof key !== 'string') return { result: carryOut() };
  const fingerprint = createHash('sha256').update(`${call.method} ${call.path} ${call.form}`).digest('hex');
  const earlier = fake.idempotent.get(key);
  if (earlier?.fingerprint === fingerprint) return { result: earlier.result, headers: { 'idempotent-replayed': 'true' } };
  if (earlier) return { result: stripeErrors.idempotencyMismatch(key) };
  const result = carryOut();
  fake.idempotent.set(key, { fingerprint, result });
  return { result, headers: { 'idempotency-key': key } };
}

/** Checks `Authorization` as Stripe does: Bearer (or Basic with the key as user name), secret key only. */
function checkKey(header: string | undefined, secretKey: string): StripeErrorResponse | undefined {
  if (!header) return stripeErrors.missingKey();
  const [scheme, credentials = ''] = header.split(' ', 2);
  let key = credentials;
  if (scheme?.toLowerCase() === 'basic') key = Buffer.from(credentials, 'base64').toString().split(':')[0] ?? '';
  else if (scheme?.toLowerCase() !== 'bearer') return stripeErrors.missingKey();
  if (key.startsWith('pk_')) return stripeErrors.publishableKey();
  if (key !== secretKey) return stripeErrors.invalidKey(key);
  return undefined;
}

function checkVersion(version: string | string[] | undefined): StripeErrorResponse | undefined {
  if (version === undefined) return undefined;
  const value = String(version);
  return API_VERSION_FORMAT.test(value) ? undefined : stripeErrors.invalidApiVersion(value);
}

/** A POST must be a form (or say nothing of its type), as stripe-mock and Stripe require. */
function checkContentType({ method, headers }: ApiCall): StripeErrorResponse | undefined {
  const contentType = headers['content-type'];
  if (method !== 'POST' || contentType === undefined) return undefined;
  return contentType.split(';')[0]?.trim() === 'application/x-www-form-urlencoded'
    ? undefined
    : stripeErrors.unsupportedContentType(contentType);
}

/** The body as text, or undefined when it is larger than Stripe would accept. */
async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]),
  );
}

/** Sends a JSON answer with a `Request-Id`, as every Stripe API answer has. */
export function send(res: ServerResponse, result: ApiResult, headers: Record<string, string> = {}): void {
  const requestId = newId('req', 14);
  res
    .writeHead(result.status, {
      'content-type': 'application/json',
      'request-id': requestId,
      ...('headers' in result ? result.headers : {}),
      ...headers,
    })
    .end(JSON.stringify(result.body, null, 2));
}

import { SERVER_REASONS, type ServerReason } from '@open-express-dashboard/contract';
import type { CreateLoginLinkInput, ReasonErrorShapeData } from '@open-express-dashboard/server';
import { startStripeFake, type StripeFake, type StripeFakeFault } from '@open-express-dashboard/testing/stripe-fake';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dashboardClient } from '../src/client.js';
import { partialPost, type PartialAnswer } from '../src/partial-request.js';
import type { RunningService } from '../src/service.js';
import { startTarget, type Target } from '../src/targets.js';
import { AUDIENCE, HS_SECRET, hsToken, startKeySet, type Claims, type KeySet } from '../src/tokens.js';

/** The origin the services allow (ALLOWED_ORIGINS); any other is refused. */
const PLATFORM_ORIGIN = 'https://platform.example';

const ACCOUNTS = {
  express: 'acct_1MatrixExpress0001',
  other: 'acct_1MatrixOther000001',
  onboarding: 'acct_1MatrixOnboarding01',
  standard: 'acct_1MatrixStandard0001',
  disconnected: 'acct_1MatrixDisconnect01',
} as const;

const JWT_PATTERN = /eyJ[\w-]+\.[\w-]+\.[\w-]+/;

/** A line the service meant to print: a JSON log entry, or where it listens. */
function isLogLine(line: string): boolean {
  if (/^(deno serve: )?listening on (port \d+|http:\/\/127\.0\.0\.1:\d+\/)$/i.test(line)) return true;
  try {
    return typeof (JSON.parse(line) as { msg?: unknown }).msg === 'string';
  } catch {
    return false;
  }
}

/** A refusal as it arrived: the reason and status in tRPC's body, and the status of the HTTP answer itself. */
interface Arrived {
  reason: ServerReason;
  bodyStatus: number;
  httpStatus: number | undefined;
  retryAfter: string | null | undefined;
}

async function refusal(call: Promise<unknown>): Promise<Arrived> {
  const error: unknown = await call.then(
    () => new Error('expected a refusal, got a link'),
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCClientError)) throw error;
  const data = error.data as ReasonErrorShapeData & { httpStatus: number };
  const response = (error.meta as { response?: Response } | undefined)?.response;
  return {
    reason: data.reason,
    bodyStatus: data.httpStatus,
    httpStatus: response?.status,
    retryAfter: response?.headers.get('retry-after'),
  };
}

interface RefusalCase {
  reason: ServerReason;
  when: string;
  claims?: Claims | 'none' | 'another secret';
  input?: CreateLoginLinkInput;
  fault?: StripeFakeFault & { times?: number };
}

/** Every reason a caller can be refused for through tRPC, each as the contract says it arrives. */
const REFUSALS: RefusalCase[] = [
  { reason: 'UNAUTHENTICATED', when: 'no session token', claims: 'none' },
  { reason: 'UNAUTHENTICATED', when: 'an expired token', claims: { sub: 'expired', account: ACCOUNTS.express, exp: 1_700_000_000 } },
  { reason: 'UNAUTHENTICATED', when: 'a token signed with another secret', claims: 'another secret' },
  { reason: 'INVALID_INPUT', when: 'an accountId that is no account id', input: { accountId: 'not-an-account' } },
  { reason: 'ACCOUNT_NOT_OWNED', when: 'another seller’s account', input: { accountId: ACCOUNTS.other } },
  { reason: 'NO_CONNECTED_ACCOUNT', when: 'a seller without an account', claims: { sub: 'no-account' } },
  { reason: 'NO_CONNECTED_ACCOUNT', when: 'a disconnected account', claims: { sub: 'disconnected', account: ACCOUNTS.disconnected } },
  { reason: 'NOT_EXPRESS_DASHBOARD', when: 'a Standard account', claims: { sub: 'standard', account: ACCOUNTS.standard } },
  { reason: 'ONBOARDING_INCOMPLETE', when: 'onboarding is not finished', claims: { sub: 'onboarding', account: ACCOUNTS.onboarding } },
  { reason: 'STRIPE_UNAVAILABLE', when: 'Stripe answers 503, retried once', fault: { kind: 'server_error', status: 503, times: 2 } },
  { reason: 'MISCONFIGURED', when: 'Stripe refuses the platform’s key', fault: { kind: 'server_error', status: 401 } },
  { reason: 'INTERNAL', when: 'Stripe answers what nothing expects (403 without a code)', fault: { kind: 'server_error', status: 403 } },
];

/** Every reason the suite provokes: {@link REFUSALS}, and those that need headers, sizes or repetitions of their own. */
export const REASONS_TESTED: ReadonlySet<ServerReason> = new Set([
  ...REFUSALS.map(({ reason }) => reason),
  'ORIGIN_NOT_ALLOWED',
  'REQUEST_TOO_LARGE',
  'RATE_LIMITED',
  'UNSUPPORTED_CONTENT_TYPE',
  'PROCEDURE_NOT_FOUND',
]);

/**
 * The whole check for one target: the service started on its runtime, driven over HTTP with
 * `@trpc/client` and real JWTs against the Stripe fake, then what it printed.
 */
export function describeTarget(target: Target): void {
  describe(target.label, () => {
    let fake: StripeFake;
    let keySet: KeySet;
    const services: RunningService[] = [];
    /** Credentials handed out or received in this run: the runtime's output may show none of them. */
    const credentials = new Set<string>([HS_SECRET]);
    const issued = async (token: Promise<string>) => {
      const value = await token;
      credentials.add(value);
      return value;
    };

    async function start(auth: Record<string, string>): Promise<RunningService> {
      const service = await startTarget(target, fake, { ALLOWED_ORIGINS: PLATFORM_ORIGIN, ...auth });
      services.push(service);
      return service;
    }
    const stripeCalls = () => fake.requests.map(({ method, path }) => `${method} ${path}`);

    beforeAll(async () => {
      fake = await startStripeFake({
        accounts: [
          { id: ACCOUNTS.express, state: 'express' },
          { id: ACCOUNTS.other, state: 'express' },
          { id: ACCOUNTS.onboarding, state: 'onboarding_incomplete' },
          { id: ACCOUNTS.standard, state: 'full_dashboard' },
          { id: ACCOUNTS.disconnected, state: 'disconnected' },
        ],
      });
      credentials.add(fake.secretKey);
      keySet = await startKeySet();
    });
    afterAll(async () => {
      await Promise.all(services.map((service) => service.stop()));
      // Unset when beforeAll failed part way: the teardown must not hide its error.
      /* eslint-disable @typescript-eslint/no-unnecessary-condition */
      await keySet?.close();
      await fake?.close();
      /* eslint-enable @typescript-eslint/no-unnecessary-condition */
    });
    beforeEach(() => fake.reset());

    describe('with HS256 session tokens', () => {
      let service: RunningService;
      const seller = (sub: string) => issued(hsToken({ sub, account: ACCOUNTS.express }));
      beforeAll(async () => {
        service = await start({ AUTH_JWT_SECRET: HS_SECRET });
      });

      it('creates a login link with exactly one Stripe request, over the runtime’s own HTTP client', async () => {
        const link = await dashboardClient(service.origin, await seller('link')).expressDashboard.createLoginLink.mutate();
        credentials.add(link.url);
        expect(link.kind).toBe('express_dashboard');
        expect(link.url.startsWith(`${fake.url}/express/${ACCOUNTS.express}/`)).toBe(true);
        expect(stripeCalls()).toEqual([`POST /v1/accounts/${ACCOUNTS.express}/login_links`]);
        const userAgent = JSON.parse(fake.requests[0]?.headers['x-stripe-client-user-agent'] ?? '{}') as { httplib?: string };
        expect(userAgent.httplib).toBe(target.stripeHttpClient);
      });

      it.each(REFUSALS)('answers $reason for $when, with its HTTP status', async ({ reason, claims, input, fault }) => {
        const sub = `refused-${reason}`;
        const token =
          claims === 'none'
            ? undefined
            : await issued(
                claims === 'another secret'
                  ? hsToken({ sub, account: ACCOUNTS.express }, 'another-secret-0123456789abcdefghij')
                  : hsToken(claims ?? { sub, account: ACCOUNTS.express }),
              );
        if (fault) {
          const { times, ...played } = fault;
          fake.injectFault(played, { path: /\/login_links$/, times: times ?? 1 });
        }
        const arrived = await refusal(dashboardClient(service.origin, token).expressDashboard.createLoginLink.mutate(input));
        const { httpStatus } = SERVER_REASONS[reason];
        expect(arrived).toMatchObject({ reason, bodyStatus: httpStatus, httpStatus });
      });

      it('answers RATE_LIMITED (429, Retry-After) to a seller’s sixth link within a minute', async () => {
        const client = dashboardClient(service.origin, await seller('eager'));
        for (let link = 1; link <= 5; link += 1) credentials.add((await client.expressDashboard.createLoginLink.mutate()).url);
        const arrived = await refusal(client.expressDashboard.createLoginLink.mutate());
        expect(arrived).toMatchObject({ reason: 'RATE_LIMITED', httpStatus: 429 });
        expect(Number(arrived.retryAfter)).toBeGreaterThan(0);
        expect(stripeCalls()).toHaveLength(5);
      });

      it('serves its allowed origin with CORS and refuses any other with 403', async () => {
        const token = await seller('cross-site');
        const refused = await refusal(
          dashboardClient(service.origin, token, { origin: 'https://evil.example' }).expressDashboard.createLoginLink.mutate(),
        );
        expect(refused).toMatchObject({ reason: 'ORIGIN_NOT_ALLOWED', httpStatus: 403 });
        expect(stripeCalls()).toEqual([]);

        const preflight = await fetch(`${service.origin}/trpc/expressDashboard.createLoginLink`, {
          method: 'OPTIONS',
          headers: { origin: PLATFORM_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
        });
        expect(preflight.status).toBe(204);
        expect(preflight.headers.get('access-control-allow-origin')).toBe(PLATFORM_ORIGIN);
        expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');

        const answer = await fetch(`${service.origin}/trpc/expressDashboard.createLoginLink`, {
          method: 'POST',
          headers: { origin: PLATFORM_ORIGIN, authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: '{}',
        });
        const body = (await answer.json()) as { result: { data: { url: string } } };
        credentials.add(body.result.data.url);
        expect(answer.status).toBe(200);
        expect(answer.headers.get('access-control-allow-origin')).toBe(PLATFORM_ORIGIN);
        expect(answer.headers.get('cache-control')).toBe('no-store');
        expect(stripeCalls()).toHaveLength(1);
      });

      it('answers UNSUPPORTED_CONTENT_TYPE (415) to a body that is not JSON, and 400 to a batch, without calling Stripe', async () => {
        const token = await seller('formats');
        const post = (path: string, type: string, body: string) =>
          fetch(`${service.origin}/trpc/${path}`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': type },
            body,
          });
        const form = await post('expressDashboard.createLoginLink', 'application/x-www-form-urlencoded', 'accountId=acct_1');
        expect(form.status).toBe(415);
        expect(((await form.json()) as { error: { data: ReasonErrorShapeData } }).error.data.reason).toBe('UNSUPPORTED_CONTENT_TYPE');
        const batch = await post(
          'expressDashboard.createLoginLink,expressDashboard.createLoginLink?batch=1',
          'application/json',
          '{"0":{},"1":{}}',
        );
        expect(batch.status).toBe(400);
        expect(stripeCalls()).toEqual([]);
      });

      it('answers PROCEDURE_NOT_FOUND (404) to a path that is not the procedure, without calling Stripe', async () => {
        const token = await seller('lost');
        const answer = await fetch(`${service.origin}/trpc/expressDashboard.createLoginLnk`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: '{}',
        });
        expect(answer.status).toBe(404);
        const { error } = (await answer.json()) as { error: { message: string; data: ReasonErrorShapeData } };
        expect(error.data).toMatchObject({ reason: 'PROCEDURE_NOT_FOUND', httpStatus: 404 });
        expect(error.message).toBe(SERVER_REASONS.PROCEDURE_NOT_FOUND.message);
        expect(stripeCalls()).toEqual([]);
      });

      describe('answers REQUEST_TOO_LARGE (413) to a body over 16 KiB without calling Stripe', () => {
        const url = () => `${service.origin}/trpc/expressDashboard.createLoginLink`;
        const tooLarge = (answer: PartialAnswer) => {
          expect(answer.status).toBe(413);
          expect((JSON.parse(answer.body) as { error: { data: ReasonErrorShapeData } }).error.data.reason).toBe('REQUEST_TOO_LARGE');
          expect(stripeCalls()).toEqual([]);
        };

        it('declared in Content-Length, before it is sent', async () => {
          const headers = { authorization: `Bearer ${await seller('declared')}`, 'content-type': 'application/json' };
          tooLarge(await partialPost(url(), { ...headers, 'content-length': '17000' }, []));
        });

        it('streamed without a length, while it arrives', async () => {
          const headers = { authorization: `Bearer ${await seller('streamed')}`, 'content-type': 'application/json' };
          const kibibyte = new TextEncoder().encode(' '.repeat(1024));
          tooLarge(
            await partialPost(
              url(),
              headers,
              Array.from({ length: 17 }, () => kibibyte),
            ),
          );
        });
      });
    });

    describe('with an identity provider’s key set (JWKS)', () => {
      let service: RunningService;
      beforeAll(async () => {
        service = await start({ AUTH_JWKS_URL: keySet.url, AUTH_AUDIENCE: AUDIENCE });
      });

      it('creates a login link for a token signed with the key set', async () => {
        const token = await issued(keySet.sign({ sub: 'jwks-seller', account: ACCOUNTS.express }));
        const link = await dashboardClient(service.origin, token).expressDashboard.createLoginLink.mutate();
        credentials.add(link.url);
        expect(link.kind).toBe('express_dashboard');
        expect(stripeCalls()).toEqual([`POST /v1/accounts/${ACCOUNTS.express}/login_links`]);
      });

      it.each([
        [
          'an HS256 token (never a shared secret with a key set)',
          () => hsToken({ sub: 'confused', account: ACCOUNTS.express, aud: AUDIENCE }),
        ],
        ['a token for another audience', () => keySet.sign({ sub: 'elsewhere', account: ACCOUNTS.express, aud: 'another-app' })],
      ])('answers UNAUTHENTICATED (401) to %s', async (_case, token) => {
        const arrived = await refusal(dashboardClient(service.origin, await issued(token())).expressDashboard.createLoginLink.mutate());
        expect(arrived).toMatchObject({ reason: 'UNAUTHENTICATED', httpStatus: 401 });
        expect(stripeCalls()).toEqual([]);
      });
    });

    it('printed its logs and nothing else (no runtime warning), and no login URL, token or key in them', async () => {
      await Promise.all(services.map((service) => service.stop()));
      const output = services.map((service) => service.output()).join('\n');
      expect(output).toContain('login_link');
      expect(output.split('\n').filter((line) => line.trim() !== '' && !isLogLine(line))).toEqual([]);
      for (const credential of credentials) expect(output).not.toContain(credential);
      expect(output).not.toMatch(JWT_PATTERN);
      expect(output).not.toContain(`${fake.url}/express/`);
    });
  });
}

import type {
  CreateLoginLinkInput,
  CreateLoginLinkOutput,
  LinkKind,
  ReasonErrorData,
  ServerReason,
} from '@open-express-dashboard/contract';
import type { HttpHandler } from 'msw';
import { describe, expectTypeOf, it } from 'vitest';
import {
  createLoginLinkMocks,
  loginLinkError,
  loginLinkHandler,
  loginLinkSuccess,
  type LoginLinkCall,
  type LoginLinkErrorBody,
  type LoginLinkReply,
  type LoginLinkSuccessBody,
} from './index.js';

// These hold at compile time: `npm run typecheck` (tsc) fails if a line marked @ts-expect-error
// compiles, i.e. if the kit ever accepts a response shape the server cannot send.
describe('handler types follow the contract', () => {
  it('answers with exactly the contract’s output and error data', () => {
    expectTypeOf<LoginLinkSuccessBody['result']['data']>().toEqualTypeOf<CreateLoginLinkOutput>();
    expectTypeOf<LoginLinkErrorBody['error']['data']>().toExtend<ReasonErrorData>();
    expectTypeOf<LoginLinkErrorBody['error']['data']['reason']>().toEqualTypeOf<ServerReason>();
    expectTypeOf<LoginLinkCall['input']>().toEqualTypeOf<CreateLoginLinkInput | undefined>();
    expectTypeOf<LoginLinkReply>().toEqualTypeOf<
      CreateLoginLinkOutput | { reason: ServerReason; message?: string; retryAfterSeconds?: number }
    >();
    expectTypeOf(loginLinkSuccess).parameter(0).exclude<undefined>().toHaveProperty('kind').toEqualTypeOf<LinkKind | undefined>();
    expectTypeOf(createLoginLinkMocks().errors).toEqualTypeOf<Readonly<Record<ServerReason, HttpHandler>>>();
  });

  it('refuses shapes the server never sends', () => {
    // @ts-expect-error: not a kind of link the contract knows
    loginLinkSuccess({ kind: 'dashboard' });
    // @ts-expect-error: a URL is a string
    loginLinkSuccess({ url: new URL('https://example.test') });
    // @ts-expect-error: NETWORK_ERROR is detected by the browser, never sent by the server
    loginLinkError('NETWORK_ERROR');
    // @ts-expect-error: retryAfterSeconds is a number of seconds
    loginLinkError('RATE_LIMITED', { retryAfterSeconds: '30' });
    // @ts-expect-error: an output without its kind
    loginLinkHandler(() => ({ url: 'https://example.test/l' }));
    // @ts-expect-error: a failure with a wrong field type
    loginLinkHandler(() => ({ reason: 'RATE_LIMITED', retryAfterSeconds: '30' }));
    // @ts-expect-error: a reason that does not exist
    loginLinkHandler(() => ({ reason: 'FORBIDDEN' }));
    // @ts-expect-error: the input is the contract's, not anything
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- ill-typed on purpose (above)
    loginLinkHandler(({ input }) => ({ url: input?.account ?? '', kind: 'express_dashboard' }));
    // @ts-expect-error: a scenario per server reason, and no other
    void createLoginLinkMocks().errors.TIMEOUT;
  });
});

import type { AppRouter as DashboardRouter, ReasonErrorShapeData } from '@open-express-dashboard/server';
import type { LoginLinkCall, LoginLinkErrorData, LoginLinkSuccessBody } from '@open-express-dashboard/testing/msw';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { expectTypeOf, it } from 'vitest';
import type { AppRouter } from '../src/app.js';

// The kit's mocks speak the router's types: checked by `npm run typecheck` (tsc), not at run time.
type Output<R extends DashboardRouter | AppRouter> = inferRouterOutputs<R>['expressDashboard']['createLoginLink'];
/** The input when one is sent (tRPC adds `void` to optional inputs, for calls without an argument). */
type Input<R extends DashboardRouter | AppRouter> = Exclude<inferRouterInputs<R>['expressDashboard']['createLoginLink'], void>;

it('mocks answer with what the router returns, and see what it takes', () => {
  expectTypeOf<LoginLinkSuccessBody['result']['data']>().toEqualTypeOf<Output<DashboardRouter>>();
  expectTypeOf<LoginLinkSuccessBody['result']['data']>().toEqualTypeOf<Output<AppRouter>>();
  expectTypeOf<NonNullable<LoginLinkCall['input']>>().toEqualTypeOf<Input<DashboardRouter>>();
  expectTypeOf<NonNullable<LoginLinkCall['input']>>().toEqualTypeOf<Input<AppRouter>>();
});

it('mocked errors carry what a client of the router reads', () => {
  // The router's procedures format their own errors (so the shape survives merging): this is their `data`.
  type ClientErrorData = ReasonErrorShapeData;
  expectTypeOf<LoginLinkErrorData>().toExtend<ClientErrorData>();
  expectTypeOf<LoginLinkErrorData['reason']>().toEqualTypeOf<ClientErrorData['reason']>();
});

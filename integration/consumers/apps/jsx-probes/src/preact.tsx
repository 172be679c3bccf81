// The raw tag in Preact JSX with the element's typings (src/preact-env.d.ts): right uses compile,
// each wrong use must fail `tsc -p tsconfig.preact.json` (an unused @ts-expect-error fails it too).
import type { OpenExpressDashboardErrorEvent, TokenGetter } from '@open-express-dashboard/element';

export function RawTag({ getToken, onError }: { getToken: TokenGetter; onError: (event: OpenExpressDashboardErrorEvent) => void }) {
  return (
    <>
      <open-express-dashboard
        endpoint="/api/trpc"
        account-id="acct_1"
        timeout={10_000}
        target="_blank"
        getToken={getToken}
        onopen-express-dashboard-error={onError}
        onopen-express-dashboard-navigate={(event) => event.detail.kind}
      />
      {/* @ts-expect-error timeout is a number of milliseconds */}
      <open-express-dashboard timeout="soon" />
      {/* @ts-expect-error target is _self or _blank */}
      <open-express-dashboard target="_top" />
      {/* @ts-expect-error no such property */}
      <open-express-dashboard endpont="/api/trpc" />
      {/* @ts-expect-error the error event's detail has no kind */}
      <open-express-dashboard onopen-express-dashboard-error={(event) => event.detail.kind} />
      {/* @ts-expect-error no such event: tsc skips dashed names it does not know (as data-*), so the listener's event is untyped */}
      <open-express-dashboard onopen-express-dashboard-eror={(event) => event.detail.reason} />
    </>
  );
}

// The raw tag in Solid JSX with the element's typings (src/solid-env.d.ts): right uses compile,
// each wrong use must fail `tsc -p tsconfig.solid.json` (an unused @ts-expect-error fails it too).
import type { OpenExpressDashboardErrorEvent, TokenGetter } from '@open-express-dashboard/element';

export function RawTag(props: { getToken: TokenGetter; onError: (event: OpenExpressDashboardErrorEvent) => void }) {
  return (
    <>
      <open-express-dashboard
        endpoint="/api/trpc"
        account-id="acct_1"
        timeout={10_000}
        prop:getToken={props.getToken}
        attr:target="_blank"
        bool:disabled={false}
        on:open-express-dashboard-error={props.onError}
        on:open-express-dashboard-navigate={{ handleEvent: (event) => event.detail.kind, once: true }}
      />
      {/* @ts-expect-error timeout is a number of milliseconds */}
      <open-express-dashboard prop:timeout="soon" />
      {/* @ts-expect-error target is _self or _blank */}
      <open-express-dashboard attr:target="_top" />
      {/* @ts-expect-error no such property */}
      <open-express-dashboard endpont="/api/trpc" />
      {/* @ts-expect-error no such property */}
      <open-express-dashboard prop:endpont="/api/trpc" />
      {/* @ts-expect-error the error event's detail has no kind */}
      <open-express-dashboard on:open-express-dashboard-error={(event) => event.detail.kind} />
      {/* @ts-expect-error no such event: tsc skips dashed names it does not know (as data-*), so the listener's event is untyped */}
      <open-express-dashboard on:open-express-dashboard-eror={(event) => event.detail.reason} />
    </>
  );
}

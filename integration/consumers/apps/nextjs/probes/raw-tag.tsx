/// <reference types="@open-express-dashboard/element/react" />
// The raw tag in React 19 JSX with the element's typings: right uses compile, each wrong use must
// fail `next build`'s type check (an unused @ts-expect-error fails it too). Not rendered anywhere.
import type { OpenExpressDashboardErrorEvent } from '@open-express-dashboard/element';

export function RawTag({ onError }: { onError: (event: OpenExpressDashboardErrorEvent) => void }) {
  return (
    <>
      <open-express-dashboard endpoint="/api/trpc" timeout={10_000} target="_blank" onopen-express-dashboard-error={onError} />
      {/* @ts-expect-error timeout is a number of milliseconds */}
      <open-express-dashboard timeout="soon" />
      {/* @ts-expect-error target is _self or _blank */}
      <open-express-dashboard target="_top" />
      {/* @ts-expect-error no such property */}
      <open-express-dashboard endpont="/api/trpc" />
      {/* @ts-expect-error the error event's detail has no kind */}
      <open-express-dashboard onopen-express-dashboard-error={(event) => event.detail.kind} />
    </>
  );
}

// Typings for the raw tag in React 19 JSX (the typed wrapper is @open-express-dashboard/react):
//   /// <reference types="@open-express-dashboard/element/react" />
// React 19 sets the element's properties and attaches `on<event name>` listeners.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { OpenExpressDashboard } from '../open-express-dashboard.component.js';
import type { OpenExpressDashboardAttributes, OpenExpressDashboardEventProps, OpenExpressDashboardProperties } from './properties.js';

/** What React 19 accepts on the tag. */
export type OpenExpressDashboardJsxProps = DetailedHTMLProps<HTMLAttributes<OpenExpressDashboard>, OpenExpressDashboard> &
  OpenExpressDashboardProperties &
  OpenExpressDashboardAttributes &
  OpenExpressDashboardEventProps;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX lives in a namespace
  namespace JSX {
    interface IntrinsicElements {
      'open-express-dashboard': OpenExpressDashboardJsxProps;
    }
  }
}

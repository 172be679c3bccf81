// Typings for the raw tag in Preact 10.28+ and 11 JSX: reference this file once, e.g. in a .d.ts:
//   /// <reference types="@open-express-dashboard/element/preact" />
// Preact sets a prop as the element's property when the element has it (`name in element`) and
// attaches `on<event name>` props as listeners for that event name, its case kept.
import type { HTMLAttributes } from 'preact';
import type { OpenExpressDashboard } from '../open-express-dashboard.component.js';
import type { OpenExpressDashboardAttributes, OpenExpressDashboardEventProps, OpenExpressDashboardProperties } from './properties.js';

/** What Preact accepts on the tag: HTML attributes, the element's properties and `on<event>` listeners. */
export type OpenExpressDashboardPreactProps = HTMLAttributes<OpenExpressDashboard> &
  OpenExpressDashboardProperties &
  OpenExpressDashboardAttributes &
  OpenExpressDashboardEventProps;

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Preact's JSX lives in a namespace
  namespace JSX {
    interface IntrinsicElements {
      'open-express-dashboard': OpenExpressDashboardPreactProps;
    }
  }
}

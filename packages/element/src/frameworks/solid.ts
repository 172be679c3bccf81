// Typings for the raw tag in Solid 1.9 JSX: reference this file once, e.g. in a .d.ts:
//   /// <reference types="@open-express-dashboard/element/solid" />
// On a custom element Solid sets a plain prop as the element's property (`account-id` as
// `accountId`), `prop:<name>` as a property, `attr:<name>` as an attribute, `bool:<name>` as a
// boolean attribute, and listens with `on:<event name>`, the name kept as written.
import type { JSX } from 'solid-js';
import type { OpenExpressDashboard } from '../open-express-dashboard.component.js';
import type { OpenExpressDashboardAttributes, OpenExpressDashboardEvents, OpenExpressDashboardProperties } from './properties.js';

/** The element's string attributes by name, as `attr:` sets them (Lit converts them back, `messages` from JSON). */
type AttributeValues = Pick<OpenExpressDashboardProperties, 'endpoint' | 'credentials' | 'timeout' | 'target' | 'variant' | 'size'> &
  OpenExpressDashboardAttributes & { messages?: string };

/** `prop:`, `attr:`, `bool:` and `on:` props, as Solid's own `JSX.ExplicitProperties` & co. are typed, for this tag only. */
type SolidNamespacedProps = { [Name in keyof OpenExpressDashboardProperties as `prop:${Name}`]?: OpenExpressDashboardProperties[Name] } & {
  [Name in keyof AttributeValues as `attr:${Name}`]?: AttributeValues[Name];
} & { 'bool:disabled'?: boolean } & {
  [Name in keyof OpenExpressDashboardEvents as `on:${Name}`]?:
    | JSX.EventHandler<OpenExpressDashboard, OpenExpressDashboardEvents[Name]>
    | JSX.EventHandlerWithOptions<OpenExpressDashboard, OpenExpressDashboardEvents[Name]>;
};

/** What Solid accepts on the tag: HTML attributes, the element's properties, and their namespaced forms. */
export type OpenExpressDashboardSolidProps = JSX.HTMLAttributes<OpenExpressDashboard> &
  OpenExpressDashboardProperties &
  OpenExpressDashboardAttributes &
  SolidNamespacedProps;

declare module 'solid-js' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Solid's JSX lives in a namespace
  namespace JSX {
    interface IntrinsicElements {
      'open-express-dashboard': OpenExpressDashboardSolidProps;
    }
  }
}

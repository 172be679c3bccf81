// Typings for Vue templates (vue-tsc, Volar): reference this file once, e.g. in env.d.ts:
//   /// <reference types="@open-express-dashboard/element/vue" />
// Wrong attribute types, unknown props and misspelled events on <open-express-dashboard> then fail.
import type { EmitFn, HTMLAttributes } from 'vue';
import type { OpenExpressDashboard } from '../open-express-dashboard.component.js';
import type { OpenExpressDashboardAttributes, OpenExpressDashboardEvents, OpenExpressDashboardProperties } from './properties.js';

/** `open-express-dashboard-error` → `openExpressDashboardError`, as Vue names listener props. */
type Camelize<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camelize<Tail>>}` : Name;

type EventListeners = {
  [Name in keyof OpenExpressDashboardEvents as `on${Capitalize<Camelize<Name>>}`]?: (event: OpenExpressDashboardEvents[Name]) => void;
};

/** The element as Vue's docs type custom elements: the instance, with template-only `$props` and `$emit`. */
export type OpenExpressDashboardVueComponent = new () => OpenExpressDashboard & {
  /** @deprecated For template type checking only: not a property of the element. */
  $props: HTMLAttributes & OpenExpressDashboardProperties & OpenExpressDashboardAttributes & EventListeners;
  /** @deprecated For template type checking only: not a property of the element. */
  $emit: EmitFn<{ [Name in keyof OpenExpressDashboardEvents]: (event: OpenExpressDashboardEvents[Name]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'open-express-dashboard': OpenExpressDashboardVueComponent;
  }
}

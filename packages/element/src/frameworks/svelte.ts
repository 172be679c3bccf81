// Typings for Svelte 5 templates (svelte-check): reference this file once, e.g. in src/app.d.ts:
//   /// <reference types="@open-express-dashboard/element/svelte" />
// Wrong attribute types, unknown props and misspelled events on <open-express-dashboard> then fail.
import type { HTMLAttributes } from 'svelte/elements';
import type { OpenExpressDashboard } from '../open-express-dashboard.component.js';
import type { OpenExpressDashboardAttributes, OpenExpressDashboardEventProps, OpenExpressDashboardProperties } from './properties.js';

/** What Svelte 5 accepts on the tag: HTML attributes, the element's properties and `on<event>` listeners. */
export type OpenExpressDashboardSvelteAttributes = HTMLAttributes<OpenExpressDashboard> &
  OpenExpressDashboardProperties &
  OpenExpressDashboardAttributes &
  OpenExpressDashboardEventProps;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'open-express-dashboard': OpenExpressDashboardSvelteAttributes;
  }
}

'use client';
// A client component however the page that renders it is written: React Server Components
// (Next.js App Router) cannot run @lit/react's hooks, so the boundary lives here, not in every page.
import { createComponent, type EventName } from '@lit/react';
import {
  ERROR_EVENT,
  NAVIGATE_EVENT,
  OpenExpressDashboard as OpenExpressDashboardElement,
  type OpenExpressDashboardErrorEvent,
  type OpenExpressDashboardNavigateEvent,
} from '@open-express-dashboard/element/define';
import * as React from 'react';

/**
 * `<open-express-dashboard>` as a React component: element properties as props (`endpoint`,
 * `accountId`, `getToken`, `target`, `messages`, …), children as the label, and typed event
 * props. Importing it registers the custom element.
 *
 * - `onNavigate`: the link arrived and is about to open (`event.detail`: `kind`, `target`,
 *   `proceed`; never the URL). Call `event.preventDefault()` to take over, `detail.proceed()` to resume.
 * - `onError`: the link could not be made (`event.detail`: `reason`, `retryable`, `message`).
 */
export const OpenExpressDashboard = createComponent({
  react: React,
  tagName: 'open-express-dashboard',
  elementClass: OpenExpressDashboardElement,
  displayName: 'OpenExpressDashboard',
  events: {
    onNavigate: NAVIGATE_EVENT as EventName<OpenExpressDashboardNavigateEvent>,
    onError: ERROR_EVENT as EventName<OpenExpressDashboardErrorEvent>,
  },
});

/** Props of {@link OpenExpressDashboard}. */
export type OpenExpressDashboardProps = React.ComponentProps<typeof OpenExpressDashboard>;

export type {
  ErrorMessages,
  LinkKind,
  NavigationTarget,
  OpenExpressDashboardErrorDetail,
  OpenExpressDashboardErrorEvent,
  OpenExpressDashboardNavigateDetail,
  OpenExpressDashboardNavigateEvent,
  OpenExpressDashboardStatus,
  Reason,
  TokenGetter,
} from '@open-express-dashboard/element';

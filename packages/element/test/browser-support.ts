// Shared by the browser tests: one msw worker per test file, and a way to put an element on the page.
import { setupWorker } from 'msw/browser';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { page } from 'vitest/browser';
import type { OpenExpressDashboard } from '../src/open-express-dashboard.component.js';
import '../src/open-express-dashboard.js';

/** A login link on this page's origin, so nothing leaves the machine if a test does follow it. */
export const LINK = `${location.origin}/__dashboard__/acct_1TestElement00001/abc123`;

export const worker = setupWorker();

/** Starts the worker for the file, resets handlers and the page after each test. */
export function useWorker(): void {
  beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
  afterEach(() => {
    worker.resetHandlers();
    document.body.replaceChildren();
  });
  afterAll(() => worker.stop());
}

/** Puts an element on the page with same-tab navigation stubbed, so the test page is never left. */
export async function mount(markup = '<open-express-dashboard></open-express-dashboard>') {
  document.body.innerHTML = markup;
  const element = document.querySelector('open-express-dashboard') as OpenExpressDashboard;
  const navigate = vi.fn<(url: string) => void>();
  element.navigate = navigate;
  await element.updateComplete;
  const shadow = element.shadowRoot!;
  return {
    element,
    navigate,
    /** The inner button, found the way a user of assistive technology would. */
    button: page.getByRole('button'),
    inner: shadow.querySelector('button')!,
    part: (name: string) => shadow.querySelector<HTMLElement>(`[part~=${name}]`),
    errorText: () => shadow.querySelector('[part=error]')!.textContent.trim(),
  };
}

/** Resolves with the next event of `type` that reaches `target`. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) =>
    target.addEventListener(type, (event) => resolve(event as GlobalEventHandlersEventMap[K]), { once: true }),
  );
}

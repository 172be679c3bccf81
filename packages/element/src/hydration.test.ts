// Lit's hydration support must load before Lit itself: this import comes first on purpose.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { loginLinkSuccess } from '@open-express-dashboard/testing/msw';
import { describe, expect, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import type { OpenExpressDashboard } from './open-express-dashboard.component.js';
import { LINK, useWorker, worker } from '../test/browser-support.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    renderOnServer(markup: string): Promise<string>;
  }
}

useWorker();

describe('<open-express-dashboard> rendered by Lit SSR, then hydrated', () => {
  it('keeps the server’s shadow DOM (one button, no second copy) and works on click', async () => {
    const serverHtml = await commands.renderOnServer('<open-express-dashboard variant="neutral">Payouts</open-express-dashboard>');
    document.body.setHTMLUnsafe(serverHtml);
    const element = document.querySelector<OpenExpressDashboard>('open-express-dashboard')!;
    const navigate = vi.fn<(url: string) => void>();
    element.navigate = navigate;
    await element.updateComplete;

    expect(element.shadowRoot!.querySelectorAll('button')).toHaveLength(1);
    expect(element.shadowRoot!.querySelectorAll('[role=alert]')).toHaveLength(1);
    await expect.element(page.getByRole('button', { name: 'Payouts' })).toBeVisible();

    worker.use(loginLinkSuccess({ url: LINK }));
    await userEvent.click(page.getByRole('button'));
    await expect.poll(() => navigate.mock.calls).toEqual([[LINK]]);
  });
});

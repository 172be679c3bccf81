// A Vitest browser command (runs in Node): Playwright's media emulation for the test page, so a
// browser test can switch prefers-color-scheme, prefers-reduced-motion and forced-colors.
import type { Page } from 'playwright';

export type MediaFeatures = Omit<NonNullable<Parameters<Page['emulateMedia']>[0]>, 'media'>;

/** `null` for a feature resets it to the browser's own. */
export async function emulateMedia(context: { page: Page }, features: MediaFeatures): Promise<void> {
  await context.page.emulateMedia(features);
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia(features: MediaFeatures): Promise<void>;
  }
}

import { HttpResponse, http, passthrough } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { mount, useWorker, worker } from '../test/browser-support.js';
import th from './locales/th.js';
import { ENGLISH } from './messages.js';

// A file of its own: the module cache is per test file, and the locales held or refused here
// must not be loaded yet.
useWorker();

describe('<open-express-dashboard> loading a translation', () => {
  it('keeps the last language asked for when an earlier one arrives later', async () => {
    // Korean's module is held at the network until Thai has been shown.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    worker.use(
      http.get(/\/locales\/ko\.ts/, async () => {
        asked = true;
        await released;
        return passthrough();
      }),
    );
    const { button, element } = await mount('<open-express-dashboard lang="ko"></open-express-dashboard>');
    await expect.poll(() => asked).toBe(true);
    element.lang = 'th';
    await expect.element(button).toHaveAccessibleName(th.label);
    release();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect.element(button).toHaveAccessibleName(th.label);
  });

  it('reports a translation that cannot be loaded, once, and stays in English', async () => {
    const report = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      worker.use(http.get(/\/locales\/mt\.ts/, () => HttpResponse.error()));
      const { button } = await mount(
        '<open-express-dashboard lang="mt"></open-express-dashboard><open-express-dashboard lang="mt"></open-express-dashboard>',
      );
      await expect.poll(() => report.mock.calls.length).toBe(1);
      expect(report.mock.calls[0]![0]).toBe('<open-express-dashboard>: could not load locales/mt.js; showing English.');
      await expect.element(button.first()).toHaveAccessibleName(ENGLISH.label);
      await expect.element(button.last()).toHaveAccessibleName(ENGLISH.label);
    } finally {
      report.mockRestore();
    }
  });
});

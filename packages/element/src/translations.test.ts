import { SERVER_REASONS } from '@open-express-dashboard/contract';
import { loginLinkError, loginLinkSuccess } from '@open-express-dashboard/testing/msw';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { mount, nextEvent, useWorker, worker } from '../test/browser-support.js';
import { LOCALES } from './locale.js';
import { ENGLISH, type Translation } from './messages.js';

useWorker();

// The translations as the element loads them, to compare against.
const files = import.meta.glob<Translation>('./locales/*.ts', { eager: true, import: 'default' });
const strings = (locale: string): Translation => files[`./locales/${locale}.ts`]!;

afterEach(() => {
  document.documentElement.lang = 'en';
  document.documentElement.removeAttribute('dir');
});

describe('<open-express-dashboard> built-in translations', () => {
  it('speaks the document’s language', async () => {
    document.documentElement.lang = 'de';
    const { button } = await mount();
    await expect.element(button).toHaveAccessibleName(strings('de').label);
  });

  it('takes the nearest lang: the element’s, else an ancestor’s, across shadow roots', async () => {
    document.documentElement.lang = 'de';
    await mount(`
      <section lang="it"><open-express-dashboard id="ancestor"></open-express-dashboard></section>
      <section lang="it"><open-express-dashboard id="own" lang="nl"></open-express-dashboard></section>
      <section lang="ja"><div id="host"></div></section>`);
    const host = document.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<open-express-dashboard></open-express-dashboard>';
    const named = (id: string) => page.elementLocator(document.getElementById(id)!).getByRole('button');
    await expect.element(named('ancestor')).toHaveAccessibleName(strings('it').label);
    await expect.element(named('own')).toHaveAccessibleName(strings('nl').label);
    await expect.element(page.elementLocator(host).getByRole('button')).toHaveAccessibleName(strings('ja').label);
  });

  it.each([
    ['fr-CA', 'fr'],
    ['PT-br', 'pt-BR'],
    ['pt-PT', 'pt'],
    ['zh-Hant-TW', 'zh-TW'],
    ['zh-HK', 'zh-HK'],
    ['zh-CN', 'zh'],
    ['no', 'nb'],
    ['es-419', 'es'],
  ])('falls back by language: %s reads %s', async (lang, locale) => {
    const { button } = await mount(`<open-express-dashboard lang="${lang}"></open-express-dashboard>`);
    await expect.element(button).toHaveAccessibleName(strings(locale).label);
  });

  it.each(['en-GB', 'sw', 'x-klingon', ''])('stays in English for lang="%s", even on a German page', async (lang) => {
    document.documentElement.lang = 'de';
    const { button } = await mount(`<open-express-dashboard lang="${lang}"></open-express-dashboard>`);
    // Give a German translation every chance to arrive.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect.element(button).toHaveAccessibleName(ENGLISH.label);
  });

  it('translates the pending label, the new-tab hint and every message, in the event too', async () => {
    const fi = strings('fi');
    worker.use(loginLinkSuccess({ delay: 'infinite' }));
    const { button, element } = await mount('<open-express-dashboard lang="fi" target="_blank"></open-express-dashboard>');
    await expect.element(button).toHaveAccessibleName(`${fi.label} ${fi.newTabLabel}`);
    element.target = '_self';
    await userEvent.click(button);
    await expect.element(button).toHaveAccessibleName(fi.pendingLabel);
    await expect.element(page.getByRole('status')).toHaveTextContent(fi.pendingLabel);

    element.remove();
    const { button: second, element: failing } = await mount('<open-express-dashboard lang="fi"></open-express-dashboard>');
    await expect.element(second).toHaveAccessibleName(fi.label);
    worker.use(loginLinkError('NO_CONNECTED_ACCOUNT'));
    const failed = nextEvent(failing, 'open-express-dashboard-error');
    await userEvent.click(second);
    expect((await failed).detail.message).toBe(fi.NO_CONNECTED_ACCOUNT);
    await expect.element(page.getByRole('alert')).toHaveTextContent(fi.NO_CONNECTED_ACCOUNT!);
  });

  it('lets the slotted label, the label attributes and messages win over the translation', async () => {
    const sv = strings('sv');
    worker.use(loginLinkError('RATE_LIMITED'));
    const { button, element, errorText } = await mount(
      `<open-express-dashboard lang="sv" target="_blank" new-tab-label="(ny flik)" messages='{"RATE_LIMITED": "Vänta lite."}'>Utbetalningar</open-express-dashboard>`,
    );
    await expect.element(button).toHaveAccessibleName('Utbetalningar (ny flik)');
    await userEvent.click(button);
    await expect.poll(errorText).toBe('Vänta lite.');

    element.messages = {};
    element.pendingLabel = 'Ett ögonblick…';
    await expect.poll(errorText).toBe(sv.RATE_LIMITED);
    worker.use(loginLinkSuccess({ delay: 'infinite' }));
    await userEvent.click(button);
    await expect.element(button).toHaveAccessibleName('Ett ögonblick…');
  });

  it('keeps the translation for a message set from script to something that is not text', async () => {
    worker.use(loginLinkSuccess({ delay: 'infinite' }));
    const { button, element, errorText } = await mount('<open-express-dashboard lang="pl" timeout="1"></open-express-dashboard>');
    await expect.element(button).toHaveAccessibleName(strings('pl').label);
    element.messages = { TIMEOUT: 3, NETWORK_ERROR: ' ' } as never;
    await userEvent.click(button);
    await expect.poll(errorText).toBe(strings('pl').TIMEOUT);
  });

  it('follows a language change on a live element, the message on show included', async () => {
    document.documentElement.lang = 'fr';
    worker.use(loginLinkError('STRIPE_UNAVAILABLE'));
    const { button, errorText } = await mount();
    await expect.element(button).toHaveAccessibleName(strings('fr').label);
    await userEvent.click(button);
    await expect.poll(errorText).toBe(strings('fr').STRIPE_UNAVAILABLE);

    document.documentElement.lang = 'de';
    await expect.element(button).toHaveAccessibleName(strings('de').label);
    await expect.poll(errorText).toBe(strings('de').STRIPE_UNAVAILABLE);

    document.documentElement.lang = 'en-US';
    await expect.element(button).toHaveAccessibleName(ENGLISH.label);
    await expect.poll(errorText).toBe(SERVER_REASONS.STRIPE_UNAVAILABLE.message);
  });
});

describe('every built-in translation in Chromium', () => {
  // A phone-sized column: the longest labels and messages must still fit inside it.
  const COLUMN = 320;

  it.each(LOCALES.flatMap((locale) => (['small', 'medium', 'large'] as const).map((size) => [locale, size] as const)))(
    '%s at size %s: the label and the message stay inside the button and the column',
    async (locale, size) => {
      const rtl = /^(ar|he)\b/.test(locale);
      worker.use(loginLinkError('MISCONFIGURED'));
      const { button, inner, element, errorText, part } = await mount(
        `<div style="width: ${COLUMN}px" lang="${locale}" dir="${rtl ? 'rtl' : 'ltr'}"><open-express-dashboard size="${size}"></open-express-dashboard></div>`,
      );
      await expect.element(button).toHaveAccessibleName(strings(locale).label);
      await userEvent.click(button);
      await expect.poll(errorText).toBe(strings(locale).MISCONFIGURED);

      const column = element.parentElement!.getBoundingClientRect();
      const box = inner.getBoundingClientRect();
      const label = part('label')!.getBoundingClientRect();
      const message = part('error')!.getBoundingClientRect();
      expect(inner.scrollWidth).toBeLessThanOrEqual(inner.clientWidth);
      expect(label.left).toBeGreaterThanOrEqual(box.left);
      expect(label.right).toBeLessThanOrEqual(box.right);
      expect(label.bottom).toBeLessThanOrEqual(box.bottom);
      for (const rect of [box, message]) {
        expect(rect.left).toBeGreaterThanOrEqual(column.left);
        expect(rect.right).toBeLessThanOrEqual(column.right);
      }
    },
  );
});

import { CLIENT_REASONS, SERVER_REASONS } from '@open-express-dashboard/contract';
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { LOCALES, localeFor } from '../src/locale.js';
import { ENGLISH, messageFor, type Translation } from '../src/messages.js';

// Every string a translation must have: the element's own three, and every reason's message
// from the contract (a reason added there shows up here as missing until it is translated).
const ENGLISH_STRINGS: Record<string, string> = {
  label: ENGLISH.label,
  pendingLabel: ENGLISH.pendingLabel,
  newTabLabel: ENGLISH.newTabLabel,
  ...Object.fromEntries(Object.entries({ ...SERVER_REASONS, ...CLIENT_REASONS }).map(([reason, { message }]) => [reason, message])),
};

// Stripe.js's supported locales (docs.stripe.com/js/appendix/supported_locales), the ones
// Stripe's own hosted surfaces speak.
const STRIPE_JS_LOCALES = [
  'ar', 'bg', 'cs', 'da', 'de', 'el', 'en', 'en-GB', 'es', 'es-419', 'et', 'fi', 'fil', 'fr', 'fr-CA', 'he', 'hr', 'hu', 'id',
  'it', 'ja', 'ko', 'lt', 'lv', 'ms', 'mt', 'nb', 'nl', 'pl', 'pt', 'pt-BR', 'ro', 'ru', 'sk', 'sl', 'sv', 'th', 'tr', 'vi',
  'zh', 'zh-HK', 'zh-TW',
]; // prettier-ignore

const load = async (locale: string) => ((await import(`../src/locales/${locale}.ts`)) as { default: Translation }).default;

describe('the built-in translations', () => {
  it('are exactly the files in src/locales', async () => {
    const files = (await readdir(new URL('../src/locales/', import.meta.url))).map((file) => file.replace(/\.ts$/, ''));
    expect([...LOCALES].sort()).toEqual(files.sort());
  });

  it('cover every Stripe.js locale: each has its own file or reads as the language it falls back to', () => {
    const unmatched = STRIPE_JS_LOCALES.filter((tag) => !tag.startsWith('en') && localeFor(tag) === undefined);
    expect(unmatched).toEqual([]);
    expect(STRIPE_JS_LOCALES.filter((tag) => localeFor(tag) !== undefined && localeFor(tag) !== tag)).toEqual(['es-419', 'fr-CA']);
  });

  it('have every key, and no empty or untranslated string', async () => {
    const problems: Record<string, string[]> = {};
    for (const locale of LOCALES) {
      const translation: Record<string, unknown> = { ...(await load(locale)) };
      const missing = Object.keys(ENGLISH_STRINGS)
        .filter((key) => !(key in translation))
        .map((key) => `missing ${key}`);
      const unknown = Object.keys(translation)
        .filter((key) => !(key in ENGLISH_STRINGS))
        .map((key) => `unknown key ${key}`);
      const bad = Object.entries(translation).flatMap(([key, value]) => {
        if (typeof value !== 'string' || value.trim() === '') return [`empty ${key}`];
        if (value === ENGLISH_STRINGS[key]) return [`untranslated ${key}`];
        return [];
      });
      if (missing.length + unknown.length + bad.length > 0) problems[locale] = [...missing, ...unknown, ...bad];
    }
    expect(problems).toEqual({});
  });

  it('keep what the English says about the product: its name and the ellipsis of the pending label', async () => {
    for (const locale of LOCALES) {
      const { label, pendingLabel } = await load(locale);
      expect(label, locale).toMatch(/Express/);
      expect(pendingLabel, locale).toMatch(/…$/);
    }
  });

  it('fall back to the contract’s English message for a reason they do not have yet', async () => {
    const { TIMEOUT: _translated, ...withoutTimeout } = await load('de');
    expect(messageFor('TIMEOUT', {}, withoutTimeout)).toBe(CLIENT_REASONS.TIMEOUT.message);
    expect(messageFor('TIMEOUT', {}, await load('de'))).not.toBe(CLIENT_REASONS.TIMEOUT.message);
  });
});

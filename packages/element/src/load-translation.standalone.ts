import type { Locale } from './locale.js';
import type { Translation } from './messages.js';

// For the standalone module (vite.standalone.config.ts puts this in place of
// load-translation.ts): the locales are plain modules in `locales/` beside it, loaded by URL, so
// a page pays for the one language it uses and the module itself carries no list of chunks.

/** Loads one locale's strings from `locales/<locale>.js` next to the standalone module. */
export async function loadTranslation(locale: Locale): Promise<Translation> {
  // Concatenated, not a template literal: Vite would otherwise bundle every locale as an asset.
  const url = new URL('locales/' + locale + '.js', import.meta.url).href;
  const module = (await import(/* @vite-ignore */ url)) as { default: Translation };
  return module.default;
}

import type { Locale } from './locale.js';
import type { Translation } from './messages.js';

// For bundlers: one static import per locale, so every bundler (Vite, webpack, esbuild, Parcel)
// splits each into a chunk of its own, loaded only when a page uses that language. The
// standalone build swaps this module for load-translation.standalone.ts.
const LOADERS: Record<Locale, () => Promise<{ default: Translation }>> = {
  ar: () => import('./locales/ar.js'),
  bg: () => import('./locales/bg.js'),
  cs: () => import('./locales/cs.js'),
  da: () => import('./locales/da.js'),
  de: () => import('./locales/de.js'),
  el: () => import('./locales/el.js'),
  es: () => import('./locales/es.js'),
  et: () => import('./locales/et.js'),
  fi: () => import('./locales/fi.js'),
  fil: () => import('./locales/fil.js'),
  fr: () => import('./locales/fr.js'),
  he: () => import('./locales/he.js'),
  hr: () => import('./locales/hr.js'),
  hu: () => import('./locales/hu.js'),
  id: () => import('./locales/id.js'),
  it: () => import('./locales/it.js'),
  ja: () => import('./locales/ja.js'),
  ko: () => import('./locales/ko.js'),
  lt: () => import('./locales/lt.js'),
  lv: () => import('./locales/lv.js'),
  ms: () => import('./locales/ms.js'),
  mt: () => import('./locales/mt.js'),
  nb: () => import('./locales/nb.js'),
  nl: () => import('./locales/nl.js'),
  no: () => import('./locales/no.js'),
  pl: () => import('./locales/pl.js'),
  pt: () => import('./locales/pt.js'),
  'pt-BR': () => import('./locales/pt-BR.js'),
  ro: () => import('./locales/ro.js'),
  ru: () => import('./locales/ru.js'),
  sk: () => import('./locales/sk.js'),
  sl: () => import('./locales/sl.js'),
  sv: () => import('./locales/sv.js'),
  th: () => import('./locales/th.js'),
  tr: () => import('./locales/tr.js'),
  vi: () => import('./locales/vi.js'),
  zh: () => import('./locales/zh.js'),
  'zh-HK': () => import('./locales/zh-HK.js'),
  'zh-Hant': () => import('./locales/zh-Hant.js'),
  'zh-TW': () => import('./locales/zh-TW.js'),
};

/** Loads one locale's strings. */
export async function loadTranslation(locale: Locale): Promise<Translation> {
  return (await LOADERS[locale]()).default;
}

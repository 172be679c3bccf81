import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadTranslation } from './load-translation.js';
import { ENGLISH, type Translation } from './messages.js';

/**
 * The languages with a translation in ./locales: Stripe.js's locales. English is built in;
 * `en-GB`, `es-419` and `fr-CA` read the same as `en`, `es` and `fr` and fall back to them.
 * Two are aliases whose prefix would pick the wrong file: `no` (Norwegian is Bokmål, `nb`) and
 * `zh-Hant` (Traditional Chinese, `zh-TW`; plain `zh` is Simplified).
 */
export const LOCALES = [
  'ar', 'bg', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'fil', 'fr', 'he', 'hr', 'hu', 'id', 'it', 'ja', 'ko', 'lt', 'lv',
  'ms', 'mt', 'nb', 'nl', 'no', 'pl', 'pt', 'pt-BR', 'ro', 'ru', 'sk', 'sl', 'sv', 'th', 'tr', 'vi', 'zh', 'zh-HK', 'zh-Hant', 'zh-TW',
] as const; // prettier-ignore

export type Locale = (typeof LOCALES)[number];

/** The translation for a `lang` value, by the tag and then its shorter prefixes (`fr-CA` → `fr`); none means English. */
export function localeFor(lang: string): Locale | undefined {
  for (let tag = lang.toLowerCase(); tag; tag = tag.replace(/-?[^-]*$/, '')) {
    const found = LOCALES.find((locale) => locale.toLowerCase() === tag);
    if (found) return found;
  }
  return undefined;
}

/** The nearest `lang`: on the element, an ancestor (across shadow roots) or the document's root. */
export function langOf(element: Element): string {
  for (let node: Element | undefined = element; node; node = (node.getRootNode() as Partial<ShadowRoot>).host) {
    const found = node.closest('[lang]');
    if (found) return found.getAttribute('lang')!;
  }
  return '';
}

const loaded = new Map<Locale, Promise<Translation>>();

/** Each locale is loaded once per page; one that fails to load is reported once and shown in English. */
function translation(locale: Locale): Promise<Translation> {
  let pending = loaded.get(locale);
  if (!pending) {
    pending = loadTranslation(locale).catch((error: unknown) => {
      console.error(`<open-express-dashboard>: could not load locales/${locale}.js; showing English.`, error);
      return ENGLISH;
    });
    loaded.set(locale, pending);
  }
  return pending;
}

/**
 * Keeps an element's strings in the language of its nearest `lang`, following changes to any
 * `lang` attribute in the document or the shadow roots around it.
 */
export class TranslationController implements ReactiveController {
  /** The strings to show now: English until the element's language has loaded. */
  translation = ENGLISH;
  #locale: Locale | undefined;
  readonly #host: ReactiveControllerHost & Element;
  #observer?: MutationObserver; // made on connection: Lit SSR constructs elements where there is none

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new MutationObserver(() => void this.#follow());
    for (let root = this.#host.getRootNode(); ; root = root.host.getRootNode()) {
      this.#observer.observe(root, { subtree: true, attributeFilter: ['lang'] });
      if (!(root instanceof ShadowRoot)) break;
    }
    void this.#follow();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  async #follow(): Promise<void> {
    const locale = localeFor(langOf(this.#host));
    if (locale === this.#locale) return;
    this.#locale = locale;
    const next = locale ? await translation(locale) : ENGLISH;
    // The language may have changed again while this one loaded.
    if (this.#locale !== locale) return;
    this.translation = next;
    this.#host.requestUpdate();
  }
}

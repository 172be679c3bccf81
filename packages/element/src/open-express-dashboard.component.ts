import { DEFAULT_ENDPOINT, type CreateLoginLinkOutput } from '@open-express-dashboard/contract';
import { LitElement, html, isServer, nothing, type PropertyDeclarations } from 'lit';
import { errorEvent } from './events/error-event.js';
import { navigateEvent, type NavigationTarget } from './events/navigate-event.js';
import { LoginLinkFailure, requestLoginLink, type TokenGetter } from './login-link-client.js';
import { TranslationController } from './locale.js';
import { messageFor, messagesConverter, type ErrorMessages, type Translation } from './messages.js';
import { openEmptyTab, sendTab } from './new-tab.js';
import { once } from './once.js';
import { styles } from './open-express-dashboard.styles.js';

/**
 * Longer than the server's own budget for Stripe (10 s per try, one retry), so the server's more
 * precise `STRIPE_UNAVAILABLE` arrives before the element gives up with `TIMEOUT`.
 */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Where the element is: `navigating` lasts until the page is left (or shown again from the back-forward cache). */
export type OpenExpressDashboardStatus = 'idle' | 'loading' | 'navigating' | 'error';

/**
 * The element's one source of truth: a small state machine, idle → loading → navigating | error
 * (and back to idle or loading on the next click). Everything else, `loading` included, derives
 * from it.
 */
type State =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly request: AbortController }
  | { readonly status: 'navigating' }
  | { readonly status: 'error'; readonly failure: LoginLinkFailure };

/** The properties as the element acts on them: defaults in place of `undefined` and invalid values. */
interface Settings {
  readonly endpoint: string;
  readonly credentials: RequestCredentials;
  readonly timeoutMs: number;
  readonly newTab: boolean;
  readonly navigate: (url: string) => void;
  readonly pendingLabel: string;
  readonly newTabLabel: string;
  readonly messages: ErrorMessages;
  /** The strings in the element's language (see locale.ts), under the overrides above. */
  readonly translation: Translation;
}

const IDLE: State = { status: 'idle' };
const NAVIGATING: State = { status: 'navigating' };

/** The button's visual weight. */
export type ButtonVariant = 'primary' | 'neutral';

/** The button's size; text, padding and height scale together. */
export type ButtonSize = 'small' | 'medium' | 'large';

/** The colours: `light`, `dark`, or `auto` to follow the system's `prefers-color-scheme`. */
export type ButtonTheme = 'light' | 'dark' | 'auto';

const CREDENTIALS: readonly RequestCredentials[] = ['same-origin', 'include', 'omit'];

const navigateThisTab = (url: string): void => window.location.assign(url);

/**
 * A button that opens the signed-in seller's Stripe Express Dashboard: on click it asks the
 * platform's server for a fresh, single-use login link and sends the browser there. The link is
 * never shown, logged, stored, or put in an event.
 *
 * @summary Opens the seller's Stripe Express Dashboard.
 *
 * @slot - The button's label. Default: "Open Express Dashboard", in the language of the nearest `lang`.
 *
 * @fires {OpenExpressDashboardNavigateEvent} open-express-dashboard-navigate - The link arrived and is about to open. Cancelable: `preventDefault()` stops the navigation, `detail.proceed()` resumes it. Detail: `{ kind, target, proceed }`, never the URL.
 * @fires {OpenExpressDashboardErrorEvent} open-express-dashboard-error - The link could not be created or reached. Detail: `{ reason, retryable, message, retryAfterSeconds? }`.
 *
 * @csspart button - The native `<button>`.
 * @csspart label - The label's wrapper (kept in place, invisible, while loading so the width does not jump).
 * @csspart spinner - The spinner shown while the link is requested.
 * @csspart error - The error message (also the live region that announces it).
 *
 * The host also matches `:state(idle)`, `:state(loading)`, `:state(navigating)` and `:state(error)`
 * (`loading` while the link is requested or followed, like the `loading` attribute).
 *
 * @cssproperty --oed-background - Button background. Default `#635bff`, `#fff` for `variant="neutral"` (dark: `#1a1b25`).
 * @cssproperty --oed-background-hover - Button background on hover. Default `#4f46e5`, `#f6f8fa` for `variant="neutral"` (dark: `#262837`).
 * @cssproperty --oed-color - Button text colour. Default `#fff`, `#30313d` for `variant="neutral"` (dark: `#f6f8fa`).
 * @cssproperty --oed-border-color - Button border colour. Default `transparent`, `#8792a2` for `variant="neutral"`.
 * @cssproperty --oed-border-radius - Button corner radius. Default `6px`.
 * @cssproperty --oed-padding - Button padding. Default `0 1.25em`.
 * @cssproperty --oed-min-height - Button minimum height. Default `2.5em`.
 * @cssproperty --oed-focus-ring - Outline shown on keyboard focus. Default `2px solid #635bff` (dark: `#8f8aff`).
 * @cssproperty --oed-focus-ring-offset - Space between the button and its focus ring. Default `2px`.
 * @cssproperty --oed-error-color - Error message colour. Default `#c0123c` (dark: `#ff7a93`).
 */
export class OpenExpressDashboard extends LitElement {
  static override styles = styles;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  // Declared here rather than with decorators: the same for Lit and the manifest, and the
  // decorator runtime was 0.38 kB gzip of the standalone module. Each is documented below.
  static override properties: PropertyDeclarations = {
    endpoint: {},
    credentials: {},
    getToken: { attribute: false },
    accountId: { attribute: 'account-id' },
    timeout: { type: Number },
    target: { reflect: true },
    variant: { reflect: true },
    size: { reflect: true },
    theme: { reflect: true },
    disabled: { type: Boolean, reflect: true },
    pendingLabel: { attribute: 'pending-label' },
    newTabLabel: { attribute: 'new-tab-label' },
    messages: { converter: messagesConverter },
    ariaLabel: { attribute: 'aria-label' },
    navigate: { attribute: false },
  };

  // `loading` is reflected by the element alone: watching it lets the element undo a write from outside.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'loading'];
  }

  /** The platform's tRPC endpoint serving `expressDashboard.createLoginLink`: a path, or a URL for a cross-origin API. */
  endpoint?: string = DEFAULT_ENDPOINT;

  /**
   * Whether the browser sends cookies with the request: `same-origin` (default), `include` for a
   * session cookie on a cross-origin API (which must allow credentials in CORS), or `omit`.
   */
  credentials?: RequestCredentials = 'same-origin';

  /**
   * An async function returning a bearer token, sent as `Authorization: Bearer <token>` (Auth0,
   * Clerk, Firebase and the like). Returning nothing sends no header; throwing shows
   * `UNAUTHENTICATED`.
   */
  getToken?: TokenGetter;

  /** For sellers with several connected accounts: which of their own accounts to open (`acct_…`). The server refuses any other. */
  accountId?: string;

  /** Milliseconds to wait for the link (token included) before giving up with `TIMEOUT`. */
  timeout?: number = DEFAULT_TIMEOUT_MS;

  /** `_self` (default) opens the dashboard in this tab; `_blank` in a new tab, or this tab if the browser blocks it. */
  target?: NavigationTarget = '_self';

  /** Visual weight: `primary` (filled, the default) or `neutral` (outlined, for a secondary place on the page). */
  variant?: ButtonVariant = 'primary';

  /** `small`, `medium` (the default) or `large`: scales the button's text, padding and height together. */
  size?: ButtonSize = 'medium';

  /**
   * `light` (the default), `dark` for a dark page, or `auto` to follow the system's
   * `prefers-color-scheme`. Either way the `--oed-*` properties win.
   */
  theme?: ButtonTheme = 'light';

  /** Disables the button. */
  disabled = false;

  /** The button's accessible name while loading (the label itself is hidden then). Default: the built-in translation's. */
  pendingLabel?: string;

  /** Read by screen readers after the label when `target="_blank"`. Default: the built-in translation's. */
  newTabLabel?: string;

  /**
   * Error messages by reason, replacing the built-in ones (your own wording, or a language not
   * built in), e.g. `{"UNAUTHENTICATED": "Bitte melden Sie sich erneut an."}`. As an attribute:
   * that object as JSON.
   */
  messages?: ErrorMessages = {};

  /**
   * The inner button's accessible name, when the label alone is not clear enough. Set as an
   * attribute, it moves from the host to the button, so screen readers announce it once.
   */
  override ariaLabel: string | null = null;

  /**
   * Sends this tab to the link (default: `location.assign`). Replace it for an in-app browser or,
   * in tests, to stay on the page. The URL is a single-use credential: never log, store or show it.
   */
  navigate?: (url: string) => void = navigateThisTab;

  #state: State = IDLE;

  // The built-in strings in the language of the nearest `lang`, kept up to date.
  readonly #strings = new TranslationController(this);

  // Custom states (`:state(loading)`); Lit's server shim provides them too.
  readonly #internals = this.attachInternals();

  constructor() {
    super();
    this.#internals.states.add(IDLE.status);
  }

  /** Where the element is: `idle`, `loading`, `navigating` or `error`. */
  get status(): OpenExpressDashboardStatus {
    return this.#state.status;
  }

  /**
   * Whether the link is being requested or followed; reflected as the `loading` attribute and
   * `:state(loading)`. Read-only: it follows `status`.
   * @attr loading
   */
  get loading(): boolean {
    return this.#state.status === 'loading' || this.#state.status === 'navigating';
  }

  /** Clicks the inner button, as a user would (no user activation: a new tab may be blocked). */
  override click(): void {
    this.renderRoot.querySelector('button')?.click();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pageshow', this.#onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pageshow', this.#onPageShow);
    // A move (removed and re-inserted in the same task, as frameworks do) keeps the request going.
    queueMicrotask(() => {
      if (!this.isConnected && this.#state.status === 'loading') this.#state.request.abort();
    });
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'loading') {
      // Written from outside: put back what the status says.
      if ((value !== null) !== this.loading) this.toggleAttribute(name, this.loading);
      return;
    }
    // Aria delegation (as Material Web does it): the name moves to the inner button, and the host
    // keeps none, or screen readers would announce it twice. Lit SSR leaves the host as written.
    // Lit types `isServer` as its browser build's `false`; under Lit SSR on Node it is true.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    if (name === 'aria-label' && !isServer) {
      // `null` is the element's own removal below: the name stays.
      if (value === null) return;
      this.ariaLabel = value;
      super.removeAttribute(name);
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }

  /** Removing `aria-label` from the host clears the name it handed to the button. */
  override removeAttribute(name: string): void {
    super.removeAttribute(name);
    if (name === 'aria-label') this.ariaLabel = null;
  }

  /** The one way the state changes; the `loading` attribute and custom states follow it here. */
  #to(state: State): void {
    this.#state = state;
    this.toggleAttribute('loading', this.loading);
    const states = this.#internals.states;
    states.clear();
    states.add(state.status);
    if (this.loading) states.add('loading');
    this.requestUpdate();
  }

  /**
   * The properties as the element acts on them, read in this one place. Frameworks unset a
   * property by assigning `undefined` (React wrappers do) and attributes can hold anything: each
   * falls back to its default here instead of breaking the button.
   */
  #settings(): Settings {
    const timeout = this.timeout ?? 0;
    const translation = this.#strings.translation;
    return {
      endpoint: this.endpoint || DEFAULT_ENDPOINT,
      credentials: this.credentials && CREDENTIALS.includes(this.credentials) ? this.credentials : 'same-origin',
      timeoutMs: timeout > 0 && timeout < Infinity ? timeout : DEFAULT_TIMEOUT_MS,
      newTab: this.target === '_blank',
      navigate: this.navigate ?? navigateThisTab,
      // An empty pending label would leave the busy button nameless.
      pendingLabel: this.pendingLabel?.trim() ? this.pendingLabel : translation.pendingLabel,
      newTabLabel: this.newTabLabel ?? translation.newTabLabel,
      messages: this.messages ?? {},
      translation,
    };
  }

  /** Back from the dashboard through the back-forward cache: the page is usable again. */
  #onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted && this.#state.status === 'navigating') this.#to(IDLE);
  };

  #onClick = (): void => {
    // A burst of clicks makes one request; while navigating the page is leaving, a new link would be wasted.
    if (this.disabled || this.loading) return;
    // A new tab must be opened now, in the click, or popup blockers refuse it.
    // `null` when blocked: the link then opens in this tab.
    const tab = this.#settings().newTab ? openEmptyTab() : null;
    void this.#request(tab);
  };

  /** Asks for the link, then opens it; any failure becomes the `error` state. */
  async #request(tab: Window | null): Promise<void> {
    const request = new AbortController();
    this.#to({ status: 'loading', request });
    const { endpoint, credentials, timeoutMs } = this.#settings();
    let link: CreateLoginLinkOutput;
    try {
      link = await requestLoginLink({
        endpoint,
        credentials,
        timeoutMs,
        getToken: this.getToken,
        input: this.accountId ? { accountId: this.accountId } : undefined,
        signal: request.signal,
      });
    } catch (error) {
      tab?.close();
      // Removed from the page: abandoned quietly.
      if (request.signal.aborted) return this.#to(IDLE);
      return this.#fail(error);
    }
    this.#open(link, tab);
  }

  /** Announces the link (never its URL), then follows it unless the host takes over. */
  #open({ url, kind }: CreateLoginLinkOutput, tab: Window | null): void {
    // The seller closed the waiting tab: they changed their mind.
    if (tab?.closed) return this.#to(IDLE);
    const proceed = once(() => this.#follow(url, tab));
    const event = navigateEvent({ kind, target: tab ? '_blank' : '_self', proceed });
    this.dispatchEvent(event);
    // Cancelled: the host has it now, and no empty tab is left waiting for a proceed() that may never come.
    if (event.defaultPrevented) tab?.close();
    else proceed();
    // Unless this tab is on its way to the link, the button is free for another click.
    if (this.#state.status === 'loading') this.#to(IDLE);
  }

  /** Sends the waiting tab (or a new one, if it was closed since) to the link, else this tab. */
  #follow(url: string, tab: Window | null): void {
    const newTab = tab && (tab.closed ? openEmptyTab() : tab);
    if (newTab) return sendTab(newTab, url);
    this.#to(NAVIGATING);
    try {
      this.#settings().navigate(url);
    } catch {
      // A replaced `navigate` that failed did not take the page anywhere.
      this.#fail(new LoginLinkFailure('INTERNAL'));
    }
  }

  #fail(error: unknown): void {
    const failure = error instanceof LoginLinkFailure ? error : new LoginLinkFailure('INTERNAL');
    this.#to({ status: 'error', failure });
    const { reason, retryable, retryAfterSeconds } = failure;
    const { messages, translation } = this.#settings();
    const message = messageFor(reason, messages, translation);
    this.dispatchEvent(errorEvent({ reason, retryable, message, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) }));
  }

  #accessibleName(settings: Settings): string | undefined {
    if (this.loading) return settings.pendingLabel;
    if (!this.ariaLabel) return undefined;
    return settings.newTab ? `${this.ariaLabel} ${settings.newTabLabel}` : this.ariaLabel;
  }

  protected override render() {
    const settings = this.#settings();
    const busy = this.loading;
    const failure = this.#state.status === 'error' ? this.#state.failure : undefined;
    return html`
      <button
        part="button"
        type="button"
        ?disabled=${this.disabled}
        aria-busy=${busy ? 'true' : 'false'}
        aria-label=${this.#accessibleName(settings) ?? nothing}
        aria-describedby=${failure ? 'error' : nothing}
        @click=${this.#onClick}
      >
        ${busy ? html`<span part="spinner" class="spinner" aria-hidden="true"></span>` : nothing}
        <span part="label" class="label"><slot>${settings.translation.label}</slot></span>
        ${settings.newTab && !busy ? html`<span class="visually-hidden">${settings.newTabLabel}</span>` : nothing}
      </button>
      <span class="visually-hidden" role="status">${busy ? settings.pendingLabel : ''}</span>
      <p part="error" id="error" class="error" role="alert">
        ${failure ? messageFor(failure.reason, settings.messages, settings.translation) : ''}
      </p>
    `;
  }
}

import { DEFAULT_ENDPOINT, type CreateLoginLinkOutput } from '@open-express-dashboard/contract';
import { Task, TaskStatus, initialState } from '@lit/task';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { errorEvent } from './events/error-event.js';
import { navigateEvent, type NavigationTarget } from './events/navigate-event.js';
import { LoginLinkFailure, requestLoginLink, type TokenGetter } from './login-link-client.js';
import {
  DEFAULT_LABEL,
  DEFAULT_NEW_TAB_LABEL,
  DEFAULT_PENDING_LABEL,
  messageFor,
  messagesConverter,
  type ErrorMessages,
} from './messages.js';
import { openEmptyTab, sendTab } from './new-tab.js';
import { styles } from './open-express-dashboard.styles.js';

/**
 * Longer than the server's own budget for Stripe (10 s per try, one retry), so the server's more
 * precise `STRIPE_UNAVAILABLE` arrives before the element gives up with `TIMEOUT`.
 */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Where the element is: `navigating` lasts until the page is left (or shown again from the back-forward cache). */
export type OpenExpressDashboardStatus = 'idle' | 'loading' | 'navigating' | 'error';

/** The button's visual weight. */
export type ButtonVariant = 'primary' | 'neutral';

/** The button's size; text, padding and height scale together. */
export type ButtonSize = 'small' | 'medium' | 'large';

const CREDENTIALS: readonly RequestCredentials[] = ['same-origin', 'include', 'omit'];

// Frameworks unset a property by assigning `undefined` (React wrappers do): every read below
// falls back to the default then, instead of breaking the button.
const navigateThisTab = (url: string): void => window.location.assign(url);

/**
 * A button that opens the signed-in seller's Stripe Express Dashboard: on click it asks the
 * platform's server for a fresh, single-use login link and sends the browser there. The link is
 * never shown, logged, stored, or put in an event.
 *
 * @summary Opens the seller's Stripe Express Dashboard.
 *
 * @slot - The button's label. Default: "Open Express Dashboard".
 *
 * @fires {OpenExpressDashboardNavigateEvent} open-express-dashboard-navigate - The link arrived and is about to open. Cancelable: `preventDefault()` stops the navigation, `detail.proceed()` resumes it. Detail: `{ kind, target, proceed }`, never the URL.
 * @fires {OpenExpressDashboardErrorEvent} open-express-dashboard-error - The link could not be created or reached. Detail: `{ reason, retryable, message, retryAfterSeconds? }`.
 *
 * @csspart button - The native `<button>`.
 * @csspart label - The label's wrapper (kept in place, invisible, while loading so the width does not jump).
 * @csspart spinner - The spinner shown while the link is requested.
 * @csspart error - The error message (also the live region that announces it).
 *
 * @cssproperty --oed-background - Button background. Default `#635bff`, `#fff` for `variant="neutral"`.
 * @cssproperty --oed-background-hover - Button background on hover. Default `#4f46e5`, `#f6f8fa` for `variant="neutral"`.
 * @cssproperty --oed-color - Button text colour. Default `#fff`, `#30313d` for `variant="neutral"`.
 * @cssproperty --oed-border-color - Button border colour. Default `transparent`, `#8792a2` for `variant="neutral"`.
 * @cssproperty --oed-border-radius - Button corner radius. Default `6px`.
 * @cssproperty --oed-padding - Button padding. Default `0 1.25em`.
 * @cssproperty --oed-min-height - Button minimum height. Default `2.5em`.
 * @cssproperty --oed-focus-ring - Outline shown on keyboard focus. Default `2px solid #635bff`.
 * @cssproperty --oed-focus-ring-offset - Space between the button and its focus ring. Default `2px`.
 * @cssproperty --oed-error-color - Error message colour. Default `#c0123c`.
 */
export class OpenExpressDashboard extends LitElement {
  static override styles = styles;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The platform's tRPC endpoint serving `expressDashboard.createLoginLink`: a path, or a URL for a cross-origin API. */
  @property() endpoint: string = DEFAULT_ENDPOINT;

  /**
   * Whether the browser sends cookies with the request: `same-origin` (default), `include` for a
   * session cookie on a cross-origin API (which must allow credentials in CORS), or `omit`.
   */
  @property() credentials: RequestCredentials = 'same-origin';

  /**
   * An async function returning a bearer token, sent as `Authorization: Bearer <token>` (Auth0,
   * Clerk, Firebase and the like). Returning nothing sends no header; throwing shows
   * `UNAUTHENTICATED`.
   */
  @property({ attribute: false }) getToken?: TokenGetter;

  /** For sellers with several connected accounts: which of their own accounts to open (`acct_…`). The server refuses any other. */
  @property({ attribute: 'account-id' }) accountId?: string;

  /** Milliseconds to wait for the link (token included) before giving up with `TIMEOUT`. */
  @property({ type: Number }) timeout: number = DEFAULT_TIMEOUT_MS;

  /** `_self` (default) opens the dashboard in this tab; `_blank` in a new tab, or this tab if the browser blocks it. */
  @property({ reflect: true }) target: NavigationTarget = '_self';

  /** Visual weight: `primary` (filled, the default) or `neutral` (outlined, for a secondary place on the page). */
  @property({ reflect: true }) variant: ButtonVariant = 'primary';

  /** `small`, `medium` (the default) or `large`: scales the button's text, padding and height together. */
  @property({ reflect: true }) size: ButtonSize = 'medium';

  /** Disables the button. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Read-only: reflected while the link is requested and the page is on its way to it. Setting it has no effect. */
  @property({ type: Boolean, reflect: true }) loading = false;

  /** The button's accessible name while loading (the label itself is hidden then). */
  @property({ attribute: 'pending-label' }) pendingLabel: string = DEFAULT_PENDING_LABEL;

  /** Read by screen readers after the label when `target="_blank"`. */
  @property({ attribute: 'new-tab-label' }) newTabLabel: string = DEFAULT_NEW_TAB_LABEL;

  /**
   * Error messages by reason, replacing the defaults (for localization or your own wording), e.g.
   * `{"UNAUTHENTICATED": "Bitte melden Sie sich erneut an."}`. As an attribute: that object as JSON.
   */
  @property({ converter: messagesConverter }) messages: ErrorMessages = {};

  /** Forwarded to the inner button: the accessible name when the label alone is not clear enough. */
  @property({ attribute: 'aria-label' }) override ariaLabel: string | null = null;

  /**
   * Sends this tab to the link (default: `location.assign`). Replace it for an in-app browser or,
   * in tests, to stay on the page. The URL is a single-use credential: never log, store or show it.
   */
  @property({ attribute: false }) navigate: (url: string) => void = navigateThisTab;

  #navigating = false;

  readonly #task = new Task<[Window | null], void>(this, {
    autoRun: false,
    task: async ([tab], { signal }): Promise<typeof initialState> => {
      try {
        const link = await requestLoginLink({
          endpoint: this.endpoint || DEFAULT_ENDPOINT,
          credentials: CREDENTIALS.includes(this.credentials) ? this.credentials : 'same-origin',
          getToken: this.getToken,
          input: this.accountId ? { accountId: this.accountId } : undefined,
          timeoutMs: Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT_MS,
          signal,
        });
        this.#open(link, tab);
        return initialState;
      } catch (error) {
        tab?.close();
        this.#navigating = false; // a `navigate` that threw did not take the page anywhere
        if (signal.aborted) return initialState;
        const failure = error instanceof LoginLinkFailure ? error : new LoginLinkFailure('INTERNAL');
        this.dispatchEvent(
          errorEvent({
            reason: failure.reason,
            retryable: failure.retryable,
            message: messageFor(failure.reason, this.messages ?? {}),
            ...(failure.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: failure.retryAfterSeconds }),
          }),
        );
        throw failure;
      }
    },
  });

  /** Where the element is: `idle`, `loading`, `navigating` or `error`. */
  get status(): OpenExpressDashboardStatus {
    if (this.#navigating) return 'navigating';
    if (this.#task.status === TaskStatus.PENDING) return 'loading';
    if (this.#task.status === TaskStatus.ERROR) return 'error';
    return 'idle';
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
      if (!this.isConnected) this.#task.abort();
    });
  }

  /** Back from the dashboard through the back-forward cache: the page is usable again. */
  #onPageShow = (event: PageTransitionEvent): void => {
    if (!event.persisted || !this.#navigating) return;
    this.#navigating = false;
    this.requestUpdate();
  };

  #onClick = (): void => {
    // A burst of clicks makes one request; while navigating the page is leaving, a new link would be wasted.
    const status = this.status;
    if (this.disabled || status === 'loading' || status === 'navigating') return;
    // A new tab must be opened now, in the click, or popup blockers refuse it.
    // `null` when blocked: the link then opens in this tab.
    const tab = this.target === '_blank' ? openEmptyTab() : null;
    void this.#task.run([tab]);
  };

  /** Announces the link (without its URL), then opens it unless the host cancelled. */
  #open({ url, kind }: CreateLoginLinkOutput, tab: Window | null): void {
    const wantsNewTab = tab !== null;
    // The seller closed the empty tab while waiting: they changed their mind.
    if (wantsNewTab && tab.closed) return;
    let link: string | undefined = url;
    let openTab = tab;
    const proceed = (): void => {
      if (link === undefined) return;
      const destination = link;
      link = undefined; // Forget the credential as soon as it is used.
      if (wantsNewTab) {
        const target = openTab && !openTab.closed ? openTab : openEmptyTab();
        openTab = null;
        if (target) return sendTab(target, destination);
      }
      this.#navigating = true;
      this.requestUpdate();
      (this.navigate ?? navigateThisTab)(destination);
    };
    const event = navigateEvent({ kind, target: wantsNewTab ? '_blank' : '_self', proceed });
    this.dispatchEvent(event);
    if (!event.defaultPrevented) return proceed();
    // The host took over: no empty tab left waiting for a `proceed()` that may never come.
    openTab?.close();
    openTab = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const status = this.status;
    this.loading = status === 'loading' || status === 'navigating';
  }

  /** An empty pending label would leave the busy button nameless: the default stands in. */
  get #pendingName(): string {
    return this.pendingLabel?.trim() ? this.pendingLabel : DEFAULT_PENDING_LABEL;
  }

  #accessibleName(): string | undefined {
    if (this.loading) return this.#pendingName;
    if (!this.ariaLabel) return undefined;
    return this.target === '_blank' ? `${this.ariaLabel} ${this.newTabLabel ?? DEFAULT_NEW_TAB_LABEL}` : this.ariaLabel;
  }

  protected override render() {
    const busy = this.loading;
    const failure = this.status === 'error' && this.#task.error instanceof LoginLinkFailure ? this.#task.error : undefined;
    return html`
      <button
        part="button"
        type="button"
        ?disabled=${this.disabled}
        aria-busy=${busy ? 'true' : 'false'}
        aria-label=${this.#accessibleName() ?? nothing}
        aria-describedby=${failure ? 'error' : nothing}
        @click=${this.#onClick}
      >
        ${busy ? html`<span part="spinner" class="spinner" aria-hidden="true"></span>` : nothing}
        <span part="label" class="label"><slot>${DEFAULT_LABEL}</slot></span>
        ${this.target === '_blank' && !busy ? html`<span class="visually-hidden">${this.newTabLabel ?? DEFAULT_NEW_TAB_LABEL}</span>` : nothing}
      </button>
      <span class="visually-hidden" role="status">${busy ? this.#pendingName : ''}</span>
      <p part="error" id="error" class="error" role="alert">${failure ? messageFor(failure.reason, this.messages ?? {}) : ''}</p>
    `;
  }
}

import { DEFAULT_ENDPOINT } from '@open-express-dashboard/contract';
import { Task, TaskStatus } from '@lit/task';
import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { LoginLinkFailure, requestLoginLink } from './login-link-client.js';
import { styles } from './open-express-dashboard.styles.js';

/**
 * A button that opens the signed-in seller's Stripe Express Dashboard: on click it asks the
 * platform's server for a fresh login link and sends the browser there.
 *
 * @summary Opens the seller's Stripe Express Dashboard.
 * @slot - The button's label. Default: "Open Express Dashboard".
 * @csspart button - The native button.
 * @csspart label - The label's wrapper.
 * @csspart spinner - The spinner shown while the link is requested.
 * @csspart error - The message shown when the link could not be created.
 * @cssproperty --oed-background - Button background.
 * @cssproperty --oed-color - Button text colour.
 * @cssproperty --oed-border-radius - Button corner radius.
 * @cssproperty --oed-focus-ring - Outline shown on keyboard focus.
 * @cssproperty --oed-error-color - Error message colour.
 */
export class OpenExpressDashboard extends LitElement {
  static override styles = styles;

  /** The platform's tRPC endpoint that serves `expressDashboard.createLoginLink`. */
  @property() endpoint = DEFAULT_ENDPOINT;

  /**
   * Sends the browser to the link. Replace it to route differently (or, in tests, to stay on the
   * page). The URL is a single-use credential: never log, store or show it.
   */
  @property({ attribute: false }) navigate: (url: string) => void = (url) => window.location.assign(url);

  readonly #task = new Task(this, {
    autoRun: false,
    task: async (_args: [], { signal }) => {
      const { url } = await requestLoginLink({ endpoint: this.endpoint, signal });
      this.navigate(url);
      // The URL is not kept: the task's value would hold a credential for as long as the element lives.
    },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#task.abort();
  }

  #onClick = (): void => {
    // Busy: the first click's request is already on its way (and the page may be leaving).
    if (this.#busy) return;
    void this.#task.run();
  };

  get #busy(): boolean {
    return this.#task.status === TaskStatus.PENDING || this.#task.status === TaskStatus.COMPLETE;
  }

  #errorMessage(): string {
    if (this.#task.status !== TaskStatus.ERROR) return '';
    const error: unknown = this.#task.error;
    return error instanceof LoginLinkFailure ? error.message : new LoginLinkFailure('INTERNAL').message;
  }

  protected override render() {
    const busy = this.#busy;
    return html`
      <button part="button" type="button" aria-busy=${busy ? 'true' : 'false'} @click=${this.#onClick}>
        ${this.#task.status === TaskStatus.PENDING
          ? html`<span part="spinner" class="spinner" aria-hidden="true"></span>`
          : nothing}
        <span part="label" class="label"><slot>Open Express Dashboard</slot></span>
      </button>
      <p part="error" class="error" role="alert">${this.#errorMessage()}</p>
    `;
  }
}

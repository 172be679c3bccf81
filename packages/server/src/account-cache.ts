/** What the router needs to know about an account to send its seller somewhere other than the Express Dashboard. */
export interface AccountState {
  /** Which Stripe-hosted dashboard the account uses. */
  dashboard: 'express' | 'full' | 'none';
  /** Whether the seller finished onboarding (`details_submitted`). */
  detailsSubmitted: boolean;
}

export interface AccountCacheOptions {
  /** How long a looked-up account state is trusted. Default 60 s. */
  ttlSeconds?: number;
  /** The most accounts kept; the oldest go first. Default 10 000. */
  maxEntries?: number;
}

/**
 * A short-lived, bounded, in-process memory of account states learnt from look-ups after Stripe
 * refused a login link, so a seller who clicks again is not looked up again.
 */
export class AccountStateCache {
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;
  readonly #entries = new Map<string, { state: AccountState; expiresAt: number }>();

  constructor(options: AccountCacheOptions = {}, now: () => number = Date.now) {
    const ttlSeconds = options.ttlSeconds ?? 60;
    const maxEntries = options.maxEntries ?? 10_000;
    if (!(ttlSeconds >= 0)) throw new RangeError('accountCache.ttlSeconds must be 0 or more');
    if (!(Number.isInteger(maxEntries) && maxEntries > 0)) throw new RangeError('accountCache.maxEntries must be a positive integer');
    this.#ttlMs = ttlSeconds * 1000;
    this.#maxEntries = maxEntries;
    this.#now = now;
  }

  get(accountId: string): AccountState | undefined {
    const entry = this.#entries.get(accountId);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.#now()) {
      this.#entries.delete(accountId);
      return undefined;
    }
    return entry.state;
  }

  set(accountId: string, state: AccountState): void {
    if (this.#ttlMs === 0) return;
    this.#entries.delete(accountId); // re-inserting moves it to the back of the eviction order
    this.#entries.set(accountId, { state, expiresAt: this.#now() + this.#ttlMs });
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}

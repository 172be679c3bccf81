/** Where the element sends its request by default: the tRPC endpoint on the page's own origin. */
export const DEFAULT_ENDPOINT = '/trpc';

/** The tRPC path of the one mutation the element calls. */
export const CREATE_LOGIN_LINK_PATH = 'expressDashboard.createLoginLink';

/** Where a returned URL takes the seller. */
export const LINK_KINDS = ['express_dashboard', 'onboarding', 'full_dashboard'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** A Stripe connected account id: `acct_` and base62, as the server accepts it in input and tokens. */
export const ACCOUNT_ID_PATTERN = /^acct_[A-Za-z0-9]{1,64}$/;

/** A Stripe secret (`sk_…`) or restricted (`rk_…`) key, test or live, as the server and the kit accept it. */
export const SECRET_KEY_PATTERN = /^(sk|rk)_(test|live)_[A-Za-z0-9_]+$/;

/** Input of `expressDashboard.createLoginLink`. */
export interface CreateLoginLinkInput {
  /**
   * Which of the signed-in seller's own connected accounts to open, for sellers with several.
   * Omit it to open the seller's only (or default) account. The server refuses any other account.
   */
  accountId?: string;
}

/** Output of `expressDashboard.createLoginLink`. */
export interface CreateLoginLinkOutput {
  /** A single-use, short-lived URL. It is a credential: redirect to it, never show, log or store it. */
  url: string;
  /** Where {@link CreateLoginLinkOutput.url} goes. */
  kind: LinkKind;
}

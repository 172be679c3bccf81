/**
 * Failures the fake can play instead of answering, to test how callers cope.
 * - `server_error`: an `api_error` with this HTTP status (default 500), as Stripe's outages look.
 * - `rate_limit`: HTTP 429 with a `Retry-After` header (Stripe's SDK does not retry these).
 * - `reset`: the connection is cut without an answer.
 * - `delay`: answers normally after `ms` milliseconds (nothing at all if the client or the fake is gone by then).
 * - `hang`: never answers (until the fake closes).
 */
export type StripeFakeFault =
  | { kind: 'server_error'; status?: number }
  | { kind: 'rate_limit'; retryAfterSeconds?: number }
  | { kind: 'reset' }
  | { kind: 'delay'; ms: number }
  | { kind: 'hang' };

/** Every fault `kind`. Listed as a record's keys so that the compiler checks it names each kind, once. */
export const FAULT_KINDS = Object.keys({
  server_error: true,
  rate_limit: true,
  reset: true,
  delay: true,
  hang: true,
} satisfies Record<StripeFakeFault['kind'], true>) as readonly StripeFakeFault['kind'][];

/** Which requests a fault applies to, and how many times (default: the next matching one). */
export interface FaultMatch {
  method?: 'GET' | 'POST';
  /** A path such as `/v1/account_links`, or a pattern. Default: every `/v1/` path. */
  path?: string | RegExp;
  /** How many matching requests get the fault; `Infinity` for all of them. Default 1. */
  times?: number;
}

interface PendingFault {
  fault: StripeFakeFault;
  match: FaultMatch;
  remaining: number;
}

/** A first-in first-out list of armed faults; each request takes the first that matches it. */
export class FaultQueue {
  #pending: PendingFault[] = [];

  add(fault: StripeFakeFault, match: FaultMatch = {}): void {
    const times = match.times ?? 1;
    if (!(times > 0)) throw new RangeError('times must be a positive number');
    this.#pending.push({ fault, match, remaining: times });
  }

  clear(): void {
    this.#pending = [];
  }

  take(method: string, path: string): StripeFakeFault | undefined {
    const index = this.#pending.findIndex(({ match }) => matches(match, method, path));
    const found = this.#pending[index];
    if (!found) return undefined;
    found.remaining -= 1;
    if (found.remaining <= 0) this.#pending.splice(index, 1);
    return found.fault;
  }
}

function matches(match: FaultMatch, method: string, path: string): boolean {
  if (match.method && match.method !== method) return false;
  if (match.path === undefined) return true;
  return typeof match.path === 'string' ? match.path === path : match.path.test(path);
}

import { ACCOUNT_ID_PATTERN } from '@open-express-dashboard/contract';
import type { Caller } from './caller.js';

// Hand-written checks, not zod: importing zod (or zod/mini, the same core) costs about half of
// importing `stripe`, paid by every cold start, and these two shapes are a few lines.
// `input.test.ts` proves them equal to the zod schemas they replaced, on any value (fast-check).

/** The mutation's input: an account the caller chose among their own, or none for their default. */
export interface LoginLinkInput {
  /** One of the caller's own connected accounts; omit for their default account. */
  accountId?: string | undefined;
}

/** A refused value; tRPC answers it as BAD_REQUEST (`INVALID_INPUT`) with this as the cause. */
export class InputError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Stripe account ids are `acct_` and base62; refusing anything else early keeps junk out of URLs and logs. */
export function isAccountId(value: unknown): value is string {
  return typeof value === 'string' && ACCOUNT_ID_PATTERN.test(value);
}

/**
 * The mutation's input, checked at the network edge: `undefined`, or an object whose `accountId`,
 * when present, is an account id. Other keys are dropped.
 */
export function parseLoginLinkInput(value: unknown): LoginLinkInput | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) throw new InputError('Expected an object or nothing');
  if (!('accountId' in value)) return {};
  const { accountId } = value;
  if (accountId !== undefined && !isAccountId(accountId)) throw new InputError('Expected a Stripe account id (acct_…)');
  return { accountId };
}

/**
 * What an `authenticate` function returned, if it is a {@link Caller} (a copy, with nothing else):
 * checked, because a string in `accountIds` would match by substring.
 */
export function checkedCaller(value: unknown): Caller | undefined {
  if (!isObject(value)) return undefined;
  const { userId, accountIds } = value;
  if (typeof userId !== 'string' || userId.length === 0 || !Array.isArray(accountIds)) return undefined;
  const copy: string[] = [];
  for (let index = 0; index < accountIds.length; index += 1) {
    const accountId: unknown = accountIds[index];
    if (typeof accountId !== 'string') return undefined;
    copy.push(accountId);
  }
  return { userId, accountIds: copy };
}

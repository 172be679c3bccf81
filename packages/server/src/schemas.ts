import { ACCOUNT_ID_PATTERN } from '@open-express-dashboard/contract';
import { z } from 'zod';

// What arrives from outside the server, checked with zod. Imported through `input.ts` on the first
// request that needs it, not at start-up (see there).

/** Stripe account ids are `acct_` and base62; refusing anything else early keeps junk out of URLs and logs. */
export const accountIdSchema = z.string().regex(ACCOUNT_ID_PATTERN, 'Expected a Stripe account id (acct_…)');

/** The mutation's input, checked at the network edge. */
export const loginLinkInputSchema = z
  .object({
    /** One of the caller's own connected accounts; omit for their default account. */
    accountId: accountIdSchema.optional(),
  })
  .optional();

/** What an `authenticate` function must return: checked, because a string in `accountIds` would match by substring. */
export const callerSchema = z.object({
  userId: z.string().min(1),
  accountIds: z.array(z.string()).readonly(),
});

/** A session token's subject, and its account claim: one account id or several. */
export const subjectSchema = z.string().min(1);
export const accountsClaimSchema = z.union([accountIdSchema, z.array(accountIdSchema)]).optional();

import { ACCOUNT_ID_PATTERN } from '@open-express-dashboard/contract';
import { z } from 'zod';

/** Stripe account ids are `acct_` and base62; refusing anything else early keeps junk out of URLs and logs. */
export const accountIdSchema = z.string().regex(ACCOUNT_ID_PATTERN, 'Expected a Stripe account id (acct_…)');

/** The mutation's input, checked at the network edge. */
export const createLoginLinkInput = z
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

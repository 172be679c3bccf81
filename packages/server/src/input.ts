import type { CreateLoginLinkInput } from '@open-express-dashboard/contract';
import type { Caller } from './caller.js';

// zod checks everything that arrives (`schemas.ts`), imported with its schemas on the first request
// that needs them: importing zod costs about half of importing `stripe`, which every cold start
// would pay, also where the route module is loaded but never called (a framework that imports every
// route, an instance that serves other routes).
let schemas: Promise<typeof import('./schemas.js')> | undefined;

/** The zod schemas of `schemas.ts`, imported once, on first use. */
export function loadSchemas(): Promise<typeof import('./schemas.js')> {
  return (schemas ??= import('./schemas.js'));
}

/**
 * The mutation's input, checked at the network edge (tRPC answers a refusal as `INVALID_INPUT`).
 * Typed as the contract's public type, so a platform's declaration files can name the router's input.
 */
export async function parseLoginLinkInput(value: unknown): Promise<CreateLoginLinkInput | undefined> {
  return (await loadSchemas()).loginLinkInputSchema.parse(value);
}

/** What an `authenticate` function returned, if it is a {@link Caller} (a checked copy). */
export async function checkedCaller(value: unknown): Promise<Caller | undefined> {
  const checked = (await loadSchemas()).callerSchema.safeParse(value);
  return checked.success ? checked.data : undefined;
}

export { ACCOUNT_STATES, type AccountState, type FakeAccount, type SeedAccount } from './accounts.js';
export type { StripeErrorBody } from './errors.js';
export type { FaultMatch, StripeFakeFault } from './faults.js';
export type { FormParams, FormValue } from './form.js';
export {
  DEFAULT_SECRET_KEY,
  startStripeFake,
  type RecordedRequest,
  type StripeFake,
  type StripeFakeOptions,
} from './server.js';

export { ACCOUNT_STATES, type AccountState, type FakeAccount, type SeedAccount } from './accounts.js';
export type { StripeErrorBody } from './errors.js';
export { FAULT_KINDS, type FaultMatch, type StripeFakeFault } from './faults.js';
export type { FormParams, FormValue } from './form.js';
export type { RecordedRequest } from './pipeline.js';
export { DEFAULT_LOGIN_LINK_TTL_SECONDS, DEFAULT_SECRET_KEY, startStripeFake, type StripeFake, type StripeFakeOptions } from './server.js';

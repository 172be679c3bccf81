import { SERVER_REASON_INFO } from './reason-info.generated.js';
import { CLIENT_REASONS, type Reason, type ReasonInfo, type ServerReason } from './reasons.js';

// These read a generated copy of SERVER_REASONS without the tRPC codes and statuses, so that a
// browser bundle using only them (the element) carries only what it shows.
const ALL_REASONS: Record<Reason, ReasonInfo> = { ...SERVER_REASON_INFO, ...CLIENT_REASONS };

/** Whether `value` is one of the reasons (for reading untrusted error payloads). */
export function isReason(value: unknown): value is Reason {
  return typeof value === 'string' && Object.hasOwn(ALL_REASONS, value);
}

/** Whether a reason is retryable, and the message shown for it by default. */
export function reasonInfo(reason: Reason): ReasonInfo {
  return ALL_REASONS[reason];
}

/** Whether `value` is a reason the server sends. */
export function isServerReason(value: unknown): value is ServerReason {
  return typeof value === 'string' && Object.hasOwn(SERVER_REASON_INFO, value);
}

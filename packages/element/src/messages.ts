import { isReason, reasonInfo, type Reason } from '@open-express-dashboard/contract';
import type { ComplexAttributeConverter } from 'lit';

/** Per-reason overrides of the error messages, for localization or a platform's own wording. */
export type ErrorMessages = Partial<Record<Reason, string>>;

/** The English defaults of every other string the element shows or announces. */
export const DEFAULT_LABEL = 'Open Express Dashboard';
export const DEFAULT_PENDING_LABEL = 'Opening Express Dashboard…';
export const DEFAULT_NEW_TAB_LABEL = '(opens in a new tab)';

/** The message shown for `reason`: the override when there is one, else the contract's safe default. */
export function messageFor(reason: Reason, overrides: ErrorMessages): string {
  const override = overrides[reason];
  return typeof override === 'string' && override.trim() !== '' ? override : reasonInfo(reason).message;
}

/**
 * Reads the `messages` attribute: a JSON object from reason to message. Anything unreadable is
 * reported and ignored, so a typo in the markup leaves the default messages in place.
 */
export const messagesConverter: ComplexAttributeConverter<ErrorMessages> = {
  fromAttribute(value) {
    if (value === null || value.trim() === '') return {};
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      console.error('<open-express-dashboard>: the messages attribute is not JSON; the default messages are shown.');
      return {};
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      console.error('<open-express-dashboard>: the messages attribute must be a JSON object of reason to message.');
      return {};
    }
    const messages: ErrorMessages = {};
    for (const [reason, message] of Object.entries(parsed)) {
      if (isReason(reason) && typeof message === 'string') messages[reason] = message;
      else console.error(`<open-express-dashboard>: messages: ignoring ${JSON.stringify(reason)} (not a reason with a text message).`);
    }
    return messages;
  },
};

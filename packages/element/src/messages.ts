import { isReason, reasonInfo, type Reason } from '@open-express-dashboard/contract';
import type { ComplexAttributeConverter } from 'lit';

/** Per-reason overrides of the error messages, for localization or a platform's own wording. */
export type ErrorMessages = Partial<Record<Reason, string>>;

/**
 * Every string the element shows or announces, in one language: its own three, and each reason's
 * message. A reason missing from it (one added since) shows the contract's English message.
 */
export interface Translation extends ErrorMessages {
  /** The button's label when nothing is slotted. */
  readonly label: string;
  /** The button's accessible name while loading. */
  readonly pendingLabel: string;
  /** Read after the label when the dashboard opens in a new tab. */
  readonly newTabLabel: string;
}

/** Built in: the element's own strings; the reasons' messages are the contract's. */
export const ENGLISH: Translation = {
  label: 'Open Express Dashboard',
  pendingLabel: 'Opening Express Dashboard…',
  newTabLabel: '(opens in a new tab)',
};

/** The message shown for `reason`: the override when there is one, else the translation's, else the contract's. */
export function messageFor(reason: Reason, overrides: ErrorMessages, translation: Translation): string {
  const override: unknown = overrides[reason];
  // Set from script, `messages` can hold anything: only a non-empty string replaces a message.
  return typeof override === 'string' && override.trim() !== '' ? override : (translation[reason] ?? reasonInfo(reason).message);
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

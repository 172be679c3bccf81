/** A signal that aborts when `parent` does or when `ms` milliseconds have passed, whichever is first. */
export interface Deadline {
  readonly signal: AbortSignal;
  /** Whether it was the time limit (not the parent) that aborted the signal. */
  readonly expired: boolean;
  /** Stops the timer; call it once the work is done. */
  clear(): void;
}

// Hand-written rather than `AbortSignal.any` + `AbortSignal.timeout`: tells the two causes apart
// and works in every browser the element targets (Safari < 17.4 lacks `AbortSignal.any`).
export function deadline(ms: number | undefined, parent?: AbortSignal): Deadline {
  const controller = new AbortController();
  let expired = false;
  const onParentAbort = () => controller.abort(parent?.reason);
  if (parent?.aborted) onParentAbort();
  else parent?.addEventListener('abort', onParentAbort, { once: true });
  const timer =
    ms === undefined
      ? undefined
      : setTimeout(() => {
          expired = true;
          controller.abort(new DOMException('The request took too long.', 'TimeoutError'));
        }, ms);
  return {
    signal: controller.signal,
    get expired() {
      return expired;
    },
    clear() {
      clearTimeout(timer);
      parent?.removeEventListener('abort', onParentAbort);
    },
  };
}

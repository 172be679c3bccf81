/**
 * Wraps `run` so that it runs on the first call only; later calls do nothing. The wrapper lets go
 * of `run` (and whatever it closes over, such as a single-use link) as soon as it has run.
 */
export function once(run: () => void): () => void {
  let pending: (() => void) | undefined = run;
  return () => {
    const next = pending;
    pending = undefined;
    next?.();
  };
}

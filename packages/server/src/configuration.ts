import { ExpressDashboardError } from './errors.js';

/**
 * Configuration built and checked on first use, never at import or when a handler is created: a
 * build (Next.js loads route modules to collect them) runs without the runtime's secrets. A problem
 * answers every request with `MISCONFIGURED`, its cause (what to fix) in the request's log line.
 */
export function onFirstUse<T>(build: () => T): () => T {
  let outcome: { value: T } | { problem: unknown } | undefined;
  return () => {
    if (outcome === undefined) {
      try {
        outcome = { value: build() };
      } catch (problem) {
        outcome = { problem };
      }
    }
    if ('value' in outcome) return outcome.value;
    const { problem } = outcome;
    throw problem instanceof ExpressDashboardError ? problem : new ExpressDashboardError('MISCONFIGURED', { cause: problem });
  };
}

/**
 * Exponential backoff with jitter for every failed county request.
 *
 * Why: hundreds of kiosks share one county server and come back online together after a
 * power or network cut; fixed retries (RxDB's `retryTime`) would hit the server in lockstep.
 * "Equal jitter": half of the exponential step is fixed (a kiosk never hammers), half is
 * random (kiosks spread out). Capped at 5 minutes so a kiosk that was offline for a day is
 * back within minutes of the link returning; `syncNow()` cuts any wait short.
 */
export interface BackoffOptions {
  /** First wait, before jitter. */
  baseMs: number;
  /** Longest wait. */
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1_000, capMs: 5 * 60_000 };

/** `attempt` counts failures in a row, from 1. `random` returns [0, 1). */
export function backoffDelay(attempt: number, options: BackoffOptions = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(attempt - 1, 0), 30);
  const step = Math.min(options.capMs, options.baseMs * 2 ** exponent);
  return Math.round(step / 2 + random() * (step / 2));
}

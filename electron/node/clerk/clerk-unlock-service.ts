export interface ClerkUnlockResult {
  unlocked: boolean;
  retryAfterSeconds?: number;
}

export interface ClerkUnlockService {
  unlock(pin: string): Promise<ClerkUnlockResult>;
}

export interface ClerkUnlockDeps {
  /** The PIN hash in force (from the current configuration). */
  pinHash: () => string;
  verify: (pin: string, pinHash: string) => Promise<boolean>;
  now?: () => number;
}

/** Wrong PINs allowed before a lockout; each further wrong PIN doubles the wait (30 s, 60 s, …, 15 min). */
const FREE_ATTEMPTS = 5;
const BASE_LOCKOUT_MS = 30_000;
const MAX_LOCKOUT_MS = 15 * 60_000;

/**
 * Checks the clerk PIN in the host. A kiosk stands in a public room: guessing must be slow,
 * so after a few wrong PINs the host refuses tries (without even checking) until the lockout
 * passes. A right PIN resets the count.
 *
 * Invariant: attempts run one at a time, in arrival order. The lockout is read before the
 * (slow, asynchronous) hash check and the failure counted after it; without the queue, 200
 * guesses sent at once all passed the check before the first failure was counted (issue 8,
 * finding 4). The host has one kiosk session, so one queue per service is one per session.
 */
export function createClerkUnlockService({ pinHash, verify, now = Date.now }: ClerkUnlockDeps): ClerkUnlockService {
  let failures = 0;
  let lockedUntil = 0;
  let queue: Promise<unknown> = Promise.resolve();
  const attempt = async (pin: string): Promise<ClerkUnlockResult> => {
    const t = now();
    if (t < lockedUntil) return { unlocked: false, retryAfterSeconds: Math.ceil((lockedUntil - t) / 1000) };
    if (await verify(pin, pinHash())) {
      failures = 0;
      lockedUntil = 0;
      return { unlocked: true };
    }
    failures += 1;
    if (failures >= FREE_ATTEMPTS) {
      const wait = Math.min(MAX_LOCKOUT_MS, BASE_LOCKOUT_MS * 2 ** (failures - FREE_ATTEMPTS));
      lockedUntil = t + wait;
      return { unlocked: false, retryAfterSeconds: Math.ceil(wait / 1000) };
    }
    return { unlocked: false };
  };
  return {
    unlock(pin) {
      const result = queue.then(() => attempt(pin));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}

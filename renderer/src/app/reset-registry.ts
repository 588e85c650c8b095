/** Something a feature wipes when the session ends (draft report, recorded audio, typed text). */
export type ResetHook = () => void | Promise<void>;

export interface ResetRegistry {
  /** Registers a hook; returns the function that removes it. */
  add(hook: ResetHook): () => void;
  /**
   * Calls every hook registered at this moment, all of them synchronously, so hooks of screens
   * that are about to unmount still run. One hook failing (throwing or rejecting) never stops
   * the others: it is logged. Resolves when the asynchronous ones have settled.
   */
  runAll(): Promise<void>;
}

export function createResetRegistry(): ResetRegistry {
  const hooks = new Set<ResetHook>();
  return {
    add(hook) {
      // A wrapper per registration: the same function registered twice runs twice and is removed once.
      const entry: ResetHook = () => hook();
      hooks.add(entry);
      return () => {
        hooks.delete(entry);
      };
    },
    async runAll() {
      const pending: Promise<void>[] = [];
      for (const hook of [...hooks]) {
        try {
          const result = hook();
          if (result) pending.push(result);
        } catch (error) {
          console.error('[kiosk] a reset hook failed', error);
        }
      }
      const results = await Promise.allSettled(pending);
      for (const result of results) {
        if (result.status === 'rejected') console.error('[kiosk] a reset hook failed', result.reason);
      }
    },
  };
}

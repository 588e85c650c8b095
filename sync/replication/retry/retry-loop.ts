import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff';
import { classifyFailure, SyncStoppedError, type FailureKind } from './sync-failure';

/**
 * Runs county requests until they succeed, waiting with backoff in between; shared by every
 * handler of one kiosk sync.
 *
 * Why our own loop instead of RxDB's `retryTime`: RxDB retries after a fixed delay that
 * nothing can cut short, and reports every failure as the same error. Here each failure is
 * classified (offline, credentials, server) for the status the clerk sees, waits grow with
 * jitter, `wake()` (syncNow, "network is back") ends all waits at once, and `stop()` ends
 * them with SyncStoppedError so RxDB's loops wind down. Handlers therefore only ever throw
 * when the sync is stopping: RxDB's error path is not part of normal operation.
 */
export interface RetryLoopOptions {
  backoff?: BackoffOptions;
  signal: AbortSignal;
  onFailure?: (kind: FailureKind, error: unknown, label: string, waitMs: number) => void;
  onSuccess?: (label: string) => void;
  random?: () => number;
}

export class RetryLoop {
  private readonly backoff: BackoffOptions;
  private wakers = new Set<() => void>();

  constructor(private readonly options: RetryLoopOptions) {
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
  }

  get signal(): AbortSignal {
    return this.options.signal;
  }

  /** Runs `task` until it resolves. `label` names it in status and logs (e.g. "push reports"). */
  async run<T>(label: string, task: (signal: AbortSignal) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      this.throwIfStopped();
      try {
        const result = await task(this.options.signal);
        this.options.onSuccess?.(label);
        return result;
      } catch (error) {
        this.throwIfStopped();
        const kind = classifyFailure(error);
        const waitMs = backoffDelay(attempt, this.backoff, this.options.random);
        this.options.onFailure?.(kind, error, label, waitMs);
        await this.sleep(waitMs);
      }
    }
  }

  /** Ends every current wait now: the next attempt starts immediately. */
  wake(): void {
    const wakers = [...this.wakers];
    this.wakers.clear();
    for (const wake of wakers) wake();
  }

  /** A wait that ends early on wake() and rejects on stop. */
  sleep(ms: number): Promise<void> {
    const { signal } = this.options;
    return new Promise<void>((resolve, reject) => {
      if (signal.aborted) {
        reject(new SyncStoppedError());
        return;
      }
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        this.wakers.delete(done);
        resolve();
      };
      const onAbort = () => {
        clearTimeout(timer);
        this.wakers.delete(done);
        reject(new SyncStoppedError());
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', onAbort, { once: true });
      this.wakers.add(done);
    });
  }

  throwIfStopped(): void {
    if (this.options.signal.aborted) throw new SyncStoppedError();
  }
}

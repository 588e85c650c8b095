import { peekChanges, waitForChanges } from '../transport/couch-endpoints';
import { TransportUnreachableError } from '../transport/couch-transport';
import type { CouchTransport } from '../transport/couch-transport';
import type { RetryLoop } from '../retry/retry-loop';
import { isStopped } from '../retry/sync-failure';

/**
 * Live pull trigger: a longpoll on a county database's `_changes` (ids only, limit 1) that
 * calls `onChange` whenever the server has something new, so the RxDB pull (which fetches
 * the documents from its own checkpoint) runs within seconds of a county answer. It carries
 * no documents and no checkpoint of its own: missing a wake-up costs latency, never data,
 * because the pull always reads from its persisted checkpoint.
 *
 * After a failure it calls `onChange` once the server answers again, since changes made
 * during the outage were not watched. Failures back off through the shared RetryLoop.
 *
 * A longpoll that gets no answer in time is not yet a failure: pouchdb-server ignores
 * `timeout` and holds a longpoll open until something changes, and a proxy may cut idle
 * requests. The watcher then asks once without waiting (feed=normal); only if that fails too
 * is the server unreachable.
 */
export interface ChangeWatcherOptions {
  transport: CouchTransport;
  db: string;
  retry: RetryLoop;
  /** How long the server holds a longpoll open. */
  waitMs: number;
  onChange: () => void;
}

export function watchChanges(options: ChangeWatcherOptions): Promise<void> {
  return (async () => {
    let since = 'now';
    for (;;) {
      let tries = 0;
      try {
        const result = await options.retry.run(`watch ${options.db}`, async (signal) => {
          tries++;
          // First contact and retries ask without waiting: the answer (and the cleared
          // failure) comes at once, and it gives the cursor the longpolls continue from.
          if (since === 'now' || tries > 1) return peekChanges(options.transport, options.db, since, signal);
          try {
            return await waitForChanges(options.transport, options.db, since, options.waitMs, signal);
          } catch (error) {
            if (!(error instanceof TransportUnreachableError) || signal.aborted) throw error;
            return peekChanges(options.transport, options.db, since, signal);
          }
        });
        since = result.lastSeq ?? since;
        if (result.changed || tries > 1) options.onChange();
      } catch (error) {
        if (isStopped(error)) return;
        throw error;
      }
    }
  })();
}

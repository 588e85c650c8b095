import type { BlobStore, BlobUploadState } from '#sync/blobs/blob-store';
import type { BlobProgress } from '#sync/replication/kiosk-sync';
import type { ReportDocType } from '#sync/schema/report-schema';

/**
 * The blob store's answers, kept in memory for the sync's status model: `BlobProgress` is
 * synchronous (the status is recomputed on every change), the store is asynchronous (PouchDB).
 *
 * Invariants:
 * - A blob counts as uploaded only after the store said so (its `uploaded` flag is set only
 *   once the county's copy was verified), or, for a blob this kiosk does not hold (a report
 *   pulled from another kiosk), after the county's blobs database showed a non-empty copy.
 *   Anything not known yet is NOT uploaded: "received" must never be shown early.
 * - A hash seen for the first time is looked up in the background; listeners hear when the
 *   answer arrives, so the status and open timelines follow along.
 * - `refresh()` re-reads everything known; the provider calls it on a new blob, after each
 *   uploader pass and on "sync now".
 */
export interface BlobProgressCache extends BlobProgress {
  refresh(): Promise<void>;
  /** For the status-screen facts: the same answer as `blobsUploaded` for a list of hashes. */
  hashesUploaded(sha256s: readonly string[]): boolean;
  stop(): void;
}

export interface BlobProgressCacheOptions {
  store: Pick<BlobStore, 'uploadStates' | 'pendingUploads' | 'onNewBlob'>;
  /** Whether the county holds a blob this kiosk does not (absent locally). */
  serverHas?: (sha256: string) => Promise<boolean>;
}

export function reportHashes(report: Pick<ReportDocType, 'photo' | 'voiceNote'>): string[] {
  return [report.photo?.sha256, report.voiceNote?.sha256].filter((sha): sha is string => sha !== undefined);
}

export function createBlobProgressCache({ store, serverHas }: BlobProgressCacheOptions): BlobProgressCache {
  const states = new Map<string, BlobUploadState>();
  /** Absent hashes the county was asked about: true when it holds them. */
  const onServer = new Map<string, boolean>();
  const listeners = new Set<() => void>();
  let pending = 0;
  let stopped = false;
  let generation = 0;

  const notify = () => {
    if (!stopped) for (const listener of [...listeners]) listener();
  };

  async function lookUp(sha256s: readonly string[]): Promise<void> {
    if (sha256s.length === 0) return;
    const found = await store.uploadStates(sha256s);
    let changed = false;
    for (const [sha, state] of Object.entries(found)) {
      if (states.get(sha) !== state) changed = true;
      states.set(sha, state);
      if (state === 'absent' && serverHas && !onServer.get(sha)) {
        void serverHas(sha).then(
          (has) => {
            if (has && !onServer.get(sha)) {
              onServer.set(sha, true);
              notify();
            }
          },
          () => undefined, // offline or refused: asked again on the next refresh
        );
      }
    }
    if (changed) notify();
  }

  const warn = (error: unknown) => console.warn('[kiosk] cannot read blob upload states', error);

  function isUploaded(sha: string): boolean {
    const state = states.get(sha);
    if (state === undefined) {
      states.set(sha, 'pending'); // asked once; the answer notifies
      lookUp([sha]).catch(warn);
      return false;
    }
    return state === 'uploaded' || (state === 'absent' && onServer.get(sha) === true);
  }

  const unsubscribeNewBlob = store.onNewBlob(() => void cache.refresh().catch(warn));

  const cache: BlobProgressCache = {
    blobsUploaded: (report) => cache.hashesUploaded(reportHashes(report)),
    hashesUploaded: (sha256s) => sha256s.map(isUploaded).every(Boolean),
    pendingCount: () => pending,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async refresh() {
      const call = ++generation;
      const list = await store.pendingUploads();
      // An older refresh that resolves late must not overwrite a newer count.
      if (call === generation && list.length !== pending) {
        pending = list.length;
        notify();
      }
      await lookUp([...states.keys()]);
    },
    stop() {
      stopped = true;
      unsubscribeNewBlob();
      listeners.clear();
    },
  };
  return cache;
}

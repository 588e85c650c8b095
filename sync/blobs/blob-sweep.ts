import type { BlobStore } from './blob-store';

export interface BlobSweepOptions {
  store: BlobStore;
  /**
   * Every blob something on this kiosk still needs: the reports' photos and voice notes, the
   * scans' pages, and the documents the county refused that wait to be sent again. Read after
   * the blobs are listed, so a report saved meanwhile is seen (or its blob is too new to go).
   */
  referenced: () => Promise<ReadonlySet<string>>;
  /** How long an unreferenced blob is kept after it was stored. Default 24 hours. */
  graceMs?: number;
  now?: () => Date;
}

export interface BlobSweepResult {
  removed: string[];
  /** Blobs from before `storedAt` existed: their grace period starts now. */
  graceStarted: string[];
}

export const DEFAULT_BLOB_GRACE_MS = 24 * 60 * 60 * 1000;

/**
 * Removes the blobs no report, scan or refused document references, once they are older than
 * the grace period: what a failed save leaves behind (save-report.ts stores the photo and the
 * voice note before the one insert that makes a report exist). Never a referenced blob, and
 * never a young one: a save in progress has stored its blobs a moment before its insert.
 * Two clocks guard the young ones: `storedAt` (kiosk clock, survives restarts) and, for blobs
 * stored by this process, the monotonic clock, so a kiosk clock jumping forward cannot sweep a
 * blob whose report is being saved. A `storedAt` in the future (the clock was set back) keeps it.
 */
export async function sweepUnreferencedBlobs(options: BlobSweepOptions): Promise<BlobSweepResult> {
  const graceMs = options.graceMs ?? DEFAULT_BLOB_GRACE_MS;
  const now = (options.now ?? (() => new Date()))();
  const blobs = await options.store.listBlobs();
  const referenced = await options.referenced();
  const result: BlobSweepResult = { removed: [], graceStarted: [] };
  for (const blob of blobs) {
    if (referenced.has(blob.sha256) || options.store.storedRecently(blob.sha256, graceMs)) continue;
    if (!blob.storedAt) {
      await options.store.setStoredAt(blob.sha256, now.toISOString());
      result.graceStarted.push(blob.sha256);
      continue;
    }
    const age = now.getTime() - new Date(blob.storedAt).getTime();
    if (!Number.isFinite(age) || age < graceMs) continue;
    await options.store.removeBlob(blob.sha256);
    result.removed.push(blob.sha256);
  }
  return result;
}

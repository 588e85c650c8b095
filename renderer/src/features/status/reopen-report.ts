import type { ReportDocType } from '#sync/schema/report-schema';
import type { KioskDocument } from '../../data/kiosk-database-types';
import { deriveReportProgress, resolutionCount } from './report-progress';

/** sync/schema/report-schema.ts `reopenRequests.maxItems`. */
const MAX_REOPEN_REQUESTS = 100;

export type ReopenResult = 'requested' | 'already-pending' | 'full';

/**
 * Appends a villager's reopen request `{ at, kioskId, resolution }` to a resolved report; the
 * resolution it answers makes "pending" exact across kiosks (report-progress.ts).
 *
 * `reopenRequests` is kiosk-owned and only ever grows (the conflict handler unions it with the
 * server's), so appending is the whole write; the county-owned status is left alone (the
 * county decides). `incrementalModify` applies the change to the latest stored version, and
 * the check runs there too: a double tap, or a county update that arrived meanwhile, never
 * adds a second request for the same resolution (see `hasPendingReopen`).
 * `at` is the kiosk clock: for people to read, never compared with anything.
 */
export async function requestReopen(doc: KioskDocument<'reports'>, request: { at: string; kioskId: string }): Promise<ReopenResult> {
  let result: ReopenResult = 'already-pending';
  await doc.incrementalModify((current: ReportDocType) => {
    // The county's status alone decides whether it can be reopened: the sync facts do not matter.
    if (!deriveReportProgress(current, { pushed: true, blobsUploaded: true }).canReopen) {
      result = 'already-pending';
      return current;
    }
    if (current.reopenRequests.length >= MAX_REOPEN_REQUESTS) {
      result = 'full';
      return current;
    }
    result = 'requested';
    return { ...current, reopenRequests: [...current.reopenRequests, { at: request.at, kioskId: request.kioskId, resolution: resolutionCount(current) }] };
  });
  return result;
}

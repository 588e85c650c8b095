import type { ReportDocType } from '../../schema/report-schema';
import type { FailureKind } from '../retry/sync-failure';

/**
 * The status model people see (DESIGN.md §5). Pure types and functions: kiosk-sync.ts feeds
 * them, the UI renders them.
 *
 * Per report: saved on this kiosk → waiting to send → received by the county → in progress →
 * resolved / reopened. "Received" means the document AND every blob it references are on the
 * county server (the blob uploader answers `blobsUploaded`). A report the server refused is
 * 'set-aside': it is neither waiting (nothing will send it as it is) nor received; a clerk
 * must look at it.
 *
 * Overall: one state, the pending counts, the quarantine count, the last good sync, the last
 * error. `allSent` is true only when nothing is pending and nothing the kiosk wrote was refused,
 * so "All sent" is never shown while anything the villagers entered is not on the county server.
 * Times are the kiosk clock and for display only.
 */

export type SyncState = 'not-enrolled' | 'offline' | 'credentials-rejected' | 'error' | 'syncing' | 'idle';

export interface PendingCounts {
  /** Reports whose current version is not on the server yet. */
  reports: number;
  scans: number;
  /** Blobs not uploaded yet (from the blob uploader; 0 without one). */
  blobs: number;
}

export interface SyncStatus {
  state: SyncState;
  pending: PendingCounts;
  /** Documents set aside (refused by the server, or malformed from it): for the clerk. */
  quarantined: number;
  /** When everything was last in sync with no failure (ISO, kiosk clock, display only). */
  lastGoodSyncAt?: string;
  lastError?: { kind: FailureKind; message: string; at: string };
  /**
   * The only condition under which the UI may say "All sent": nothing pending and none of the
   * kiosk's documents refused (a malformed document *from* the server does not count here).
   */
  allSent: boolean;
}

export const NOT_ENROLLED_STATUS: SyncStatus = Object.freeze({
  state: 'not-enrolled',
  pending: Object.freeze({ reports: 0, scans: 0, blobs: 0 }),
  quarantined: 0,
  allSent: false,
});

export type ReportDelivery = 'saved' | 'waiting' | 'received' | 'in_progress' | 'resolved' | 'reopened' | 'set-aside';

export interface ReportDeliveryFacts {
  /** The kiosk's current version is not on the server. */
  pending: boolean;
  /** A push of it was attempted since the sync started. */
  attempted: boolean;
  /** The server refused it (push quarantine). */
  quarantined: boolean;
  /** Every blob it references is on the server. */
  blobsUploaded: boolean;
}

const COUNTY_STAGES = new Set<ReportDelivery>(['in_progress', 'resolved', 'reopened']);

export function reportDelivery(report: Pick<ReportDocType, 'status'>, facts: ReportDeliveryFacts): ReportDelivery {
  // Refused first: the kiosk's copy is not what the county holds, whatever it says.
  if (facts.quarantined) return 'set-aside';
  // A county status proves the county has the report, whatever the kiosk still has to send.
  if (COUNTY_STAGES.has(report.status as ReportDelivery)) return report.status as ReportDelivery;
  if (facts.pending) return facts.attempted ? 'waiting' : 'saved';
  if (!facts.blobsUploaded) return 'waiting';
  return 'received';
}

/**
 * Where a report stands on a kiosk with no running sync (not enrolled yet, or sync stopped):
 * nothing can have been attempted, so "saved on this kiosk", unless a county stage arrived
 * earlier.
 */
export function reportDeliveryWithoutSync(report: Pick<ReportDocType, 'status'>): ReportDelivery {
  return reportDelivery(report, { pending: true, attempted: false, quarantined: false, blobsUploaded: false });
}

export interface OverallInputs {
  /** Failures still unresolved, one per request kind (a later success clears its own). */
  failures: readonly FailureKind[];
  /** Any replication is moving documents. */
  active: boolean;
  pending: PendingCounts;
}

/** A person must act on rejected credentials; then no network; then a server fault. */
export function overallState(inputs: OverallInputs): SyncState {
  if (inputs.failures.includes('credentials')) return 'credentials-rejected';
  if (inputs.failures.includes('offline')) return 'offline';
  if (inputs.failures.includes('server')) return 'error';
  if (inputs.active || pendingTotal(inputs.pending) > 0) return 'syncing';
  return 'idle';
}

export function pendingTotal(pending: PendingCounts): number {
  return pending.reports + pending.scans + pending.blobs;
}

export function isAllSent(pending: PendingCounts, refused: number): boolean {
  return pendingTotal(pending) === 0 && refused === 0;
}

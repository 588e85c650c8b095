import type { ReportDocType } from '#sync/schema/report-schema';
import type { ReportSyncFacts } from './sync-facts';

/**
 * Where a report stands, in the words people see (DESIGN.md §4–5): saved on this kiosk →
 * waiting to send → received by county → in progress → resolved (with the county's reply), or
 * reopened. Pure: the document says what the county decided, `facts` say what the sync knows.
 *
 * Rules, in order:
 * 1. A villager's reopen request the county has not answered yet → 'reopen_requested'
 *    (see `hasPendingReopen` for how "not answered yet" is decided without any clock).
 * 2. A county status ('in_progress', 'resolved', 'reopened') wins over everything the kiosk
 *    knows: the county can only set it on a document it holds.
 * 3. The server refused the report (`facts.setAside`) → 'set_aside': it will not go by itself,
 *    a clerk must look at it.
 * 4. Not on the county server yet → 'saved' (no send tried yet) or 'waiting' (being tried).
 *    A county 'received' status proves the document is there even if `facts` lag behind.
 * 5. On the server but a photo or voice note is not → 'waiting': "received" means the
 *    document AND every blob it references are on the county server.
 * 6. Otherwise → 'received'.
 *
 * Difference from sync/replication/status/sync-status.ts `reportDelivery`: that answers "is the
 * current version on the server" (a later local edit, e.g. a co-reporter, makes it pending
 * again). The villager's question is "does the county have my report", so `pushed` means
 * the document reached the server once; a later unsent edit does not undo that.
 */

export type ReportStage = 'saved' | 'waiting' | 'set_aside' | 'received' | 'in_progress' | 'resolved' | 'reopen_requested' | 'reopened';

/** The steps of the timeline, in order. 'reopened' is shown only once a report was reopened. */
export const TIMELINE_STEPS = ['saved', 'waiting', 'received', 'in_progress', 'resolved', 'reopened'] as const;
export type TimelineStep = (typeof TIMELINE_STEPS)[number];
export type StepState = 'done' | 'current' | 'upcoming';

export interface ReportProgress {
  stage: ReportStage;
  /** The timeline step highlighted as "now". */
  currentStep: TimelineStep;
  /** Only a resolved report without a pending reopen request can be reopened. */
  canReopen: boolean;
}

/** The fields of a report the progress depends on. */
export type ProgressInput = Pick<ReportDocType, 'status' | 'statusHistory' | 'reopenRequests'>;

const COUNTY_STAGES: ReadonlySet<ReportDocType['status']> = new Set(['in_progress', 'resolved', 'reopened']);

export function deriveReportProgress(report: ProgressInput, facts: ReportSyncFacts): ReportProgress {
  const stage = deriveStage(report, facts);
  return { stage, currentStep: stepOfStage(stage), canReopen: stage === 'resolved' };
}

function deriveStage(report: ProgressInput, facts: ReportSyncFacts): ReportStage {
  if (hasPendingReopen(report)) return 'reopen_requested';
  if (COUNTY_STAGES.has(report.status)) return report.status as ReportStage;
  if (facts.setAside) return 'set_aside';
  const onServer = facts.pushed || report.status === 'received';
  if (!onServer) return facts.sendAttempted ? 'waiting' : 'saved';
  return facts.blobsUploaded ? 'received' : 'waiting';
}

/**
 * True when a villager asked to reopen the report and the county has not reacted yet.
 *
 * Why counting and not time: reopen requests carry the kiosk's clock, status changes the
 * county's; kiosk clocks are often wrong (DESIGN.md §5), so "request.at > lastStatus.at"
 * could hide a fresh request forever (kiosk clock behind) or keep an answered one pending
 * (kiosk clock ahead). Positions and counts do not depend on any clock.
 *
 * The rule: each resolution can be reopened once. A request is only offered while the report
 * is resolved and no request is pending, so the n-th request answers the n-th resolution.
 * While the status is 'resolved' and there are at least as many requests as resolutions in
 * `statusHistory`, the latest resolution has a request the county has not reacted to. Any
 * county reaction moves the status away from 'resolved' (rule 2 then shows it), and the next
 * resolution adds one to the count, so the request counts as answered.
 *
 * Known limits (the schema's request has only `{at, kioskId}`, so it cannot say which
 * resolution it answers):
 * - Two kiosks reopening the same resolution while offline leave one request too many: after
 *   the next resolution the report shows "reopened, waiting" although the county answered.
 * - A county that resolves again without any request (a correction) leaves one resolution too
 *   many: the next request is not shown as pending, and the villager may press once more.
 * Both need concurrent or unusual events, and the county still sees every request. The exact
 * fix is a schema field on each request with the `statusHistory` length it was made after
 * (pending ⇔ some request's count ≥ statusHistory.length).
 * County-side truncation of `statusHistory` (200 entries) is far beyond a real report.
 */
export function hasPendingReopen(report: ProgressInput): boolean {
  if (report.status !== 'resolved' || report.reopenRequests.length === 0) return false;
  return report.reopenRequests.length >= resolutionCount(report);
}

/** Resolutions recorded by the county; at least one while the status is 'resolved'. */
function resolutionCount(report: ProgressInput): number {
  const recorded = report.statusHistory.filter((entry) => entry.status === 'resolved').length;
  return report.status === 'resolved' ? Math.max(1, recorded) : recorded;
}

export function stepOfStage(stage: ReportStage): TimelineStep {
  switch (stage) {
    case 'set_aside':
      return 'waiting';
    case 'reopen_requested':
      return 'reopened';
    default:
      return stage;
  }
}

/**
 * The steps to show and their state. The 'reopened' step appears only while a reopen is
 * requested or the county reopened the report; after that the report goes through
 * in progress → resolved again and the five basic steps tell it.
 */
export function timelineSteps(progress: Pick<ReportProgress, 'currentStep'>): { step: TimelineStep; state: StepState }[] {
  const steps = TIMELINE_STEPS.filter((step) => step !== 'reopened' || progress.currentStep === 'reopened');
  const currentIndex = steps.indexOf(progress.currentStep);
  return steps.map((step, index) => ({ step, state: index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'upcoming' }));
}

/** The blobs (photo, voice note) a report references: "received" needs all of them on the server. */
export function reportBlobHashes(report: Pick<ReportDocType, 'photo' | 'voiceNote'>): string[] {
  return [report.photo?.sha256, report.voiceNote?.sha256].filter((sha): sha is string => sha !== undefined);
}

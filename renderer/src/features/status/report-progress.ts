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
 * Why no clock: reopen requests carry the kiosk's clock, status changes the county's; kiosk
 * clocks are often wrong (DESIGN.md §5), so "request.at > lastStatus.at" could hide a fresh
 * request forever or keep an answered one pending. Positions and counts do not depend on any clock.
 *
 * Exact rule (schema v2): each request records the resolution it answers (`resolution`: 1 for
 * the county's first 'resolved', 2 for the next). It is pending while the report is still
 * resolved at that same resolution: any county reaction moves the status away from
 * 'resolved', and the next resolution has a higher number. Two kiosks reopening the same
 * resolution offline both record the same number, so they count once.
 *
 * Requests made before version 2 have no `resolution`; for them the old counting rule stays
 * (at least as many requests as resolutions ⇒ the latest has one), with its known limits.
 */
export function hasPendingReopen(report: ProgressInput): boolean {
  if (report.status !== 'resolved' || report.reopenRequests.length === 0) return false;
  const current = resolutionCount(report);
  if (report.reopenRequests.some((request) => request.resolution !== undefined)) {
    return report.reopenRequests.some((request) => request.resolution === current);
  }
  return report.reopenRequests.length >= current;
}

/** Resolutions recorded by the county; at least one while the status is 'resolved'. */
export function resolutionCount(report: Pick<ReportDocType, 'status' | 'statusHistory'>): number {
  const recorded = report.statusHistory.filter((entry) => entry.status === 'resolved').length;
  return report.status === 'resolved' ? Math.max(1, recorded) : recorded;
}

/** The villager's rating of the current resolution, if one was given (on any kiosk). */
export function ratingOfCurrentResolution(report: Pick<ReportDocType, 'status' | 'statusHistory' | 'satisfaction'>): ReportDocType['satisfaction'][number] | undefined {
  if (report.status !== 'resolved') return undefined;
  const current = resolutionCount(report);
  return report.satisfaction.find((entry) => entry.resolution === current);
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

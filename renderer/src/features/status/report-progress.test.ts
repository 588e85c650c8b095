import { describe, expect, it } from 'vitest';
import type { ReportStatus } from '#sync/schema/report-schema';
import { deriveReportProgress, hasPendingReopen, reportBlobHashes, timelineSteps, type ProgressInput, type ReportStage } from './report-progress';
import type { ReportSyncFacts } from './sync-facts';

const T = '2025-03-02T10:00:00Z';
const KIOSK_LATE = '2020-01-01T00:00:00Z'; // a kiosk clock years behind: must not matter
const KIOSK_EARLY = '2031-01-01T00:00:00Z'; // a kiosk clock years ahead: must not matter

function report(status: ReportStatus, history: ReportStatus[] = [], reopenAt: string[] = []): ProgressInput {
  return {
    status,
    statusHistory: history.map((s) => ({ status: s, at: T })),
    reopenRequests: reopenAt.map((at, i) => ({ at, kioskId: `kiosk-${i}` })),
  };
}

const none: ReportSyncFacts = { pushed: false, blobsUploaded: false };
const pushedOnly: ReportSyncFacts = { pushed: true, blobsUploaded: false };
const all: ReportSyncFacts = { pushed: true, blobsUploaded: true };

describe('deriveReportProgress', () => {
  it.each<[string, ProgressInput, ReportSyncFacts, ReportStage]>([
    // Kiosk side: nothing from the county yet.
    ['new, never tried to send', report('submitted'), none, 'saved'],
    ['new, blobs flagged but document not sent', report('submitted'), { pushed: false, blobsUploaded: true }, 'saved'],
    ['a send was tried', report('submitted'), { ...none, sendAttempted: true }, 'waiting'],
    ['document on the server, photo not yet', report('submitted'), pushedOnly, 'waiting'],
    ['document and every blob on the server', report('submitted'), all, 'received'],
    ['refused by the server', report('submitted'), { ...pushedOnly, setAside: true }, 'set_aside'],
    // County 'received' proves the document is there, but blobs still decide.
    ['county received, facts lag (not pushed), blobs up', report('received', ['received']), { pushed: false, blobsUploaded: true }, 'received'],
    ['county received, a blob still missing', report('received', ['received']), { pushed: false, blobsUploaded: false }, 'waiting'],
    // County statuses override whatever the kiosk knows.
    ['in progress overrides unsent blobs', report('in_progress', ['received', 'in_progress']), none, 'in_progress'],
    ['resolved overrides set-aside', report('resolved', ['received', 'resolved']), { ...none, setAside: true }, 'resolved'],
    ['county reopened', report('reopened', ['received', 'resolved', 'reopened']), all, 'reopened'],
    // Reopen requests, decided by counts only.
    ['resolved, then reopened here', report('resolved', ['received', 'resolved'], [KIOSK_LATE]), all, 'reopen_requested'],
    ['same with a kiosk clock ahead of the county', report('resolved', ['received', 'resolved'], [KIOSK_EARLY]), all, 'reopen_requested'],
    ['resolved without any history entry, reopened', report('resolved', [], [KIOSK_LATE]), none, 'reopen_requested'],
    ['county answered the request: in progress again', report('in_progress', ['received', 'resolved', 'in_progress'], [KIOSK_EARLY]), all, 'in_progress'],
    ['county answered by reopening', report('reopened', ['received', 'resolved', 'reopened'], [KIOSK_EARLY]), all, 'reopened'],
    ['resolved again after the request (kiosk clock ahead)', report('resolved', ['resolved', 'in_progress', 'resolved'], [KIOSK_EARLY]), all, 'resolved'],
    ['resolved again, then reopened again', report('resolved', ['resolved', 'in_progress', 'resolved'], [KIOSK_LATE, KIOSK_LATE]), all, 'reopen_requested'],
  ])('%s → %s', (_name, input, facts, stage) => {
    expect(deriveReportProgress(input, facts).stage).toBe(stage);
  });

  it.each<[ReportStage, string]>([
    ['saved', 'saved'],
    ['waiting', 'waiting'],
    ['set_aside', 'waiting'],
    ['received', 'received'],
    ['in_progress', 'in_progress'],
    ['resolved', 'resolved'],
    ['reopen_requested', 'reopened'],
    ['reopened', 'reopened'],
  ])('stage %s highlights the step %s', (stage, step) => {
    const inputs: Record<ReportStage, [ProgressInput, ReportSyncFacts]> = {
      saved: [report('submitted'), none],
      waiting: [report('submitted'), pushedOnly],
      set_aside: [report('submitted'), { ...none, setAside: true }],
      received: [report('submitted'), all],
      in_progress: [report('in_progress'), all],
      resolved: [report('resolved', ['resolved']), all],
      reopen_requested: [report('resolved', ['resolved'], [T]), all],
      reopened: [report('reopened'), all],
    };
    const [input, facts] = inputs[stage];
    expect(deriveReportProgress(input, facts).currentStep).toBe(step);
  });

  it('offers reopen only for a resolved report without a pending request', () => {
    expect(deriveReportProgress(report('resolved', ['resolved']), none).canReopen).toBe(true);
    expect(deriveReportProgress(report('resolved', ['resolved'], [T]), none).canReopen).toBe(false);
    expect(deriveReportProgress(report('in_progress'), all).canReopen).toBe(false);
    expect(deriveReportProgress(report('reopened'), all).canReopen).toBe(false);
    expect(deriveReportProgress(report('submitted'), all).canReopen).toBe(false);
  });
});

describe('hasPendingReopen', () => {
  it('never reads the clocks: the same counts give the same answer whatever the timestamps', () => {
    const times = [KIOSK_LATE, T, KIOSK_EARLY];
    for (const at of times) {
      expect(hasPendingReopen(report('resolved', ['resolved'], [at]))).toBe(true);
      expect(hasPendingReopen(report('resolved', ['resolved', 'in_progress', 'resolved'], [at]))).toBe(false);
    }
  });

  it('is exact across kiosks with the resolution each request answers', () => {
    const history = ['resolved', 'in_progress', 'resolved'] as const;
    const at = (resolution: number, kioskId: string) => ({ at: T, kioskId, resolution });
    const with_ = (requests: { at: string; kioskId: string; resolution: number }[]): ProgressInput => ({
      status: 'resolved',
      statusHistory: history.map((status) => ({ status, at: T })),
      reopenRequests: requests,
    });
    // Two offline kiosks both reopened the first resolution: after the second one, nothing is pending.
    expect(hasPendingReopen(with_([at(1, 'k1'), at(1, 'k2')]))).toBe(false);
    // A request for the second resolution is pending, however many answered the first.
    expect(hasPendingReopen(with_([at(1, 'k1'), at(1, 'k2'), at(2, 'k1')]))).toBe(true);
  });

  it('is false while the county works on it, whatever the number of requests', () => {
    expect(hasPendingReopen(report('in_progress', ['resolved', 'in_progress'], [T, T, T]))).toBe(false);
    expect(hasPendingReopen(report('resolved', ['resolved']))).toBe(false);
  });
});

describe('timelineSteps', () => {
  it('marks earlier steps done, the current one current, later ones upcoming', () => {
    expect(timelineSteps({ currentStep: 'received' })).toEqual([
      { step: 'saved', state: 'done' },
      { step: 'waiting', state: 'done' },
      { step: 'received', state: 'current' },
      { step: 'in_progress', state: 'upcoming' },
      { step: 'resolved', state: 'upcoming' },
    ]);
  });

  it('adds the reopened step only when the report is reopened', () => {
    expect(timelineSteps({ currentStep: 'resolved' }).map((s) => s.step)).not.toContain('reopened');
    const reopened = timelineSteps({ currentStep: 'reopened' });
    expect(reopened.at(-1)).toEqual({ step: 'reopened', state: 'current' });
    expect(reopened.filter((s) => s.state === 'done')).toHaveLength(5);
  });
});

describe('reportBlobHashes', () => {
  it('lists the photo and the voice note a report references', () => {
    const photo = { sha256: 'a'.repeat(64), mime: 'image/jpeg', bytes: 1 };
    const voiceNote = { sha256: 'b'.repeat(64), mime: 'audio/webm', bytes: 1, seconds: 1 };
    expect(reportBlobHashes({})).toEqual([]);
    expect(reportBlobHashes({ photo, voiceNote })).toEqual(['a'.repeat(64), 'b'.repeat(64)]);
  });
});

import type { BlobRecord, BlobStore } from '#sync/blobs/blob-store';
import type { ReportDocType } from '#sync/schema/report-schema';
import { generateUniqueTrackingCode } from '#sync/schema/tracking-code';
import type { ReportCollection } from '../../data/kiosk-database-types';
import type { DraftContact, DraftMedia, DraftVoiceNote } from './report-draft-store';

/** Everything a report needs, resolved from the draft and the configuration by the caller. */
export interface ReportContent {
  village: string;
  kioskId: string;
  categoryId: string;
  groupId: string;
  /** Quick phrases as shown to the villager. */
  phrases: string[];
  text: string;
  /** The landmark as shown, if one was chosen. */
  landmark: string | null;
  voiceNote: DraftVoiceNote | null;
  photo: DraftMedia | null;
  contact: DraftContact | null;
  assisted: boolean;
  /** The open report this one is filed together with ("这也是我的问题"), if any. */
  duplicateOf?: string | null;
}

export interface SaveReportDeps {
  reports: ReportCollection;
  blobs: BlobStore;
  now?: () => Date;
  newId?: () => string;
}

/** The role the kiosk records for an assisted report (the clerk PIN unlocks it). */
export const ASSISTED_BY_ROLE = 'clerk';

/**
 * Saves a report. The order is the invariant that makes a crash harmless:
 * 1. the photo and the voice note go into the blob store (content-addressed: a retry stores
 *    nothing twice);
 * 2. then ONE insert of the report document, the only write that makes the report exist.
 * Resolves only after RxDB's insert has committed to IndexedDB, so once the caller shows the
 * receipt, a killed process loses nothing; before that, a failure leaves no report at all.
 * If the insert fails after step 1 the blobs stay behind unreferenced: harmless (same bytes,
 * same name, reused by the retry), but they are still the villager's photo and voice, so it is
 * logged; the blob store's upkeep removes unreferenced blobs after a grace period
 * (#sync/blobs/blob-sweep.ts), never one a report references or one stored moments ago.
 */
export async function saveReport(deps: SaveReportDeps, content: ReportContent): Promise<ReportDocType> {
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const [photo, voiceNote] = await Promise.all([
    content.photo ? deps.blobs.putBlob(content.photo.blob, content.photo.mime) : null,
    content.voiceNote ? deps.blobs.putBlob(content.voiceNote.blob, content.voiceNote.mime) : null,
  ]);
  const trackingCode = await generateUniqueTrackingCode((code) => isTrackingCodeKnown(deps.reports, code));
  const doc = reportDocument(content, { id: newId(), trackingCode, createdAt: now().toISOString(), photo, voiceNote });
  try {
    await deps.reports.insert(doc);
  } catch (error) {
    if (photo || voiceNote) console.error(`[kiosk] report insert failed (${saveErrorSummary(error)}); its blobs stay unreferenced until a retry`);
    throw error;
  }
  return doc;
}

async function isTrackingCodeKnown(reports: ReportCollection, code: string): Promise<boolean> {
  return (await reports.count({ selector: { trackingCode: code } }).exec()) > 0;
}

function reportDocument(
  content: ReportContent,
  made: { id: string; trackingCode: string; createdAt: string; photo: BlobRecord | null; voiceNote: BlobRecord | null },
): ReportDocType {
  const text = content.text.trim();
  const phone = content.contact?.kind === 'phone' ? content.contact.phone : null;
  return {
    id: made.id,
    type: 'report',
    village: content.village,
    kioskId: content.kioskId,
    trackingCode: made.trackingCode,
    category: content.categoryId,
    phrases: content.phrases,
    ...(text ? { text } : {}),
    ...(made.voiceNote && content.voiceNote
      ? { voiceNote: { sha256: made.voiceNote.sha256, mime: made.voiceNote.mime, bytes: made.voiceNote.bytes, seconds: content.voiceNote.seconds } }
      : {}),
    ...(made.photo ? { photo: { sha256: made.photo.sha256, mime: made.photo.mime, bytes: made.photo.bytes } } : {}),
    group: content.groupId,
    ...(content.landmark ? { landmark: content.landmark } : {}),
    ...(phone ? { contactPhone: phone } : {}),
    anonymous: phone === null,
    assisted: content.assisted,
    ...(content.assisted ? { assistedByRole: ASSISTED_BY_ROLE } : {}),
    ...(content.duplicateOf ? { duplicateOf: content.duplicateOf } : {}),
    coReporters: [],
    reopenRequests: [],
    satisfaction: [],
    status: 'submitted',
    statusHistory: [],
    createdAt: made.createdAt,
  };
}

export type SaveFailure = 'storage-full' | 'write-failed';

/**
 * Storage full shows up as a DOMException `QuotaExceededError` from IndexedDB, wrapped by Dexie
 * (`inner`), by RxDB (`parameters.error`, `cause`) or by PouchDB (`name`/`message`/`reason`),
 * so the whole chain is searched. Anything else is a failed write.
 */
export function classifySaveFailure(error: unknown): SaveFailure {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (current === null || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const record = current as Record<string, unknown>;
    for (const key of ['name', 'message', 'reason', 'code']) {
      const value = record[key];
      if (typeof value === 'string' && /quota|storage (is )?full/i.test(value)) return 'storage-full';
    }
    const parameters = record['parameters'];
    pending.push(record['cause'], record['inner'], record['error'], parameters, typeof parameters === 'object' && parameters ? (parameters as Record<string, unknown>)['error'] : undefined);
  }
  return 'write-failed';
}

/**
 * A log line for a failed save: the error's name and code only. RxDB errors carry the document
 * in their parameters (and message), and a report may hold a phone number: that must not reach
 * the console, which the host collects.
 */
export function saveErrorSummary(error: unknown): string {
  if (typeof error !== 'object' || error === null) return typeof error;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return [typeof name === 'string' ? name : 'Error', typeof code === 'string' ? code : ''].filter(Boolean).join(' ');
}

import type { LocalizedText } from '#kiosk-config/schema';
import type { ReportDocType } from '#sync/schema/report-schema';
import type { ReportCollection } from '../../data/kiosk-database-types';

export const DUPLICATE_WINDOW_DAYS = 7;
/** The schema caps coReporters; beyond it the villager still gets their own receipt, uncounted. */
const MAX_CO_REPORTERS = 500;
/** Open reports of the same category and group looked at, newest first. */
const CANDIDATES = 50;

/** What the villager has said so far, as the configuration's {zh, en} texts. */
export interface DuplicateQuery {
  categoryId: string;
  groupId: string;
  /** The landmark chosen, if any. */
  landmark: LocalizedText | null;
  phrases: readonly LocalizedText[];
  now: Date;
}

/** Stored texts are as shown in the session's language: either side of a {zh, en} pair matches. */
function sameText(stored: string, text: LocalizedText): boolean {
  return stored === text.zh || (text.en !== undefined && stored === text.en);
}

/**
 * How alike an open report is to what the villager said, beyond category and group: the same
 * landmark counts 2, each shared quick phrase 1. 0 means only the category and group match,
 * which is not enough to interrupt the villager (two neighbours with different road problems).
 */
export function likeness(report: Pick<ReportDocType, 'landmark' | 'phrases'>, query: Pick<DuplicateQuery, 'landmark' | 'phrases'>): number {
  const landmark = query.landmark && report.landmark !== undefined && sameText(report.landmark, query.landmark) ? 2 : 0;
  const phrases = query.phrases.filter((phrase) => report.phrases.some((stored) => sameText(stored, phrase))).length;
  return landmark + phrases;
}

/**
 * The open report (any status but resolved) from the last 7 days most like what the villager
 * said — same category and group, and the same landmark or shared phrases — or null.
 * Asked once the villager has said what the problem is and where (DESIGN.md: nothing they said
 * is lost: the hint only offers to file it together).
 * This compares `createdAt` with the kiosk clock, which DESIGN.md §5 says never to trust for
 * identity or ordering. Acceptable here because it is only a hint: a wrong clock at worst
 * shows it for a slightly older report or misses one, and the villager decides either way.
 */
export async function findLikelyDuplicate(reports: ReportCollection, query: DuplicateQuery): Promise<ReportDocType | null> {
  const since = new Date(query.now.getTime() - DUPLICATE_WINDOW_DAYS * 24 * 60 * 60 * 1000).toISOString();
  const found = await reports
    .find({
      selector: { category: query.categoryId, group: query.groupId, createdAt: { $gte: since }, status: { $ne: 'resolved' } },
      sort: [{ createdAt: 'desc' }],
      limit: CANDIDATES,
    })
    .exec();
  let best: { report: ReportDocType; score: number } | null = null;
  for (const doc of found) {
    const report = doc.toMutableJSON();
    // A co-report points at the report it joined: offer that one, not the copy.
    if (report.duplicateOf) continue;
    const score = likeness(report, query);
    if (score > 0 && (!best || score > best.score)) best = { report, score };
  }
  return best?.report ?? null;
}

/**
 * After a co-report was saved: counts this villager on the report they joined, with a link to
 * their own report, by an incremental modify (RxDB applies it to the latest revision, so a
 * pulled county change cannot make either lose its change). coReporters is kiosk-owned and
 * merged as a union by the conflict handler (sync/replication).
 */
export async function addCoReporter(reports: ReportCollection, reportId: string, entry: { addedAt: string; kioskId: string; reportId?: string }): Promise<ReportDocType> {
  const doc = await reports.findOne(reportId).exec();
  if (!doc) throw new Error(`report ${reportId} is gone`);
  const updated = await doc.incrementalModify((data) => {
    if (data.coReporters.length < MAX_CO_REPORTERS) data.coReporters = [...data.coReporters, entry];
    return data;
  });
  return updated.toMutableJSON();
}

import type { ReportDocType } from '#sync/schema/report-schema';
import type { ReportCollection } from '../../data/kiosk-database-types';

export const DUPLICATE_WINDOW_DAYS = 7;
/** The schema caps coReporters; beyond it the villager still gets the receipt, uncounted. */
const MAX_CO_REPORTERS = 500;

/**
 * The newest open report (any status but resolved) of the same category in the same village
 * group from the last 7 days, or null.
 * This compares `createdAt` with the kiosk clock, which DESIGN.md §5 says never to trust for
 * identity or ordering. Acceptable here because it is only a hint: a wrong clock at worst
 * shows it for a slightly older report or misses one, and the villager decides either way.
 */
export async function findRecentOpenDuplicate(
  reports: ReportCollection,
  query: { categoryId: string; groupId: string; now: Date },
): Promise<ReportDocType | null> {
  const since = new Date(query.now.getTime() - DUPLICATE_WINDOW_DAYS * 24 * 60 * 60 * 1000).toISOString();
  const found = await reports
    .findOne({
      selector: {
        category: query.categoryId,
        group: query.groupId,
        createdAt: { $gte: since },
        status: { $ne: 'resolved' },
      },
      sort: [{ createdAt: 'desc' }],
    })
    .exec();
  return found ? found.toMutableJSON() : null;
}

/**
 * "This is my problem too": appends {addedAt, kioskId} to the report's coReporters with an
 * incremental modify (RxDB applies it to the latest revision, so a concurrent write — say a
 * pulled status change from the county — cannot make either lose its change). coReporters is
 * kiosk-owned and merged as a union by the conflict handler (sync/replication).
 */
export async function addCoReporter(reports: ReportCollection, reportId: string, entry: { addedAt: string; kioskId: string }): Promise<ReportDocType> {
  const doc = await reports.findOne(reportId).exec();
  if (!doc) throw new Error(`report ${reportId} is gone`);
  const updated = await doc.incrementalModify((data) => {
    if (data.coReporters.length < MAX_CO_REPORTERS) data.coReporters = [...data.coReporters, entry];
    return data;
  });
  return updated.toMutableJSON();
}

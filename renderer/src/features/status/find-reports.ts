import type { ReportDocType } from '#sync/schema/report-schema';
import type { ReportCollection } from '../../data/kiosk-database-types';

/**
 * Every report of this village with `trackingCode` (normalised, 8 digits). Usually one; codes
 * drawn offline on different kiosks can collide (sync/schema/tracking-code.ts), and then all
 * are shown to choose from. Ordered by creation time, then id: the kiosk clock only orders a
 * list for reading here, it decides nothing.
 */
export async function findReportsByCode(reports: ReportCollection, trackingCode: string): Promise<ReportDocType[]> {
  const docs = await reports.find({ selector: { trackingCode } }).exec();
  return sortForDisplay(docs.map((doc) => doc.toJSON() as ReportDocType));
}

export function sortForDisplay<T extends Pick<ReportDocType, 'createdAt' | 'id'>>(reports: readonly T[]): T[] {
  return [...reports].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

import type { RxConflictHandler, RxConflictHandlerInput, WithDeleted } from 'rxdb';
import { REPORT_COUNTY_FIELDS, REPORT_KIOSK_FIELDS, type ReportDocType } from '../../schema/report-schema';
import { sameContent } from '../transport/couch-doc-mapping';

/**
 * Merges a report edited on both sides by field ownership (DESIGN.md §5, report-schema.ts):
 * - the kiosk owns what the villager said (`REPORT_KIOSK_FIELDS`): the kiosk's values win;
 * - the county owns `status`, `countyReply`, `statusHistory`: the server's values win;
 * - `coReporters`, `reopenRequests` and `satisfaction` only ever grow on any kiosk, so both
 *   sides' entries are kept: a set union keyed by (time, kioskId), server entries first, then
 *   the kiosk's new ones in their order (validate-village.js refuses any loss). No kiosk timestamp decides anything: the time is part of the
 *   key, never a sort order.
 * A report the county deleted stays deleted. The result never depends on which side's
 * clock is right, and merging it again with either input changes nothing (so the push that
 * follows converges instead of ping-ponging).
 */
type Report = WithDeleted<ReportDocType>;

const MAX_CO_REPORTERS = 500;
const MAX_REOPEN_REQUESTS = 100;
const MAX_SATISFACTION = 100;

export function mergeReport(input: RxConflictHandlerInput<ReportDocType>): Report {
  const server = input.realMasterState;
  const kiosk = input.newDocumentState;
  if (server._deleted) return server;
  const merged: Record<string, unknown> = { id: kiosk.id, type: kiosk.type };
  for (const field of REPORT_KIOSK_FIELDS) {
    if (kiosk[field] !== undefined) merged[field] = kiosk[field];
  }
  for (const field of REPORT_COUNTY_FIELDS) {
    if (server[field] !== undefined) merged[field] = server[field];
  }
  merged['coReporters'] = unionBy(server.coReporters ?? [], kiosk.coReporters ?? [], (e) => `${e.addedAt}|${e.kioskId}`).slice(0, MAX_CO_REPORTERS);
  merged['reopenRequests'] = unionBy(server.reopenRequests ?? [], kiosk.reopenRequests ?? [], (e) => `${e.at}|${e.kioskId}`).slice(0, MAX_REOPEN_REQUESTS);
  merged['satisfaction'] = unionBy(server.satisfaction ?? [], kiosk.satisfaction ?? [], (e) => `${e.resolution}|${e.at}|${e.kioskId}`).slice(0, MAX_SATISFACTION);
  merged['_deleted'] = false;
  return merged as unknown as Report;
}

export const reportConflictHandler: RxConflictHandler<ReportDocType> = {
  isEqual: (a, b) => sameContent(a, b),
  resolve: async (input) => mergeReport(input),
};

function unionBy<T>(first: readonly T[], second: readonly T[], key: (entry: T) => string): T[] {
  const seen = new Set<string>();
  const result: T[] = [];
  for (const entry of [...first, ...second]) {
    const k = key(entry);
    if (seen.has(k)) continue;
    seen.add(k);
    result.push(entry);
  }
  return result;
}

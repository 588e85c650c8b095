import type { RxConflictHandler } from 'rxdb';
import type { KioskDatabase } from '../../schema/create-kiosk-database';
import { countyWinsConflictHandler, kioskWinsConflictHandler } from './owner-conflict-handlers';
import { reportConflictHandler } from './report-conflict-handler';

/**
 * The conflict handler of every kiosk collection, by owner (DESIGN.md §4–5). RxDB reads a
 * collection's handler when a replication starts, so these are set before any replication of
 * the database starts. (If sync/schema passes them as `conflictHandler` when creating the
 * collections, this becomes a no-op check.)
 */
export function installConflictHandlers(database: KioskDatabase): void {
  setHandler(database.reports, reportConflictHandler);
  setHandler(database.scans, kioskWinsConflictHandler());
  setHandler(database.heartbeats, kioskWinsConflictHandler());
  setHandler(database.policies, countyWinsConflictHandler());
  setHandler(database.kiosk_config, countyWinsConflictHandler());
  setHandler(database.alerts, countyWinsConflictHandler());
  // Notices are written by clerks and the county; when both changed one, the county's stands
  // (it may have taken the notice down or corrected it) and the clerk sees the result.
  setHandler(database.notices, countyWinsConflictHandler());
}

function setHandler<T>(collection: { conflictHandler: RxConflictHandler<T> }, handler: RxConflictHandler<T>): void {
  collection.conflictHandler = handler;
}

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
}

function setHandler<T>(collection: { conflictHandler: RxConflictHandler<T> }, handler: RxConflictHandler<T>): void {
  collection.conflictHandler = handler;
}

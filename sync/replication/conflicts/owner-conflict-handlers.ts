import type { RxConflictHandler } from 'rxdb';
import { sameContent } from '../transport/couch-doc-mapping';

/**
 * Conflict handlers for documents with a single owner (DESIGN.md §4). RxDB's default keeps
 * the server's version and silently drops the kiosk's edit (PITFALLS.md), which is right only
 * for county-owned documents.
 *
 * `isEqual` is the one content equality (couch-doc-mapping.ts): key order, undefined fields
 * and RxDB's bookkeeping never make two states differ.
 */

/** scans, heartbeats: written only by the kiosk, so the kiosk's state wins. */
export function kioskWinsConflictHandler<T>(): RxConflictHandler<T> {
  return {
    isEqual: (a, b) => sameContent(a, b),
    resolve: async ({ newDocumentState }) => newDocumentState,
  };
}

/** policies, kiosk_config: written only by the county, so the server's state wins. */
export function countyWinsConflictHandler<T>(): RxConflictHandler<T> {
  return {
    isEqual: (a, b) => sameContent(a, b),
    resolve: async ({ realMasterState }) => realMasterState,
  };
}

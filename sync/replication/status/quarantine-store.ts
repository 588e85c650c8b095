import type { KioskCollectionName } from '../../schema/collections';

/**
 * Documents set aside instead of stalling the sync (DESIGN.md §5):
 * - direction 'push': the county server refused the kiosk's document (validate_doc_update
 *   said forbidden/unauthorized, or the row failed otherwise). Later rows are still sent; the
 *   document stays on the kiosk untouched, shown to the clerk and counted in the heartbeat.
 *   A later successful push of the same document (after the clerk fixed it) clears the entry.
 * - direction 'pull': a document from the server failed the kiosk's schema check
 *   (validate-document.ts). It never enters the collection; a later valid version clears it.
 *
 * `at` is the kiosk clock, for display only: nothing orders or identifies by it.
 */
export type QuarantineDirection = 'push' | 'pull';

export interface QuarantineEntry {
  collection: KioskCollectionName;
  docId: string;
  direction: QuarantineDirection;
  /** The server's or the validator's words; never the document's content (it may be personal). */
  reason: string;
  at: string;
  /**
   * Push only: the kiosk's refused version, kept here because the county's version replaces
   * the kiosk's copy when it next changes. Stays on the kiosk (it is the kiosk's own data).
   */
  document?: Record<string, unknown>;
}

export interface QuarantineStore {
  /** Idempotent: the same document and direction is one entry, the newest reason wins. */
  put(entry: QuarantineEntry): Promise<void>;
  /** No-op when absent. */
  clear(collection: KioskCollectionName, docId: string, direction: QuarantineDirection): Promise<void>;
  list(): Promise<QuarantineEntry[]>;
  /** Called with the full list now and after every change; returns the unsubscribe function. */
  subscribe(listener: (entries: readonly QuarantineEntry[]) => void): () => void;
}

export function quarantineKey(collection: string, docId: string, direction: QuarantineDirection): string {
  return `${direction}|${collection}|${docId}`;
}

/** One line for the UI: reasons come from a server and are untrusted, so they are bounded. */
export function boundedReason(reason: string): string {
  const text = reason.replace(/\s+/g, ' ').trim() || 'rejected without a reason';
  return text.length > 500 ? `${text.slice(0, 497)}...` : text;
}

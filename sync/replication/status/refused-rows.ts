import type { KioskCollectionName } from '../../schema/collections';
import type { ReportDocType } from '../../schema/report-schema';
import { mergeReport } from '../conflicts/report-conflict-handler';
import { bulkDocs, readServerStates } from '../transport/couch-endpoints';
import type { CouchTransport } from '../transport/couch-transport';
import { contentOf, toCouchDocument, type KioskDocState } from '../transport/couch-doc-mapping';
import type { QuarantineStore } from './quarantine-store';

export type RetryOutcome = { kind: 'sent' } | { kind: 'refused'; reason: string } | { kind: 'gone' };

export interface RefusedRowOptions {
  transport: CouchTransport;
  /** The county database of the row's collection. */
  db: string;
  collection: KioskCollectionName;
  docId: string;
  quarantine: QuarantineStore;
  /** The kiosk's current copy (it may have changed since the refusal), if it still has one. */
  local: Record<string, unknown> | undefined;
  now?: () => string;
}

/**
 * The clerk's "重新发送" of a row the county refused (DESIGN.md §5: set aside, shown to the
 * clerk, never stalling the rest). RxDB counts a refused row as pushed, so a retry cannot go
 * through the replication: it writes the kiosk's version once, directly, on top of whatever the
 * server holds now — for a report merged by field ownership first, so the county's status and
 * reply are kept and only what the kiosk owns is sent. Accepted: the entry is cleared (the pull
 * then brings the same content back). Refused again: the entry keeps the server's new reason.
 * Network failures throw (the clerk is told to try later); nothing is lost either way.
 */
export async function retryRefusedRow(options: RefusedRowOptions): Promise<RetryOutcome> {
  const { transport, db, collection, docId, quarantine } = options;
  const now = options.now ?? (() => new Date().toISOString());
  const entry = (await quarantine.list()).find((e) => e.collection === collection && e.docId === docId && e.direction === 'push');
  const kioskCopy = options.local ?? entry?.document;
  if (!kioskCopy) return { kind: 'gone' };
  const server = (await readServerStates(transport, db, [docId])).get(docId) ?? { kind: 'missing' };
  let content = { ...contentOf(kioskCopy), id: docId } as KioskDocState;
  if (server.kind === 'live' && collection === 'reports') {
    const merged = mergeReport({
      realMasterState: { ...(contentOf(server.doc) as unknown as ReportDocType), _deleted: false },
      newDocumentState: { ...(content as unknown as ReportDocType), _deleted: false },
    });
    content = contentOf(merged) as KioskDocState;
  }
  const doc = toCouchDocument(content, server.kind === 'missing' ? undefined : server.rev);
  const result = (await bulkDocs(transport, db, [doc])).get(docId);
  if (result?.ok) {
    await quarantine.clear(collection, docId, 'push');
    return { kind: 'sent' };
  }
  const reason = `${result?.error ?? 'error'}: ${result?.reason ?? 'the server did not answer for this row'}`;
  await quarantine.put({ collection, docId, direction: 'push', reason, at: now(), document: contentOf(kioskCopy) });
  return { kind: 'refused', reason };
}

/**
 * The clerk's "不再发送": the row leaves the list of refused items. The kiosk's own document
 * stays on the kiosk untouched (nothing a villager said is deleted); it is simply not offered
 * for sending again, until it changes and the replication sends it by itself.
 */
export async function discardRefusedRow(quarantine: QuarantineStore, collection: KioskCollectionName, docId: string): Promise<void> {
  await quarantine.clear(collection, docId, 'push');
}

import type { ReplicationPullHandler, WithDeleted } from 'rxdb';
import type { KioskCollectionName } from '../../schema/collections';
import { validateDocument } from '../../schema/validate-document';
import { contentOf } from '../transport/couch-doc-mapping';
import { readChanges, type ChangesRow, type CouchCheckpoint } from '../transport/couch-endpoints';
import type { CouchTransport } from '../transport/couch-transport';
import type { QuarantineStore } from '../status/quarantine-store';
import type { RetryLoop } from '../retry/retry-loop';

/**
 * RxDB pull handler over CouchDB `_changes?include_docs=true` (feed=normal).
 *
 * Invariants, each one a failure mode of RxDB's own CouchDB plugin we do not inherit:
 * - the checkpoint is `{ seq: string }`, passed back to the server verbatim (CouchDB 3's
 *   sequences are opaque strings, pouchdb-server's are numbers: both become strings);
 * - `_design/` and `_local/` rows never reach the collection;
 * - every document is checked with validate-document.ts (and, where documents carry one, its
 *   `village` must be this kiosk's): a malformed one is quarantined and skipped, never stored,
 *   never a crash.
 *
 * Skipped rows must not stall the pull. RxDB stops asking when a page has fewer documents
 * than the batch size and never advances the checkpoint on an empty page, so this handler
 * keeps reading while pages are full, and remembers (in memory) where a run of skipped-only
 * rows ends, so the next call starts after it.
 */
export interface PullHandlerOptions {
  transport: CouchTransport;
  db: string;
  collection: KioskCollectionName;
  /** Required for documents that carry a `village` (all but policies). */
  village?: string;
  /** The local document, for tombstones: CouchDB sends only the id of a deleted document. */
  readLocal: (id: string) => Promise<Record<string, unknown> | undefined>;
  quarantine: QuarantineStore;
  retry: RetryLoop;
  now?: () => string;
}

type Doc = WithDeleted<Record<string, unknown>>;

export function createCouchPullHandler(options: PullHandlerOptions): ReplicationPullHandler<Record<string, unknown>, CouchCheckpoint> {
  const skipAhead = new Map<string, string>();
  const now = options.now ?? (() => new Date().toISOString());
  const label = `pull ${options.collection}`;

  return async (checkpoint, batchSize) => {
    const start = followSkips(skipAhead, checkpoint?.seq);
    let since = start;
    const documents: Doc[] = [];
    for (;;) {
      const page = await options.retry.run(label, (signal) =>
        readChanges(options.transport, options.db, { since, limit: batchSize }, signal),
      );
      for (const row of page.rows) {
        const doc = await acceptRow(row, options, now);
        if (doc) documents.push(doc);
      }
      since = page.lastSeq ?? since;
      // A short page is the end of the feed; a full one may be followed by more.
      if (page.rows.length < batchSize || documents.length >= batchSize || since === undefined) break;
    }
    if (documents.length === 0 && since !== undefined && since !== start) skipAhead.set(start ?? '', since);
    return { documents, checkpoint: since === undefined ? undefined : { seq: since } };
  };
}

function followSkips(skipAhead: Map<string, string>, seq: string | undefined): string | undefined {
  let current = seq;
  for (let hops = 0; hops < 1000; hops++) {
    const next = skipAhead.get(current ?? '');
    if (next === undefined) return current;
    current = next;
  }
  return current;
}

async function acceptRow(row: ChangesRow, options: PullHandlerOptions, now: () => string): Promise<Doc | undefined> {
  if (row.id.startsWith('_design/') || row.id.startsWith('_local/')) return undefined;
  if (row.deleted === true || row.doc?.['_deleted'] === true) {
    // Kiosks never delete; the county may. Unknown locally: nothing to delete.
    const local = await options.readLocal(row.id);
    return local ? ({ ...contentOf(local), id: row.id, _deleted: true }) : undefined;
  }
  if (!row.doc) return undefined;
  const result = validateDocument(options.collection, row.doc);
  let reason: string | undefined;
  if (!result.ok) reason = result.errors.join('; ');
  else if (result.deleted) return undefined;
  else if (options.village !== undefined && 'village' in result.doc && result.doc.village !== options.village) {
    reason = `village: belongs to another village (${String(result.doc.village).slice(0, 40)})`;
  }
  if (reason !== undefined || !result.ok || result.deleted) {
    const docId = (result.ok ? undefined : result.id) ?? row.id;
    await options.quarantine.put({ collection: options.collection, docId, direction: 'pull', reason: reason ?? 'invalid', at: now() });
    return undefined;
  }
  await options.quarantine.clear(options.collection, row.id, 'pull');
  return { ...(result.doc as Record<string, unknown>), _deleted: false };
}

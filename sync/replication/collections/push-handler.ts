import type { ReplicationPushHandler, RxReplicationWriteToMasterRow, WithDeleted } from 'rxdb';
import type { KioskCollectionName } from '../../schema/collections';
import { validateDocument } from '../../schema/validate-document';
import { contentOf, sameContent, toCouchDocument, type CouchDocument, type KioskDocState } from '../transport/couch-doc-mapping';
import { bulkDocs, readServerStates, type BulkRowResult, type ServerState } from '../transport/couch-endpoints';
import type { CouchTransport } from '../transport/couch-transport';
import type { QuarantineStore } from '../status/quarantine-store';
import type { RetryLoop } from '../retry/retry-loop';

/**
 * RxDB push handler: read the server's current state of the rows that update a document
 * (`POST _all_docs`), write with `_bulk_docs`, then act on every row on its own. Rows of new
 * documents are written without reading first (see pushOnce).
 *
 * RxDB's master-state model: each row carries `assumedMasterState` (what the kiosk last
 * saw on the server) and `newDocumentState`. Against the real server state:
 * - server already equals the new state → done. This makes re-pushes idempotent: after a
 *   crash between "written on the server" and "recorded locally", nothing is written twice;
 * - server equals the assumed state (or has nothing) → write, with the server's `_rev`;
 * - anything else → a conflict: the real server state goes back to RxDB, which calls the
 *   collection's conflict handler (report-conflict-handler.ts) and pushes the merge.
 * Per-row results of `_bulk_docs`:
 * - `conflict` (someone wrote in between) → read again and return it as a conflict;
 * - `forbidden`/`unauthorized` (validate_doc_update) → quarantined with the refused version
 *   (so the clerk can see it and nothing the villager said is lost when the county's version
 *   arrives later); the row is reported to RxDB as done so it never blocks the rows after it
 *   (PITFALLS.md). Unless the server's document changed meanwhile: then it is a conflict;
 * - any other row error → retried a few times with backoff, then quarantined.
 */
export interface PushHandlerOptions {
  transport: CouchTransport;
  db: string;
  collection: KioskCollectionName;
  quarantine: QuarantineStore;
  retry: RetryLoop;
  now?: () => string;
  /** Told which ids are being sent (sync-status: "waiting" rather than "saved"). */
  onAttempt?: (ids: readonly string[]) => void;
}

type Doc = WithDeleted<Record<string, unknown>>;
type Row = RxReplicationWriteToMasterRow<Record<string, unknown>>;

const REJECTED = new Set(['forbidden', 'unauthorized']);
const ROW_ERROR_ATTEMPTS = 4;

export function createCouchPushHandler(options: PushHandlerOptions): ReplicationPushHandler<Record<string, unknown>> {
  const now = options.now ?? (() => new Date().toISOString());
  const label = `push ${options.collection}`;

  return async (rows) => {
    options.onAttempt?.(rows.map((row) => idOf(row.newDocumentState)));
    const conflicts: Doc[] = [];
    let pending: Row[] = rows;
    for (let attempt = 1; pending.length > 0; attempt++) {
      const outcome = await pushOnce(pending, options, label, now, attempt >= ROW_ERROR_ATTEMPTS);
      conflicts.push(...outcome.conflicts);
      pending = outcome.retry;
      if (pending.length > 0) await options.retry.sleep(250 * 2 ** attempt);
    }
    return conflicts;
  };
}

interface PushOutcome {
  conflicts: Doc[];
  /** Rows to try again: a transient row error, or a conflict whose winner vanished meanwhile. */
  retry: Row[];
}

async function pushOnce(rows: Row[], options: PushHandlerOptions, label: string, now: () => string, lastTry: boolean): Promise<PushOutcome> {
  const rowById = new Map<string, Row>(rows.map((row) => [idOf(row.newDocumentState), row]));
  // New documents (the kiosk never saw them on the server) are written blind, without reading
  // first: the common case costs one request. If the server has one after all (a re-push after
  // a crash), the row answers `conflict` and is settled below like any other conflict.
  const blind = rows.filter((row) => row.assumedMasterState === undefined && row.newDocumentState._deleted !== true);
  const checked = rows.filter((row) => !blind.includes(row));
  const writes: CouchDocument[] = blind.map((row) => toCouchDocument(row.newDocumentState as KioskDocState));
  const conflictIds: string[] = [];
  if (checked.length > 0) {
    const ids = checked.map((row) => idOf(row.newDocumentState));
    const server = await options.retry.run(label, (signal) => readServerStates(options.transport, options.db, ids, signal));
    for (const row of checked) {
      const id = idOf(row.newDocumentState);
      const decision = decide(row, server.get(id) ?? { kind: 'missing' });
      if (decision.kind === 'write') writes.push(decision.doc);
      else if (decision.kind === 'conflict') conflictIds.push(id);
      else await options.quarantine.clear(options.collection, id, 'push');
    }
  }

  const retry: Row[] = [];
  const refused = new Map<string, BulkRowResult>();
  if (writes.length > 0) {
    const results = await options.retry.run(label, (signal) => bulkDocs(options.transport, options.db, writes, signal));
    for (const doc of writes) {
      const result: BulkRowResult = results.get(doc._id) ?? { id: doc._id, ok: false, error: 'no_result', reason: 'the server did not answer for this row' };
      if (result.ok) await options.quarantine.clear(options.collection, doc._id, 'push');
      else if (result.error === 'conflict') conflictIds.push(doc._id);
      else if (REJECTED.has(result.error ?? '') || lastTry) refused.set(doc._id, result);
      else retry.push(rowById.get(doc._id) as Row);
    }
  }

  const conflicts: Doc[] = [];
  const recheck = [...conflictIds, ...refused.keys()];
  if (recheck.length === 0) return { conflicts, retry };
  const fresh = await options.retry.run(label, (signal) => readServerStates(options.transport, options.db, recheck, signal));
  for (const id of recheck) {
    const row = rowById.get(id) as Row;
    const state = fresh.get(id) ?? { kind: 'missing' };
    if (state.kind === 'live' && sameContent(contentOf(state.doc), row.newDocumentState)) {
      // Already there: an earlier push whose answer was lost.
      await options.quarantine.clear(options.collection, id, 'push');
      continue;
    }
    const refusal = refused.get(id);
    // A refusal while the server moved away from what the kiosk assumed is a conflict in
    // disguise (pouchdb-server validates a stale write against the newer revision and answers
    // 403 where CouchDB answers 409): merge instead of setting the kiosk's edit aside.
    if (refusal && !movedAway(state, row)) {
      await options.quarantine.put({
        collection: options.collection,
        docId: id,
        direction: 'push',
        reason: `${refusal.error ?? 'error'}: ${refusal.reason ?? ''}`,
        at: now(),
        document: contentOf(row.newDocumentState),
      });
      continue;
    }
    const real = await realMasterState(state, row, options, now);
    if (real === 'retry') retry.push(row);
    else if (real !== undefined) conflicts.push(real);
  }
  return { conflicts, retry };
}

function movedAway(server: ServerState, row: Row): boolean {
  if (server.kind !== 'live') return false;
  const assumed = row.assumedMasterState as KioskDocState | undefined;
  return assumed === undefined || assumed._deleted === true || !sameContent(contentOf(server.doc), assumed);
}

type Decision = { kind: 'done' } | { kind: 'write'; doc: CouchDocument } | { kind: 'conflict' };

function decide(row: Row, server: ServerState): Decision {
  const next = row.newDocumentState as KioskDocState;
  const assumed = row.assumedMasterState as KioskDocState | undefined;
  switch (server.kind) {
    case 'missing':
      // Never on the server, or gone (database recreated): (re)create it.
      return next._deleted === true ? { kind: 'done' } : { kind: 'write', doc: toCouchDocument(next) };
    case 'deleted':
      if (next._deleted === true) return { kind: 'done' };
      if (assumed === undefined || assumed._deleted === true) return { kind: 'write', doc: toCouchDocument(next) };
      return { kind: 'conflict' };
    case 'live': {
      const current = contentOf(server.doc);
      if (sameContent(current, next)) return { kind: 'done' };
      if (assumed !== undefined && assumed._deleted !== true && sameContent(current, assumed)) {
        return { kind: 'write', doc: toCouchDocument(next, server.rev) };
      }
      return { kind: 'conflict' };
    }
  }
}

/** The server's document as RxDB must see it in a conflict; undefined when set aside. */
async function realMasterState(server: ServerState, row: Row, options: PushHandlerOptions, now: () => string): Promise<Doc | 'retry' | undefined> {
  const id = idOf(row.newDocumentState);
  if (server.kind === 'missing') return 'retry';
  if (server.kind === 'deleted') {
    const base = (row.assumedMasterState ?? row.newDocumentState) as Record<string, unknown>;
    return { ...contentOf(base), id, _deleted: true };
  }
  const result = validateDocument(options.collection, server.doc);
  if (result.ok && !result.deleted) return { ...(result.doc as Record<string, unknown>), _deleted: false };
  // The server's copy is malformed: it must not overwrite the kiosk's document. Set aside;
  // the kiosk keeps its version, and the clerk sees why it was not sent.
  const reason = result.ok ? 'the server copy is deleted' : result.errors.join('; ');
  await options.quarantine.put({ collection: options.collection, docId: id, direction: 'push', reason: `not sent, the server copy is malformed: ${reason}`, at: now() });
  return undefined;
}

function idOf(doc: Record<string, unknown>): string {
  return String(doc['id']);
}

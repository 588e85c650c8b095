import { couchJson, dbUrlPath, isRecord } from './couch-http';
import type { CouchDocument } from './couch-doc-mapping';
import type { CouchTransport } from './couch-transport';

/**
 * The three CouchDB endpoints the replication uses, typed, with the quirks of Apache CouchDB 3
 * and pouchdb-server smoothed over. Nothing here retries: callers run these inside RetryLoop.
 */

/** A checkpoint of the pull: CouchDB's sequence, always kept as an opaque string. */
export interface CouchCheckpoint {
  seq: string;
}

export interface ChangesRow {
  id: string;
  deleted?: boolean;
  doc?: Record<string, unknown> | null;
}

export interface ChangesPage {
  rows: ChangesRow[];
  /** Opaque (CouchDB 3: "12-g1AAAA…", pouchdb-server: 12): never compared, never computed with. */
  lastSeq: string | undefined;
}

/** CouchDB 3 answers strings, pouchdb-server numbers; both become the same opaque string. */
export function opaqueSeq(seq: unknown): string | undefined {
  if (seq === undefined || seq === null) return undefined;
  return typeof seq === 'string' ? seq : JSON.stringify(seq);
}

export async function readChanges(
  transport: CouchTransport,
  db: string,
  options: { since: string | undefined; limit: number; timeoutMs?: number },
  signal?: AbortSignal,
): Promise<ChangesPage> {
  const query: Record<string, string> = { include_docs: 'true', limit: String(options.limit), style: 'main_only' };
  if (options.since !== undefined) query['since'] = options.since;
  const { body } = await couchJson<{ results?: unknown; last_seq?: unknown }>(
    transport,
    { method: 'GET', path: dbUrlPath(db, '_changes'), query, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) },
    signal,
  );
  const rows: ChangesRow[] = [];
  for (const raw of Array.isArray(body.results) ? (body.results as unknown[]) : []) {
    if (!isRecord(raw) || typeof raw['id'] !== 'string') continue;
    const row: ChangesRow = { id: raw['id'] };
    if (raw['deleted'] === true) row.deleted = true;
    if (isRecord(raw['doc'])) row.doc = raw['doc'];
    rows.push(row);
  }
  return { rows, lastSeq: opaqueSeq(body.last_seq) };
}

/** What the server holds for one id right now. */
export type ServerState =
  | { kind: 'missing' }
  | { kind: 'deleted'; rev: string }
  | { kind: 'live'; rev: string; doc: Record<string, unknown> };

/** One `POST _all_docs?include_docs=true` for a whole batch. */
export async function readServerStates(
  transport: CouchTransport,
  db: string,
  ids: readonly string[],
  signal?: AbortSignal,
): Promise<Map<string, ServerState>> {
  const states = new Map<string, ServerState>(ids.map((id) => [id, { kind: 'missing' }]));
  if (ids.length === 0) return states;
  const { body } = await couchJson<{ rows?: unknown }>(
    transport,
    { method: 'POST', path: dbUrlPath(db, '_all_docs'), query: { include_docs: 'true' }, json: { keys: ids } },
    signal,
  );
  for (const row of Array.isArray(body.rows) ? (body.rows as unknown[]) : []) {
    if (!isRecord(row) || typeof row['key'] !== 'string' || row['error'] !== undefined) continue;
    const value = isRecord(row['value']) ? row['value'] : {};
    const rev = typeof value['rev'] === 'string' ? value['rev'] : undefined;
    if (rev === undefined) continue;
    if (value['deleted'] === true) states.set(row['key'], { kind: 'deleted', rev });
    else if (isRecord(row['doc'])) states.set(row['key'], { kind: 'live', rev, doc: row['doc'] });
  }
  return states;
}

export interface BulkRowResult {
  id: string;
  ok: boolean;
  rev?: string;
  error?: string;
  reason?: string;
}

/**
 * `POST _bulk_docs`, one result per row. CouchDB answers 201, or 202 when the write quorum was
 * not met, or 417 when a validator rejected a row: all three carry the per-row array, and a
 * rejected row must never fail the others (PITFALLS.md: RxDB's plugin retried the batch forever).
 */
export async function bulkDocs(
  transport: CouchTransport,
  db: string,
  docs: readonly CouchDocument[],
  signal?: AbortSignal,
): Promise<Map<string, BulkRowResult>> {
  const { body } = await couchJson<unknown>(
    transport,
    { method: 'POST', path: dbUrlPath(db, '_bulk_docs'), json: { docs } },
    signal,
    [417],
  );
  const results = new Map<string, BulkRowResult>();
  for (const row of Array.isArray(body) ? (body as unknown[]) : []) {
    if (!isRecord(row) || typeof row['id'] !== 'string') continue;
    const error = typeof row['error'] === 'string' ? row['error'] : undefined;
    const result: BulkRowResult = { id: row['id'], ok: error === undefined };
    if (typeof row['rev'] === 'string') result.rev = row['rev'];
    if (error !== undefined) result.error = error;
    if (typeof row['reason'] === 'string') result.reason = row['reason'];
    results.set(result.id, result);
  }
  return results;
}

/**
 * Longpoll: answers as soon as anything changed after `since` ('now' = from this moment), or
 * empty after `waitMs`. Only ids and the sequence: the pull fetches the documents.
 */
export async function waitForChanges(
  transport: CouchTransport,
  db: string,
  since: string,
  waitMs: number,
  signal?: AbortSignal,
): Promise<{ changed: boolean; lastSeq: string | undefined }> {
  const { body } = await couchJson<{ results?: unknown; last_seq?: unknown }>(
    transport,
    {
      method: 'GET',
      path: dbUrlPath(db, '_changes'),
      query: { feed: 'longpoll', since, timeout: String(waitMs), limit: '1' },
      // The server answers by itself after waitMs; the margin covers a slow link.
      timeoutMs: Math.min(120_000, waitMs + 15_000),
    },
    signal,
  );
  const results = Array.isArray(body.results) ? body.results : [];
  return { changed: results.length > 0, lastSeq: opaqueSeq(body.last_seq) };
}

/** The same question without waiting (feed=normal): what the watcher asks when a longpoll hangs. */
export async function peekChanges(
  transport: CouchTransport,
  db: string,
  since: string,
  signal?: AbortSignal,
): Promise<{ changed: boolean; lastSeq: string | undefined }> {
  const { body } = await couchJson<{ results?: unknown; last_seq?: unknown }>(
    transport,
    { method: 'GET', path: dbUrlPath(db, '_changes'), query: { since, limit: '1' } },
    signal,
  );
  const results = Array.isArray(body.results) ? body.results : [];
  return { changed: results.length > 0, lastSeq: opaqueSeq(body.last_seq) };
}

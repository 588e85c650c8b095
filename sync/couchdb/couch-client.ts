import { CouchError, CouchUnreachableError } from './couch-errors';
import { basicAuthHeader, parseCouchUrl, type CouchCredentials } from './couch-url';
import { sameJson } from './same-json';
import type { AllDocsRow, BulkResult, ChangesResult, CouchDoc, Outcome } from './couch-types';

export type { CouchCredentials } from './couch-url';
export { CouchError, CouchUnreachableError } from './couch-errors';
export type { AllDocsRow, BulkResult, Change, ChangesResult, CouchDoc, Outcome } from './couch-types';

/**
 * A small fetch-based CouchDB client (isomorphic: global fetch only). It speaks the subset of
 * the HTTP API the county side needs and that Apache CouchDB 3 and pouchdb-server share.
 * Every `ensure…`/`put…` helper is idempotent and says what it did, so commands can report
 * "nothing changed" on a second run.
 */

export interface CouchClientOptions {
  fetch?: typeof fetch;
  /** Per request; `changes` longpolls add their own timeout on top. */
  timeoutMs?: number;
}

type QueryValue = string | number | boolean | undefined;

interface RequestOptions {
  body?: unknown;
  query?: Record<string, QueryValue>;
  timeoutMs?: number;
}

export class CouchClient {
  readonly baseUrl: string;
  readonly credentials: CouchCredentials | undefined;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;

  constructor(url: string, credentials?: CouchCredentials, options: CouchClientOptions = {}) {
    const parsed = parseCouchUrl(url, credentials);
    this.baseUrl = parsed.baseUrl;
    this.credentials = parsed.credentials;
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** The same server as another user (tests act as a kiosk; the CLI never needs to). */
  as(credentials: CouchCredentials | undefined): CouchClient {
    return new CouchClient(this.baseUrl, credentials, { fetch: this.fetchImpl, timeoutMs: this.timeoutMs });
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const url = new URL(path, this.baseUrl);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.credentials) headers.authorization = basicAuthHeader(this.credentials);
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        method,
        headers,
        body: options.body === undefined ? null : JSON.stringify(options.body),
        signal: AbortSignal.timeout(options.timeoutMs ?? this.timeoutMs),
      });
    } catch (cause) {
      throw new CouchUnreachableError(this.baseUrl, cause);
    }
    const text = await response.text();
    const body = parseJson(text);
    if (!response.ok) {
      const error = isRecord(body) && typeof body.error === 'string' ? body.error : response.statusText || 'error';
      const reason = isRecord(body) && typeof body.reason === 'string' ? body.reason : text.slice(0, 200);
      throw new CouchError(response.status, error, reason, method, path);
    }
    return body as T;
  }

  serverInfo(): Promise<{ version?: string; vendor?: { name?: string } }> {
    return this.request('GET', '');
  }

  session(): Promise<{ userCtx: { name: string | null; roles: string[] } }> {
    return this.request('GET', '_session');
  }

  allDbs(): Promise<string[]> {
    return this.request('GET', '_all_dbs');
  }

  /**
   * `q` (shards) is honoured by CouchDB 3 clusters and ignored by pouchdb-server.
   * Someone else creating the same database at the same moment is "unchanged", not a failure:
   * measured on CouchDB 3.4.3, `PUT /_users` right after `/_up` answers 500 `conflict` while the
   * node is still creating its system databases, and the database then exists.
   */
  async ensureDatabase(db: string, options: { q?: number } = {}): Promise<Outcome> {
    try {
      await this.request('PUT', dbPath(db), { query: { q: options.q } });
      return 'created';
    } catch (error) {
      if (error instanceof CouchError && error.status === 412) return 'unchanged';
      if (error instanceof CouchError && error.error === 'conflict' && (await this.databaseExists(db))) return 'unchanged';
      throw error;
    }
  }

  async deleteDatabase(db: string): Promise<boolean> {
    try {
      await this.request('DELETE', dbPath(db));
      return true;
    } catch (error) {
      if (error instanceof CouchError && error.isNotFound) return false;
      throw error;
    }
  }

  async databaseExists(db: string): Promise<boolean> {
    try {
      await this.request('GET', dbPath(db));
      return true;
    } catch (error) {
      if (error instanceof CouchError && error.isNotFound) return false;
      throw error;
    }
  }

  getSecurity(db: string): Promise<Record<string, unknown>> {
    return this.request('GET', `${dbPath(db)}/_security`);
  }

  async putSecurity(db: string, security: object): Promise<Outcome> {
    const current = await this.getSecurity(db);
    if (sameJson(normalizeSecurity(current), normalizeSecurity(security))) return 'unchanged';
    await this.request('PUT', `${dbPath(db)}/_security`, { body: security });
    return 'updated';
  }

  async getDoc<T extends CouchDoc>(db: string, id: string): Promise<T | undefined> {
    try {
      return await this.request<T>('GET', docPath(db, id));
    } catch (error) {
      if (error instanceof CouchError && error.isNotFound) return undefined;
      throw error;
    }
  }

  /** Plain PUT: `doc._rev` must be the current revision for an update (409 otherwise). */
  async putDoc(db: string, doc: CouchDoc): Promise<{ id: string; rev: string }> {
    const result = await this.request<{ id: string; rev: string }>('PUT', docPath(db, doc._id), { body: doc });
    return { id: result.id, rev: result.rev };
  }

  async deleteDoc(db: string, id: string, rev: string): Promise<void> {
    await this.request('DELETE', docPath(db, id), { query: { rev } });
  }

  /**
   * Read-modify-write with the current revision, retried on conflict. `next` gets the stored
   * document (or undefined) and returns the whole new document, or undefined to leave it alone.
   * A result equal to the stored document (ignoring `_rev` and the `ignore` fields) is not written.
   */
  async upsertDoc<T extends CouchDoc>(
    db: string,
    id: string,
    next: (current: T | undefined) => T | undefined,
    options: { ignore?: (field: string) => boolean; attempts?: number } = {},
  ): Promise<{ outcome: Outcome; doc: T | undefined }> {
    const attempts = options.attempts ?? 5;
    for (let attempt = 1; ; attempt++) {
      const current = await this.getDoc<T>(db, id);
      const wanted = next(current === undefined ? undefined : structuredClone(current));
      if (wanted === undefined) return { outcome: 'unchanged', doc: current };
      if (current && sameJson(withoutFields(current, options.ignore), withoutFields(wanted, options.ignore))) {
        return { outcome: 'unchanged', doc: current };
      }
      const body: CouchDoc = { ...wanted, _id: id };
      if (current?._rev) body._rev = current._rev;
      else delete body._rev;
      try {
        const { rev } = await this.putDoc(db, body);
        return { outcome: current ? 'updated' : 'created', doc: { ...body, _rev: rev } as T };
      } catch (error) {
        if (!(error instanceof CouchError && error.isConflict) || attempt >= attempts) throw error;
      }
    }
  }

  /** Design documents: written only when their content differs (so setup twice changes nothing). */
  putDesignDoc(db: string, ddoc: CouchDoc): Promise<{ outcome: Outcome }> {
    return this.upsertDoc(db, ddoc._id, () => ({ ...ddoc }));
  }

  /**
   * Creates or updates `org.couchdb.user:<name>`. A password cannot be compared (the server
   * stores only its hash), so calling this always sets it: that is how re-provisioning rotates it.
   */
  async ensureUser(name: string, password: string, roles: string[]): Promise<Outcome> {
    const id = `org.couchdb.user:${name}`;
    const { outcome } = await this.upsertDoc<CouchDoc>('_users', id, (current) => ({
      ...(current ?? {}),
      _id: id,
      name,
      type: 'user',
      roles,
      password,
    }));
    return outcome;
  }

  bulkDocs(db: string, docs: CouchDoc[], options: { newEdits?: boolean } = {}): Promise<BulkResult[]> {
    const body = options.newEdits === false ? { docs, new_edits: false } : { docs };
    return this.request('POST', `${dbPath(db)}/_bulk_docs`, { body });
  }

  async allDocs<T extends CouchDoc>(
    db: string,
    options: { includeDocs?: boolean; keys?: string[]; startkey?: string; endkey?: string; limit?: number } = {},
  ): Promise<{ total_rows?: number; rows: AllDocsRow<T>[] }> {
    const query = {
      include_docs: options.includeDocs,
      startkey: options.startkey === undefined ? undefined : JSON.stringify(options.startkey),
      endkey: options.endkey === undefined ? undefined : JSON.stringify(options.endkey),
      limit: options.limit,
    };
    if (options.keys) return this.request('POST', `${dbPath(db)}/_all_docs`, { query, body: { keys: options.keys } });
    return this.request('GET', `${dbPath(db)}/_all_docs`, { query });
  }

  /** Every non-design document of a database (county databases are small enough for one read). */
  async listDocs<T extends CouchDoc>(db: string): Promise<T[]> {
    const { rows } = await this.allDocs<T>(db, { includeDocs: true });
    return rows.flatMap((row) => (row.doc && !row.id.startsWith('_design/') ? [row.doc] : []));
  }

  changes<T extends CouchDoc>(
    db: string,
    options: {
      /** Opaque: pass back exactly what a previous `last_seq` or `seq` was. */
      since?: string | number;
      includeDocs?: boolean;
      limit?: number;
      filter?: string;
      queryParams?: Record<string, string>;
      feed?: 'normal' | 'longpoll';
      timeoutMs?: number;
    } = {},
  ): Promise<ChangesResult<T>> {
    const waitMs = options.feed === 'longpoll' ? (options.timeoutMs ?? 25_000) : undefined;
    return this.request('GET', `${dbPath(db)}/_changes`, {
      query: {
        since: options.since === undefined ? undefined : String(options.since),
        include_docs: options.includeDocs,
        limit: options.limit,
        filter: options.filter,
        feed: options.feed,
        timeout: waitMs,
        ...options.queryParams,
      },
      timeoutMs: waitMs === undefined ? undefined : waitMs + this.timeoutMs,
    });
  }
}

export function dbPath(db: string): string {
  return encodeURIComponent(db);
}

/** `_design/x` and `_local/x` keep their slash: CouchDB routes them by it. */
export function docPath(db: string, id: string): string {
  const special = /^(_design|_local)\/(.+)$/.exec(id);
  const encodedId = special ? `${special[1]}/${encodeURIComponent(special[2] ?? '')}` : encodeURIComponent(id);
  return `${dbPath(db)}/${encodedId}`;
}

function normalizeSecurity(security: object): unknown {
  const record = security as Record<string, { names?: string[]; roles?: string[] } | undefined>;
  const group = (name: string) => ({ names: [...(record[name]?.names ?? [])].sort(), roles: [...(record[name]?.roles ?? [])].sort() });
  return { admins: group('admins'), members: group('members') };
}

function withoutFields(doc: CouchDoc, ignore?: (field: string) => boolean): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) {
    if (key === '_rev' || ignore?.(key)) continue;
    copy[key] = value;
  }
  return copy;
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

import type { CouchRequest, CouchResponse, CouchTransport } from './couch-transport';
import { TransportUnreachableError } from './couch-transport';

/**
 * An in-memory CouchDB behind the CouchTransport interface, for unit tests of the handlers:
 * `_changes` (feed=normal, since/limit, include_docs), `POST _all_docs` with keys, and
 * `_bulk_docs` with revisions, conflicts and a validate_doc_update hook. Sequences are
 * numbers or, with `seqStyle: 'opaque'`, CouchDB-3-like strings that sort in no useful way,
 * so a client that compares or computes with them fails. `failNext` injects transport faults.
 * Not a CouchDB: one revision branch per document, no attachments, no security.
 */
export interface FakeCouchOptions {
  seqStyle?: 'number' | 'opaque';
  /** Throw `{ forbidden }`-style verdicts: return a message to reject the write. */
  validate?: (db: string, newDoc: Record<string, unknown>, oldDoc: Record<string, unknown> | undefined) => string | undefined;
  /** pouchdb-server's order: validate a stale write against the newest revision (403 instead of 409). */
  validateBeforeRevisionCheck?: boolean;
  /** Runs before each request is answered (to change the server between two requests). */
  beforeRequest?: (request: CouchRequest) => void;
}

interface Stored {
  doc: Record<string, unknown>;
  rev: string;
  deleted: boolean;
  seq: number;
}

export interface FakeCouch extends CouchTransport {
  /** Writes as the county would (no validation), returns the new revision. */
  put(db: string, doc: Record<string, unknown>): string;
  get(db: string, id: string): Record<string, unknown> | undefined;
  ids(db: string): string[];
  /** Every request seen, in order. */
  requests: CouchRequest[];
  /** The next `count` requests fail: no answer (offline) or an HTTP status. */
  failNext(count: number, failure: 'offline' | number): void;
}

export function createFakeCouch(options: FakeCouchOptions = {}): FakeCouch {
  const dbs = new Map<string, Map<string, Stored>>();
  let seq = 0;
  let failures: { count: number; failure: 'offline' | number } = { count: 0, failure: 'offline' };
  const requests: CouchRequest[] = [];
  const db = (name: string) => {
    let found = dbs.get(name);
    if (!found) dbs.set(name, (found = new Map()));
    return found;
  };
  const encodeSeq = (n: number) => (options.seqStyle === 'opaque' ? `${n}-g1AAAA${(n * 7919).toString(36)}x_opaque` : n);
  const decodeSeq = (since: string | undefined): number => {
    if (since === undefined || since === '0') return 0;
    if (options.seqStyle === 'opaque') {
      const match = /^(\d+)-g1AAAA[0-9a-z]+x_opaque$/.exec(since);
      if (!match) throw new Error(`fake couch: not one of my sequences: ${since}`);
      return Number(match[1]);
    }
    if (!/^\d+$/.test(since)) throw new Error(`fake couch: bad since ${since}`);
    return Number(since);
  };

  function write(name: string, doc: Record<string, unknown>, validate: boolean): { id: string; rev?: string; error?: string; reason?: string } {
    const id = String(doc['_id']);
    const current = db(name).get(id);
    const liveCurrent = current && !current.deleted ? current : undefined;
    if (validate && options.validate && options.validateBeforeRevisionCheck) {
      const verdict = options.validate(name, doc, liveCurrent?.doc);
      if (verdict !== undefined) return { id, error: 'forbidden', reason: verdict };
    }
    if (liveCurrent && doc['_rev'] !== liveCurrent.rev) return { id, error: 'conflict', reason: 'Document update conflict.' };
    if (current?.deleted && doc['_rev'] !== undefined && doc['_rev'] !== current.rev) return { id, error: 'conflict', reason: 'Document update conflict.' };
    if (validate && options.validate) {
      const verdict = options.validate(name, doc, liveCurrent?.doc);
      if (verdict !== undefined) return { id, error: 'forbidden', reason: verdict };
    }
    const generation = current ? Number(current.rev.split('-')[0]) + 1 : 1;
    const rev = `${generation}-${Math.random().toString(16).slice(2, 10)}`;
    const stored = { ...doc, _id: id, _rev: rev };
    db(name).set(id, { doc: stored, rev, deleted: doc['_deleted'] === true, seq: ++seq });
    return { id, rev };
  }

  function answer(status: number, json: unknown): CouchResponse {
    return { status, body: { kind: 'json', json } };
  }

  async function request(req: CouchRequest): Promise<CouchResponse> {
    requests.push(req);
    options.beforeRequest?.(req);
    if (failures.count > 0) {
      failures.count--;
      if (failures.failure === 'offline') throw new TransportUnreachableError('fake couch: offline');
      return answer(failures.failure, { error: failures.failure === 401 ? 'unauthorized' : 'fault', reason: 'injected' });
    }
    const [name = '', endpoint] = req.path.split('/').map(decodeURIComponent);
    const body = req.body?.kind === 'json' ? (req.body.json as Record<string, unknown>) : {};
    if (endpoint === '_changes') {
      const since = decodeSeq(req.query?.['since']);
      const limit = Number(req.query?.['limit'] ?? 1e9);
      const rows = [...db(name).entries()].filter(([, s]) => s.seq > since).sort((a, b) => a[1].seq - b[1].seq).slice(0, limit);
      const results = rows.map(([id, s]) => ({ id, seq: encodeSeq(s.seq), changes: [{ rev: s.rev }], ...(s.deleted ? { deleted: true } : {}), doc: s.doc }));
      const last = rows.at(-1)?.[1].seq ?? since;
      return answer(200, { results, last_seq: encodeSeq(last) });
    }
    if (endpoint === '_all_docs' && req.method === 'POST') {
      const keys = (body['keys'] as string[]) ?? [];
      const rows = keys.map((key) => {
        const s = db(name).get(key);
        if (!s) return { key, error: 'not_found' };
        return s.deleted
          ? { id: key, key, value: { rev: s.rev, deleted: true }, doc: null }
          : { id: key, key, value: { rev: s.rev }, doc: s.doc };
      });
      return answer(200, { rows });
    }
    if (endpoint === '_bulk_docs' && req.method === 'POST') {
      const results = ((body['docs'] as Record<string, unknown>[]) ?? []).map((doc) => write(name, doc, true));
      return answer(results.some((r) => r.error === 'forbidden') ? 417 : 201, results.map((r) => (r.error ? r : { ...r, ok: true })));
    }
    return answer(404, { error: 'not_found', reason: `fake couch has no ${req.method} ${req.path}` });
  }

  return {
    request,
    requests,
    put: (name, doc) => {
      const current = db(name).get(String(doc['_id']));
      const result = write(name, { ...doc, ...(current ? { _rev: current.rev } : {}) }, false);
      return result.rev as string;
    },
    get: (name, id) => {
      const s = db(name).get(id);
      return s && !s.deleted ? s.doc : undefined;
    },
    ids: (name) => [...db(name).entries()].filter(([, s]) => !s.deleted).map(([id]) => id),
    failNext(count, failure) {
      failures = { count, failure };
    },
  };
}

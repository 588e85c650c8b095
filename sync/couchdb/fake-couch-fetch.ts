/**
 * An in-memory stand-in for a CouchDB server behind `fetch`, for unit tests of the client and
 * the idempotent helpers. It knows databases, `_security`, documents with revisions and 409
 * conflicts — nothing more (no validators, no changes feed). `requests` records every call.
 */
export interface FakeCouch {
  fetch: typeof fetch;
  requests: { method: string; path: string; authorization: string | null }[];
  databases: Map<string, { security: object; docs: Map<string, Record<string, unknown>> }>;
}

export function createFakeCouch(): FakeCouch {
  const databases: FakeCouch['databases'] = new Map();
  const requests: FakeCouch['requests'] = [];
  const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const missing = () => json(404, { error: 'not_found', reason: 'missing' });

  const fake = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input);
    const method = init?.method ?? 'GET';
    const headers = new Headers(init?.headers);
    requests.push({ method, path: url.pathname, authorization: headers.get('authorization') });
    const [dbName, ...rest] = url.pathname.slice(1).split('/').map(decodeURIComponent);
    const docId = rest.join('/');
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : undefined;
    if (!dbName) return json(200, { couchdb: 'Welcome', version: 'fake' });
    const db = databases.get(dbName);
    if (docId === '') {
      if (method === 'PUT') {
        if (db) return json(412, { error: 'file_exists', reason: 'The database could not be created, the file already exists.' });
        databases.set(dbName, { security: {}, docs: new Map() });
        return json(201, { ok: true });
      }
      return db ? json(200, { db_name: dbName }) : missing();
    }
    if (!db) return missing();
    if (docId === '_security') {
      if (method === 'PUT') db.security = body ?? {};
      return json(200, method === 'PUT' ? { ok: true } : db.security);
    }
    const stored = db.docs.get(docId);
    const live = stored && !stored._deleted ? stored : undefined;
    if (method === 'GET') return live ? json(200, live) : missing();
    const rev = method === 'DELETE' ? url.searchParams.get('rev') : (body?._rev as string | undefined);
    if ((live?._rev ?? undefined) !== (rev ?? undefined)) return json(409, { error: 'conflict', reason: 'Document update conflict.' });
    const storedRev = typeof stored?._rev === 'string' ? stored._rev : '0-';
    const generation = Number(storedRev.split('-')[0]) + 1;
    const nextRev = `${generation}-${Math.random().toString(16).slice(2, 10)}`;
    db.docs.set(docId, method === 'DELETE' ? { _id: docId, _rev: nextRev, _deleted: true } : { ...body, _id: docId, _rev: nextRev });
    return json(201, { ok: true, id: docId, rev: nextRev });
  };
  return { fetch: fake, requests, databases };
}

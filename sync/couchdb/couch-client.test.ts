import { describe, expect, it } from 'vitest';
import { CouchClient, CouchError, CouchUnreachableError, docPath } from './couch-client';
import { parseCouchUrl, redactUrl, urlWithCredentials } from './couch-url';
import { createFakeCouch } from './fake-couch-fetch';

function clientWithFake(url = 'http://admin:p%40ss@127.0.0.1:5984/') {
  const fake = createFakeCouch();
  return { fake, client: new CouchClient(url, undefined, { fetch: fake.fetch }) };
}

describe('couch-url', () => {
  it('splits credentials off the address (fetch refuses URLs with credentials)', () => {
    expect(parseCouchUrl('https://county:s%3Acret@couch.example/db-root')).toEqual({
      baseUrl: 'https://couch.example/db-root/',
      credentials: { username: 'county', password: 's:cret' },
    });
    expect(parseCouchUrl('http://h:5984', { username: 'u', password: 'p' }).credentials).toEqual({ username: 'u', password: 'p' });
    expect(() => parseCouchUrl('ftp://h/')).toThrow(/http:\/\/ or https:\/\//);
  });

  it('puts credentials back for _replicator endpoints, encoded, and redacts them for messages', () => {
    const url = urlWithCredentials('http://127.0.0.1:5984/', { username: 'admin', password: 'p@ss/word' }, 'village-a-reports');
    expect(url).toBe('http://admin:p%40ss%2Fword@127.0.0.1:5984/village-a-reports');
    expect(parseCouchUrl(url).credentials).toEqual({ username: 'admin', password: 'p@ss/word' });
    expect(redactUrl(url)).toBe('http://admin:***@127.0.0.1:5984/village-a-reports');
  });
});

describe('CouchClient', () => {
  it('sends Basic credentials in a header, never in the URL (UTF-8 passwords included)', async () => {
    const fake = createFakeCouch();
    const client = new CouchClient('http://127.0.0.1:5984/', { username: 'admin', password: '密码' }, { fetch: fake.fetch });
    await client.serverInfo();
    const decoded = new TextDecoder().decode(Uint8Array.from(atob(fake.requests[0]?.authorization?.slice(6) ?? ''), (c) => c.charCodeAt(0)));
    expect(decoded).toBe('admin:密码');
  });

  it('throws typed errors carrying the HTTP status and CouchDB error', async () => {
    const { client } = clientWithFake();
    const error = await client.request('GET', 'nope/doc').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CouchError);
    expect(error).toMatchObject({ status: 404, error: 'not_found', reason: 'missing', isNotFound: true });
  });

  it('reports an unreachable server as such', async () => {
    const failing = (() => Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) }))) as typeof fetch;
    const client = new CouchClient('http://127.0.0.1:9/', undefined, { fetch: failing });
    await expect(client.serverInfo()).rejects.toBeInstanceOf(CouchUnreachableError);
    await expect(client.serverInfo()).rejects.toThrow('cannot reach CouchDB at http://127.0.0.1:9/: fetch failed: ECONNREFUSED');
  });

  it('ensureDatabase counts a database created concurrently by someone else as unchanged', async () => {
    const { fake } = clientWithFake();
    // CouchDB 3.4.3 just after /_up: it is creating _users itself and answers 500 conflict.
    const racing = (async (input: string | URL | Request, init?: RequestInit) => {
      if ((init?.method ?? 'GET') === 'PUT') {
        await fake.fetch(input, init);
        return new Response(JSON.stringify({ error: 'conflict', reason: 'conflict' }), { status: 500 });
      }
      return fake.fetch(input, init);
    }) as typeof fetch;
    const client = new CouchClient('http://127.0.0.1:5984/', undefined, { fetch: racing });
    expect(await client.ensureDatabase('_users')).toBe('unchanged');
    // A conflict with no database behind it is still an error.
    const broken = (async () => new Response(JSON.stringify({ error: 'conflict', reason: 'conflict' }), { status: 500 })) as unknown as typeof fetch;
    const failing = new CouchClient('http://127.0.0.1:5984/', undefined, { fetch: broken });
    await expect(failing.ensureDatabase('_users')).rejects.toMatchObject({ status: 500, error: 'conflict' });
  });

  it('ensureDatabase and putSecurity say whether they changed anything', async () => {
    const { client } = clientWithFake();
    expect(await client.ensureDatabase('village-a-reports', { q: 1 })).toBe('created');
    expect(await client.ensureDatabase('village-a-reports', { q: 1 })).toBe('unchanged');
    const security = { admins: { names: [], roles: [] }, members: { names: [], roles: ['village:a', 'county'] } };
    expect(await client.putSecurity('village-a-reports', security)).toBe('updated');
    const reordered = { members: { roles: ['county', 'village:a'], names: [] }, admins: { roles: [], names: [] } };
    expect(await client.putSecurity('village-a-reports', reordered)).toBe('unchanged');
  });

  it('putDesignDoc writes only when the content differs', async () => {
    const { client, fake } = clientWithFake();
    await client.ensureDatabase('db');
    const ddoc = { _id: '_design/validate', language: 'javascript', validate_doc_update: 'function () {}' };
    expect((await client.putDesignDoc('db', ddoc)).outcome).toBe('created');
    expect((await client.putDesignDoc('db', { ...ddoc })).outcome).toBe('unchanged');
    expect((await client.putDesignDoc('db', { ...ddoc, validate_doc_update: 'function (a) {}' })).outcome).toBe('updated');
    expect(fake.requests.filter((r) => r.method === 'PUT' && r.path === '/db/_design/validate')).toHaveLength(2);
  });

  it('upsertDoc retries on a conflict with the fresh revision, and can ignore volatile fields', async () => {
    const { client, fake } = clientWithFake();
    await client.ensureDatabase('db');
    await client.putDoc('db', { _id: 'r1', status: 'submitted' });
    let calls = 0;
    const result = await client.upsertDoc('db', 'r1', (current) => {
      calls++;
      // A concurrent writer slips in between our read and our write, once.
      if (calls === 1) fake.databases.get('db')?.docs.set('r1', { ...current, _rev: '2-concurrent', text: 'kiosk edit' });
      return current && { ...current, status: 'received' };
    });
    expect(calls).toBe(2);
    expect(result.outcome).toBe('updated');
    expect(await client.getDoc('db', 'r1')).toMatchObject({ status: 'received', text: 'kiosk edit', _rev: expect.stringMatching(/^3-/) as unknown });
    const again = await client.upsertDoc('db', 'r1', (current) => current && { ...current, updatedAt: 'later' }, { ignore: (f) => f === 'updatedAt' });
    expect(again.outcome).toBe('unchanged');
  });

  it('ensureUser always sets the password (that is how re-provisioning rotates it)', async () => {
    const { client, fake } = clientWithFake();
    await client.ensureDatabase('_users');
    expect(await client.ensureUser('kiosk-a-k01', 'one', ['village:a', 'kiosk'])).toBe('created');
    expect(await client.ensureUser('kiosk-a-k01', 'two', ['village:a', 'kiosk'])).toBe('updated');
    expect(fake.databases.get('_users')?.docs.get('org.couchdb.user:kiosk-a-k01')).toMatchObject({ password: 'two', type: 'user' });
  });

  it('keeps the slash of design and local document ids and encodes others', () => {
    expect(docPath('db', '_design/by_village')).toBe('db/_design/by_village');
    expect(docPath('db', 'org.couchdb.user:kiosk-a/b')).toBe('db/org.couchdb.user%3Akiosk-a%2Fb');
  });
});

import { describe, expect, it } from 'vitest';
import { CouchClient } from './couch-client';
import { countyDatabaseNames, databaseNames } from './database-names';
import { createFakeCouch } from './fake-couch-fetch';
import { putReplicationDoc, villageReplicationDocs } from './replication-docs';

const endpoint = { baseUrl: 'http://127.0.0.1:5984/', credentials: { username: 'admin', password: 'pw' } };

describe('replication documents', () => {
  const docs = villageReplicationDocs('xiaohe', databaseNames('xiaohe', 'p-'), countyDatabaseNames('p-'), endpoint, 'p-');

  it('gather reports, scans and heartbeats (not blobs, not configuration) and bring reports back, all filtered by village', () => {
    expect(docs.map((doc) => [doc._id, doc.source, doc.target])).toEqual([
      ['p-gather-xiaohe-reports', 'http://admin:pw@127.0.0.1:5984/p-village-xiaohe-reports', 'http://admin:pw@127.0.0.1:5984/p-county-gather'],
      ['p-gather-xiaohe-scans', 'http://admin:pw@127.0.0.1:5984/p-village-xiaohe-scans', 'http://admin:pw@127.0.0.1:5984/p-county-gather'],
      ['p-gather-xiaohe-heartbeats', 'http://admin:pw@127.0.0.1:5984/p-village-xiaohe-heartbeats', 'http://admin:pw@127.0.0.1:5984/p-county-gather'],
      ['p-answers-xiaohe-reports', 'http://admin:pw@127.0.0.1:5984/p-county-gather', 'http://admin:pw@127.0.0.1:5984/p-village-xiaohe-reports'],
    ]);
    for (const doc of docs) {
      expect(doc).toMatchObject({ continuous: true, filter: 'by_village/by_village', query_params: { village: 'xiaohe' } });
    }
    expect(docs[3]?.query_params).toEqual({ village: 'xiaohe', type: 'report' });
  });

  it('leaves an unchanged replication alone even after the replicator annotated it, and replaces a changed one', async () => {
    const fake = createFakeCouch();
    const client = new CouchClient('http://127.0.0.1:5984/', undefined, { fetch: fake.fetch });
    await client.ensureDatabase('_replicator');
    const doc = docs[0]!;
    expect(await putReplicationDoc(client, doc)).toBe('created');
    // What pouchdb-server (and CouchDB for terminal states / owner) write into the document:
    const stored = fake.databases.get('_replicator')?.docs.get(doc._id);
    fake.databases.get('_replicator')?.docs.set(doc._id, { ...stored, _replication_state: 'triggered', _replication_id: 'x', owner: 'admin' });
    expect(await putReplicationDoc(client, { ...doc })).toBe('unchanged');
    expect(await putReplicationDoc(client, { ...doc, target: 'http://admin:new@127.0.0.1:5984/p-county-gather' })).toBe('updated');
    // Replaced by delete + create: pouchdb-server refuses edits of a triggered replication document.
    expect(fake.requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([`/_replicator/${doc._id}`]);
  });
});

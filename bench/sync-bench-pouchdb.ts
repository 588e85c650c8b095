import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import memoryAdapter from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';

/**
 * The anchor: the same documents carried by PouchDB's own replicator (memory database →
 * CouchDB over HTTP), the reference implementation of CouchDB's replication protocol
 * (`_revs_diff`, `_bulk_docs?new_edits=false`, checkpoints in `_local/`).
 */
interface PouchDatabase {
  bulkDocs(docs: object[]): Promise<unknown[]>;
  replicate: { to(target: PouchDatabase, options?: { batch_size?: number }): Promise<{ docs_written: number; ok: boolean }> };
  destroy(): Promise<void>;
  close(): Promise<void>;
}
type PouchCtor = new (name: string, options?: { adapter?: string; auth?: { username: string; password: string } }) => PouchDatabase;

const Pouch = PouchDB.plugin(memoryAdapter).plugin(httpAdapter).plugin(replication) as unknown as PouchCtor;

export async function pouchReplicate(
  docs: readonly object[],
  remote: { url: string; username: string; password: string },
  batchSize: number,
): Promise<{ seconds: number; written: number }> {
  const local = new Pouch(`bench-${Date.now()}-${Math.random().toString(36).slice(2)}`, { adapter: 'memory' });
  const target = new Pouch(remote.url, { auth: { username: remote.username, password: remote.password } });
  try {
    await local.bulkDocs([...docs]);
    const started = performance.now();
    const result = await local.replicate.to(target, { batch_size: batchSize });
    return { seconds: (performance.now() - started) / 1000, written: result.docs_written };
  } finally {
    await local.destroy();
    await target.close();
  }
}

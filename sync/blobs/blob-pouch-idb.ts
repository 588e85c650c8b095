import PouchDB from 'pouchdb-core';
import idbAdapter from 'pouchdb-adapter-idb';
import type { BlobPouch } from './blob-pouch';

const IdbPouch = PouchDB.plugin(idbAdapter);

/**
 * The renderer's blob database on IndexedDB (stores Blobs natively). `revs_limit` 1 and
 * auto-compaction: a blob document only ever changes its `uploaded` flag, and old revisions
 * of it would otherwise keep references alive for nothing.
 */
export function openIdbBlobPouch(name = 'kiosk-blobs'): BlobPouch {
  // The cast is the untyped-library edge: BlobPouch lists exactly the methods we use.
  return new IdbPouch(name, { adapter: 'idb', revs_limit: 1, auto_compaction: true }) as BlobPouch;
}

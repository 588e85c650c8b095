import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import type { BlobPouch } from './blob-pouch';

const MemoryPouch = PouchDB.plugin(memoryAdapter);

/**
 * A blob database in memory, for tests and tools (Node and jsdom). Its content outlives
 * `close()` within the process (a reopened database of the same name sees it: how tests
 * simulate a restart); `destroy()` removes it.
 */
export function openMemoryBlobPouch(name: string): BlobPouch {
  return new MemoryPouch(name, { adapter: 'memory' }) as BlobPouch;
}

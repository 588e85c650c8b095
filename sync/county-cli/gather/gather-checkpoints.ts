import type { CouchClient, CouchDoc } from '../../couchdb/couch-client';

/**
 * Where the gatherer remembers how far it has read, kept in CouchDB itself (a `_local`
 * document of the gather database per source, never replicated, cheap to overwrite) so a
 * gatherer restarted on any machine resumes where the last one stopped. Sequences are opaque
 * strings on CouchDB 3 (numbers on pouchdb-server): stored and passed back, never compared.
 */
export interface GatherCheckpoints {
  get(source: string): Promise<string | number | undefined>;
  set(source: string, seq: string | number): Promise<void>;
}

/** `_local/gather~<source>`: `~` cannot appear in a database name, so ids never collide. */
export function checkpointId(source: string): string {
  return `_local/gather~${source}`;
}

export function couchCheckpoints(client: CouchClient, gatherDb: string): GatherCheckpoints {
  const revs = new Map<string, string>();
  return {
    async get(source) {
      const doc = await client.getDoc<CouchDoc & { seq?: string | number }>(gatherDb, checkpointId(source));
      if (doc?._rev) revs.set(source, doc._rev);
      return doc?.seq;
    },
    async set(source, seq) {
      const id = checkpointId(source);
      const write = (rev: string | undefined) => client.putDoc(gatherDb, { _id: id, ...(rev ? { _rev: rev } : {}), seq });
      try {
        revs.set(source, (await write(revs.get(source))).rev);
      } catch {
        // Another gatherer (or an earlier run of this one) moved it: take its revision and write
        // ours. Either value is safe: copying is idempotent, a checkpoint only saves work.
        const current = await client.getDoc(gatherDb, id);
        revs.set(source, (await write(current?._rev)).rev);
      }
    },
  };
}

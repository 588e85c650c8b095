import { CouchError, type CouchClient } from '../../couchdb/couch-client';
import type { GatherCheckpoints } from './gather-checkpoints';

/**
 * Which databases changed: the gatherer's only source of work, so its cost follows activity,
 * not the number of villages (DESIGN.md §5: one continuous replication per village database
 * does not scale).
 *
 * - `_db_updates` (CouchDB 2+, node or cluster; needs the `_global_changes` database, which
 *   `county setup` creates): a longpoll that answers as soon as any database changes, one row
 *   per database however often it changed. Its sequence is checkpointed in CouchDB, so after a
 *   restart the first answer lists every database that changed while the gatherer was down.
 * - Polling (pouchdb-server, or a CouchDB without `_global_changes`): every interval, each
 *   database's `update_seq` compared with the last one seen. Its cost does grow with the number
 *   of databases; it exists so the same gatherer runs on the test fallback server.
 */
export interface UpdatesBatch {
  databases: string[];
  /** Called once every database of the batch is copied: only then may the feed move on. */
  commit(): Promise<void>;
}

export interface DatabaseUpdates {
  readonly mode: 'db_updates' | 'polling';
  next(): Promise<UpdatesBatch>;
}

export const DB_UPDATES_CHECKPOINT = '_db_updates';

interface DbUpdatesPage {
  results: { db_name: string; type: string }[];
  last_seq: string | number;
}

export async function openDatabaseUpdates(
  client: CouchClient,
  checkpoints: GatherCheckpoints,
  options: { longpollMs: number; pollMs: number; isGathered: (db: string) => boolean; sleep: (ms: number) => Promise<void> },
): Promise<DatabaseUpdates> {
  if (await supportsDbUpdates(client)) return dbUpdatesFeed(client, checkpoints, options.longpollMs);
  return pollingUpdates(client, options);
}

async function supportsDbUpdates(client: CouchClient): Promise<boolean> {
  try {
    await client.request('GET', '_db_updates', { query: { feed: 'normal', limit: 1 } });
    return true;
  } catch (error) {
    // Refused credentials are the operator's to fix; any other answer means "not here".
    if (error instanceof CouchError && error.status !== 401 && error.status !== 403) return false;
    throw error;
  }
}

function dbUpdatesFeed(client: CouchClient, checkpoints: GatherCheckpoints, longpollMs: number): DatabaseUpdates {
  let since: string | number | undefined;
  return {
    mode: 'db_updates',
    async next() {
      since ??= (await checkpoints.get(DB_UPDATES_CHECKPOINT)) ?? 0;
      const page = await client.request<DbUpdatesPage>('GET', '_db_updates', {
        query: { feed: 'longpoll', since: String(since), timeout: longpollMs },
        timeoutMs: longpollMs + 15_000,
      });
      const databases = [...new Set(page.results.filter((row) => row.type !== 'deleted').map((row) => row.db_name))];
      return {
        databases,
        async commit() {
          if (page.results.length === 0) return;
          since = page.last_seq;
          await checkpoints.set(DB_UPDATES_CHECKPOINT, page.last_seq);
        },
      };
    },
  };
}

function pollingUpdates(
  client: CouchClient,
  options: { pollMs: number; isGathered: (db: string) => boolean; sleep: (ms: number) => Promise<void> },
): DatabaseUpdates {
  const seen = new Map<string, string>();
  let first = true;
  return {
    mode: 'polling',
    async next() {
      if (!first) await options.sleep(options.pollMs);
      first = false;
      const dbs = (await client.allDbs()).filter(options.isGathered);
      const current = new Map<string, string>();
      for (const db of dbs) {
        try {
          const info = await client.request<{ update_seq: string | number }>('GET', encodeURIComponent(db));
          current.set(db, JSON.stringify(info.update_seq));
        } catch (error) {
          if (!(error instanceof CouchError && error.isNotFound)) throw error;
        }
      }
      const databases = [...current].filter(([db, seq]) => seen.get(db) !== seq).map(([db]) => db);
      return {
        databases,
        async commit() {
          for (const db of databases) seen.set(db, current.get(db)!);
        },
      };
    },
  };
}

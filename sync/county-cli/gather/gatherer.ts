import { CouchError, type CouchClient } from '../../couchdb/couch-client';
import { countyDatabaseNames, parseVillageDatabaseName } from '../../couchdb/database-names';
import { GATHERED_KINDS } from '../../couchdb/gathered-kinds';
import { copyDatabaseChanges, type CopyResult } from './copy-database-changes';
import { couchCheckpoints, type GatherCheckpoints } from './gather-checkpoints';
import { openDatabaseUpdates, type DatabaseUpdates } from './database-updates';
import { mapLimit } from './map-limit';
import { resolveReportConflicts } from './resolve-report-conflicts';

/**
 * The county gatherer (`county gather`): copies every village's reports, scans and heartbeats
 * into the county's gather database as they change, so county-side views and the console read
 * one database. It replaced one continuous `_replicator` job per village database, which
 * CouchDB caps at 500 running jobs (docs/decisions/county-gatherer.md). County answers do not
 * come back this way: the county writes them into the village database directly.
 *
 * Restartable at any moment: checkpoints live in CouchDB and copying is idempotent.
 */
export interface GathererOptions {
  client: CouchClient;
  prefix: string;
  /** Village databases copied at once. */
  concurrency?: number;
  /** How long one `_db_updates` longpoll waits; also the longest a stop request waits. */
  longpollMs?: number;
  /** Polling interval where `_db_updates` is missing. */
  pollMs?: number;
  log: (line: string) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface GatherStats {
  mode: DatabaseUpdates['mode'] | 'starting';
  databasesSeen: number;
  documentsCopied: number;
  batches: number;
  errors: number;
  lastError: string | undefined;
  /** Duration of the last batch of copies, ms. */
  lastBatchMs: number | undefined;
  /** When the last batch finished (`now()`), for "last copy N s ago". */
  lastBatchAt: number | undefined;
}

export interface Gatherer {
  readonly stats: GatherStats;
  /** Runs until `stop()`; errors are counted, logged and retried with backoff, never thrown. */
  run(): Promise<void>;
  stop(): void;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function isGatheredDatabase(db: string, prefix: string): boolean {
  const parsed = parseVillageDatabaseName(db, prefix);
  return parsed !== undefined && (GATHERED_KINDS as readonly string[]).includes(parsed.kind);
}

export function createGatherer(options: GathererOptions): Gatherer {
  const { client, prefix, log } = options;
  const concurrency = options.concurrency ?? 8;
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? defaultSleep;
  const gatherDb = countyDatabaseNames(prefix).gather;
  const checkpoints = couchCheckpoints(client, gatherDb);
  const stats: GatherStats = { mode: 'starting', databasesSeen: 0, documentsCopied: 0, batches: 0, errors: 0, lastError: undefined, lastBatchMs: undefined, lastBatchAt: undefined };
  const seen = new Set<string>();
  let stopped = false;
  let wake: (() => void) | undefined;

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      wake = resolve;
      void sleep(ms).then(resolve);
    });

  async function runOnce(updates: DatabaseUpdates): Promise<void> {
    const batch = await updates.next();
    if (stopped) return;
    const sources = batch.databases.filter((db) => isGatheredDatabase(db, prefix));
    const started = now();
    const results = await mapLimit(sources, concurrency, (db) => copyOne(client, db, gatherDb, checkpoints, prefix));
    await batch.commit();
    for (const db of sources) seen.add(db);
    stats.databasesSeen = seen.size;
    stats.documentsCopied += results.reduce((sum, r) => sum + r.copied, 0);
    if (sources.length > 0) {
      stats.batches += 1;
      stats.lastBatchMs = now() - started;
      stats.lastBatchAt = now();
    }
  }

  return {
    stats,
    async run() {
      let delay = 1_000;
      let updates: DatabaseUpdates | undefined;
      while (!stopped) {
        try {
          updates ??= await openDatabaseUpdates(client, checkpoints, {
            longpollMs: options.longpollMs ?? 10_000,
            pollMs: options.pollMs ?? 2_000,
            isGathered: (db) => isGatheredDatabase(db, prefix),
            sleep: pause,
          });
          if (stats.mode === 'starting') log(`gather: following ${updates.mode === 'db_updates' ? '_db_updates' : 'every village database by polling (this server has no _db_updates)'} into ${gatherDb}`);
          stats.mode = updates.mode;
          await runOnce(updates);
          delay = 1_000;
        } catch (error) {
          if (stopped) break;
          stats.errors += 1;
          stats.lastError = error instanceof Error ? error.message : String(error);
          log(`gather: ${stats.lastError}; retrying in ${Math.round(delay / 1000)} s`);
          await pause(delay);
          // Exponential up to a minute: an unreachable county server is retried, never given up on.
          delay = Math.min(delay * 2, 60_000);
        }
      }
    },
    stop() {
      stopped = true;
      wake?.();
    },
  };
}

/**
 * Copies one village database; for reports, also resolves conflicts of what changed in the
 * county's favour (resolve-report-conflicts.ts). A database deleted between the update and the
 * copy has nothing left to gather.
 */
async function copyOne(client: CouchClient, db: string, gatherDb: string, checkpoints: GatherCheckpoints, prefix: string): Promise<CopyResult> {
  try {
    const result = await copyDatabaseChanges(client, db, gatherDb, checkpoints);
    if (parseVillageDatabaseName(db, prefix)?.kind === 'reports') await resolveReportConflicts(client, db, result.changedIds);
    return result;
  } catch (error) {
    if (error instanceof CouchError && error.isNotFound) return { copied: 0, seen: 0, changedIds: [] };
    throw error;
  }
}

/** Every gathered database now, whatever the feed says: `county gather --once` and tests. */
export async function gatherAllOnce(client: CouchClient, prefix: string, concurrency = 4): Promise<{ databases: number; copied: number }> {
  const gatherDb = countyDatabaseNames(prefix).gather;
  const checkpoints = couchCheckpoints(client, gatherDb);
  const sources = (await client.allDbs()).filter((db) => isGatheredDatabase(db, prefix));
  const results = await mapLimit(sources, concurrency, (db) => copyOne(client, db, gatherDb, checkpoints, prefix));
  return { databases: sources.length, copied: results.reduce((sum, r) => sum + r.copied, 0) };
}

import type { RxCollection } from 'rxdb';
import type { RxReplicationState } from 'rxdb/plugins/replication';
import { replicateRxCollection } from 'rxdb/plugins/replication';
import type { KioskCollectionName } from '../../schema/collections';
import type { CouchCheckpoint } from '../transport/couch-endpoints';
import type { CouchTransport } from '../transport/couch-transport';
import { createCouchPullHandler } from './pull-handler';
import { createCouchPushHandler } from './push-handler';
import type { QuarantineStore } from '../status/quarantine-store';
import type { RetryLoop } from '../retry/retry-loop';

/**
 * One collection ↔ one county database, on RxDB's generic replication with our CouchDB
 * handlers (docs/decisions/sync-design.md). `direction` follows DESIGN.md §4: reports both
 * ways, scans and heartbeats up, policies and kiosk_config down.
 *
 * The identifier names the server and the database, so a kiosk moved to another server or
 * database starts from a fresh checkpoint instead of skipping that server's history.
 */
export type ReplicationDirection = 'up' | 'down' | 'both';

export interface CollectionReplicationOptions {
  name: KioskCollectionName;
  collection: RxCollection;
  db: string;
  direction: ReplicationDirection;
  transport: CouchTransport;
  retry: RetryLoop;
  quarantine: QuarantineStore;
  /** The kiosk's village: pulled documents of another village are set aside. */
  village?: string;
  serverIdentity: string;
  pushBatchSize: number;
  pullBatchSize: number;
  onAttempt?: (ids: readonly string[]) => void;
  now?: () => string;
}

export type CouchReplicationState = RxReplicationState<Record<string, unknown>, CouchCheckpoint>;

export function replicateCouchCollection(options: CollectionReplicationOptions): CouchReplicationState {
  const { collection } = options;
  const pull =
    options.direction === 'up'
      ? undefined
      : {
          batchSize: options.pullBatchSize,
          handler: createCouchPullHandler({
            transport: options.transport,
            db: options.db,
            collection: options.name,
            ...(options.village !== undefined ? { village: options.village } : {}),
            readLocal: async (id: string) => (await collection.findOne(id).exec())?.toJSON(true) as Record<string, unknown> | undefined,
            quarantine: options.quarantine,
            retry: options.retry,
            ...(options.now ? { now: options.now } : {}),
          }),
        };
  const push =
    options.direction === 'down'
      ? undefined
      : {
          batchSize: options.pushBatchSize,
          handler: createCouchPushHandler({
            transport: options.transport,
            db: options.db,
            collection: options.name,
            quarantine: options.quarantine,
            retry: options.retry,
            ...(options.onAttempt ? { onAttempt: options.onAttempt } : {}),
            ...(options.now ? { now: options.now } : {}),
          }),
        };
  return replicateRxCollection<Record<string, unknown>, CouchCheckpoint>({
    replicationIdentifier: `kiosk-couch|${options.serverIdentity}|${options.db}`,
    collection: collection as RxCollection<Record<string, unknown>>,
    ...(pull ? { pull } : {}),
    ...(push ? { push } : {}),
    live: true,
    // Our handlers retry by themselves (retry-loop.ts); RxDB's own retry only follows an
    // unexpected error, so it waits long enough not to spin on a bug.
    retryTime: 30_000,
    waitForLeadership: false,
    autoStart: true,
  });
}

import type { RxCollection, RxDatabase } from 'rxdb';
import type { Observable } from 'rxjs';
import type { KioskCollectionName } from '../schema/collections';
import type { KioskDatabase } from '../schema/create-kiosk-database';
import type { KioskConfigDocType } from '../schema/kiosk-config-doc-schema';
import type { ReportDocType } from '../schema/report-schema';
import type { BackoffOptions } from './retry/backoff';
import { watchChanges } from './collections/change-watcher';
import { replicateCouchCollection, type CouchReplicationState, type ReplicationDirection } from './collections/collection-replication';
import { installConflictHandlers } from './conflicts/conflict-handlers';
import type { CouchTransport } from './transport/couch-transport';
import { startHeartbeats, type HeartbeatOptions } from './heartbeat/heartbeat-writer';
import type { KioskEnrollment, KioskSyncDatabases } from './kiosk-enrollment';
import { deliverKioskConfig } from './collections/kiosk-config-arrivals';
import { PendingTracker } from './status/pending-tracker';
import type { QuarantineEntry, QuarantineStore } from './status/quarantine-store';
import { RetryLoop } from './retry/retry-loop';
import { openRxQuarantineStore } from './status/rx-quarantine-store';
import { discardRefusedRow, retryRefusedRow, type RetryOutcome } from './status/refused-rows';
import { reportDelivery, type ReportDelivery, type SyncStatus } from './status/sync-status';
import { SyncStatusStore } from './status/sync-status-store';

export type { KioskEnrollment, KioskSyncDatabases } from './kiosk-enrollment';
export type { HeartbeatOptions } from './heartbeat/heartbeat-writer';

/**
 * The kiosk's whole sync with the county CouchDB (DESIGN.md §4–5): the five collections, each
 * with its own county database, over one transport (the host's proxy in the renderer, direct
 * fetch in Node), sharing one retry loop and one status.
 *
 *   reports      ⇄ village reports database (the county changes only status and replies)
 *   scans        → village scans database
 *   heartbeats   → village heartbeats database
 *   policies     ← county-wide policies database
 *   kiosk_config ← village config database; each arrival is handed to `onKioskConfig`
 *   notices      ⇄ village notices database (clerks and the county publish)
 *   alerts       ← county-wide alerts database (the kiosk shows those addressed to its village)
 * A database the enrollment does not name (files older than notices and alerts) is not synced.
 *
 * Nothing here reads the kiosk clock for identity or order; it is only stamped on status
 * and heartbeat times for people to read.
 */

/** Where the blob uploader (blob-*.ts) plugs into the status model. */
export interface BlobProgress {
  /** True when every blob the report references is on the county server. */
  blobsUploaded(report: ReportDocType): boolean;
  /** Blobs not uploaded yet. */
  pendingCount(): number;
  /** Called when either answer may have changed; returns the unsubscribe function. */
  subscribe?(listener: () => void): () => void;
}

export interface KioskSyncOptions {
  database: KioskDatabase;
  transport: CouchTransport;
  enrollment: KioskEnrollment;
  /** Names the county server in checkpoints (e.g. its origin), so a new server starts fresh. */
  serverIdentity?: string;
  blobs?: BlobProgress;
  /** A county configuration document arrived (also called at start with the stored ones). */
  onKioskConfig?: (doc: KioskConfigDocType) => void | Promise<void>;
  heartbeat?: HeartbeatOptions;
  /** Default: a `sync_quarantine` collection in `database` (rx-quarantine-store.ts). */
  quarantine?: QuarantineStore;
  backoff?: BackoffOptions;
  /** Longpoll for county changes (default true; tools that sync once turn it off). */
  watch?: boolean;
  /** How long the server holds a longpoll open. Default 25 s. */
  longpollMs?: number;
  /** A full re-check of every collection, in case a wake-up was missed. Default 5 minutes. */
  resyncIntervalMs?: number;
  pushBatchSize?: number;
  pullBatchSize?: number;
  now?: () => Date;
  random?: () => number;
}

export interface KioskSync {
  /** The current status; `subscribe`/`status$` for changes. */
  status(): SyncStatus;
  status$: Observable<SyncStatus>;
  subscribe(listener: (status: SyncStatus) => void): () => void;
  /** Where one report stands: saved, waiting, received, in_progress, resolved, reopened, set-aside. */
  reportStatus(report: ReportDocType): ReportDelivery;
  quarantine: QuarantineStore;
  /** Sends a row the county refused once more, as the kiosk has it now (status/refused-rows.ts). */
  retryRefused(collection: KioskCollectionName, docId: string): Promise<RetryOutcome>;
  /** Takes a refused row off the list; the kiosk's document stays. */
  discardRefused(collection: KioskCollectionName, docId: string): Promise<void>;
  /** Try now: ends every backoff wait and re-checks every collection. */
  syncNow(): Promise<void>;
  /** Resolves when every collection is in sync with the server (waits while offline). */
  awaitInSync(): Promise<void>;
  stop(): Promise<void>;
  /** For tests and tools. */
  replications: ReadonlyMap<KioskCollectionName, CouchReplicationState>;
}

interface PlanEntry {
  name: KioskCollectionName;
  db: keyof KioskSyncDatabases;
  direction: ReplicationDirection;
  /** Its documents carry `village`: another village's are set aside on pull. */
  villageBound: boolean;
}

const PLAN: readonly PlanEntry[] = [
  { name: 'reports', db: 'reports', direction: 'both', villageBound: true },
  { name: 'scans', db: 'scans', direction: 'up', villageBound: true },
  { name: 'heartbeats', db: 'heartbeats', direction: 'up', villageBound: true },
  { name: 'policies', db: 'policies', direction: 'down', villageBound: false },
  { name: 'kiosk_config', db: 'config', direction: 'down', villageBound: true },
  { name: 'notices', db: 'notices', direction: 'both', villageBound: true },
  // Alerts live in one county-wide database; each names the villages it is for (the kiosk shows its own).
  { name: 'alerts', db: 'alerts', direction: 'down', villageBound: false },
];

const TRACKED = ['reports', 'scans'] as const;

export async function startKioskSync(options: KioskSyncOptions): Promise<KioskSync> {
  const { database, enrollment } = options;
  const controller = new AbortController();
  const now = options.now ?? (() => new Date());
  const nowIso = () => now().toISOString();
  const quarantine = options.quarantine ?? (await openRxQuarantineStore(database as unknown as RxDatabase));
  installConflictHandlers(database);

  const replications = new Map<KioskCollectionName, CouchReplicationState>();
  const trackers = new Map<(typeof TRACKED)[number], PendingTracker>();
  const active = new Map<KioskCollectionName, boolean>();
  const attempted = new Set<string>();
  let entries: readonly QuarantineEntry[] = [];
  let refusedReports = new Set<string>();

  const store = new SyncStatusStore(
    {
      pending: () => ({
        reports: trackers.get('reports')?.count ?? 0,
        scans: trackers.get('scans')?.count ?? 0,
        blobs: options.blobs?.pendingCount() ?? 0,
      }),
      quarantined: () => entries.length,
      refused: () => entries.filter((e) => e.direction === 'push').length,
      active: () => [...active.values()].some(Boolean),
    },
    now,
  );
  const retry = new RetryLoop({
    signal: controller.signal,
    ...(options.backoff ? { backoff: options.backoff } : {}),
    ...(options.random ? { random: options.random } : {}),
    onFailure: (kind, error, label) => store.failed(label, kind, error),
    onSuccess: (label) => store.succeeded(label),
  });
  const cleanups: (() => void)[] = [];

  cleanups.push(
    quarantine.subscribe((list) => {
      entries = list;
      refusedReports = new Set(list.filter((e) => e.collection === 'reports' && e.direction === 'push').map((e) => e.docId));
      store.refresh();
    }),
  );
  if (options.blobs?.subscribe) cleanups.push(options.blobs.subscribe(() => store.refresh()));

  const plan = PLAN.filter((entry) => typeof enrollment.databases[entry.db] === 'string');
  for (const entry of plan) {
    const collection = database.collections[entry.name] as unknown as RxCollection;
    const replication = replicateCouchCollection({
      name: entry.name,
      collection,
      db: enrollment.databases[entry.db] as string,
      direction: entry.direction,
      transport: options.transport,
      retry,
      quarantine,
      ...(entry.villageBound ? { village: enrollment.village } : {}),
      serverIdentity: options.serverIdentity ?? '',
      pushBatchSize: options.pushBatchSize ?? 100,
      pullBatchSize: options.pullBatchSize ?? 100,
      now: nowIso,
      ...(entry.name === 'reports' ? { onAttempt: (ids: readonly string[]) => ids.forEach((id) => attempted.add(id)) } : {}),
    });
    replications.set(entry.name, replication);
    const activeSub = replication.active$.subscribe((isActive) => {
      active.set(entry.name, isActive);
      store.refresh();
    });
    // Handlers throw only when stopping; anything else reaching RxDB's error$ is a fault.
    const errorSub = replication.error$.subscribe((error) => {
      if (!controller.signal.aborted) store.failed(`rxdb ${entry.name}`, 'server', error);
    });
    cleanups.push(() => activeSub.unsubscribe(), () => errorSub.unsubscribe());
  }

  for (const name of TRACKED) {
    const replication = replications.get(name) as CouchReplicationState;
    await replication.startPromise;
    const tracker = new PendingTracker(database.collections[name], replication as never, () => store.refresh());
    trackers.set(name, tracker);
    await tracker.start();
    cleanups.push(() => tracker.stop());
  }
  store.markStarted();

  if (options.onKioskConfig) cleanups.push(await deliverKioskConfig(database, replications.get('kiosk_config') as CouchReplicationState, options.onKioskConfig));
  if (options.watch !== false) {
    for (const entry of plan.filter((e) => e.direction !== 'up')) {
      const replication = replications.get(entry.name) as CouchReplicationState;
      void watchChanges({
        transport: options.transport,
        db: enrollment.databases[entry.db] as string,
        retry,
        waitMs: options.longpollMs ?? 25_000,
        onChange: () => replication.reSync(),
      }).catch((error: unknown) => store.failed(`watch ${entry.name}`, 'server', error));
    }
  }
  const resyncAll = () => replications.forEach((replication) => replication.reSync());
  // In a browser, "the network is back" ends every backoff wait at once.
  const onOnline = () => {
    retry.wake();
    resyncAll();
  };
  if (typeof globalThis.addEventListener === 'function') {
    globalThis.addEventListener('online', onOnline);
    cleanups.push(() => globalThis.removeEventListener('online', onOnline));
  }
  const resyncTimer = setInterval(resyncAll, options.resyncIntervalMs ?? 5 * 60_000);
  cleanups.push(() => clearInterval(resyncTimer));
  if (options.heartbeat) cleanups.push(startHeartbeats(database, enrollment, options.heartbeat, store, now));

  let stopping: Promise<void> | undefined;
  return {
    status: () => store.current,
    status$: store.status$,
    subscribe: (listener) => {
      const subscription = store.status$.subscribe(listener);
      return () => subscription.unsubscribe();
    },
    reportStatus: (report) =>
      reportDelivery(report, {
        pending: trackers.get('reports')?.isPending(report.id) ?? true,
        attempted: attempted.has(report.id),
        quarantined: refusedReports.has(report.id),
        blobsUploaded: options.blobs ? options.blobs.blobsUploaded(report) : report.photo === undefined && report.voiceNote === undefined,
      }),
    quarantine,
    replications,
    async retryRefused(collection, docId) {
      const plan = PLAN.find((entry) => entry.name === collection);
      const db = plan ? enrollment.databases[plan.db] : undefined;
      if (!plan || plan.direction === 'down' || db === undefined) throw new Error(`${collection} is not sent by this kiosk`);
      const local = await (database.collections[collection] as unknown as RxCollection).findOne(docId).exec();
      return retryRefusedRow({
        transport: options.transport,
        db,
        collection,
        docId,
        quarantine,
        local: local ? (local.toJSON() as Record<string, unknown>) : undefined,
        now: nowIso,
      });
    },
    discardRefused: (collection, docId) => discardRefusedRow(quarantine, collection, docId),
    async syncNow() {
      retry.wake();
      resyncAll();
      // RxDB queues the re-sync asynchronously: let it enter the queue before callers await it.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    async awaitInSync() {
      await Promise.all([...replications.values()].map((replication) => replication.awaitInSync()));
      await Promise.all([...trackers.values()].map((tracker) => tracker.settled()));
      store.refresh();
    },
    stop() {
      stopping ??= (async () => {
        controller.abort();
        for (const cleanup of cleanups.splice(0)) cleanup();
        await Promise.all([...replications.values()].map((replication) => replication.cancel()));
      })();
      return stopping;
    },
  };
}

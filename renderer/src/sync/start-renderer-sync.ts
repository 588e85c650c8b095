import type { KioskHostApi } from '#common/host-contract';
import type { EnrollmentStatus } from '#common/county-proxy-contract';
import { readServerCopy } from '#sync/blobs/blob-server-copy';
import type { BlobStore } from '#sync/blobs/blob-store';
import { createBlobUploader, type BlobUploader } from '#sync/blobs/blob-uploader';
import type { CouchTransport } from '#sync/replication/transport/couch-transport';
import { createHostCouchTransport } from '#sync/replication/transport/host-couch-transport';
import { startKioskSync, type BlobProgress, type KioskSync, type KioskSyncDatabases, type KioskSyncOptions } from '#sync/replication/kiosk-sync';
import type { KioskDatabase } from '../data/kiosk-database-types';
import { alertReceipts } from '../features/alerts/alert-receipts';
import type { ReportSyncFactsSource } from '../features/status/sync-facts';
import { createBlobProgressCache } from './blob-progress-cache';
import { createKioskSyncFactsSource } from './kiosk-sync-facts-source';

/** Seams for tests: the real sync and uploader by default. */
export interface SyncServices {
  startSync: (options: KioskSyncOptions) => Promise<KioskSync>;
  createUploader: (options: { store: BlobStore; transport: CouchTransport; blobsDb: string }) => Pick<BlobUploader, 'start' | 'stop' | 'wake' | 'status'>;
}

export const defaultSyncServices: SyncServices = { startSync: startKioskSync, createUploader: createBlobUploader };

export interface RunningSync {
  sync: KioskSync;
  facts: ReportSyncFactsSource;
  syncNow(): Promise<void>;
  stop(): Promise<void>;
}

const REQUIRED_DATABASES = ['reports', 'scans', 'heartbeats', 'config', 'policies', 'blobs'] as const;

/** The enrollment's database names, or undefined when the host's answer lacks one. */
export function enrolledDatabases(status: EnrollmentStatus): (KioskSyncDatabases & { blobs: string }) | undefined {
  const names = status.databases ?? {};
  if (!REQUIRED_DATABASES.every((kind) => typeof names[kind] === 'string' && names[kind] !== '')) return undefined;
  return names as unknown as KioskSyncDatabases & { blobs: string };
}

/** How often the blob cache checks whether the uploader finished a pass (it has no event). */
const UPLOADER_POLL_MS = 2_000;

/**
 * Starts everything the renderer runs for an enrolled kiosk: the five-collection sync through
 * the host's county proxy, the blob uploader into the village blobs database, the blob cache
 * the status model reads, heartbeats and county configuration arrivals. `stop()` undoes all of
 * it and may be called while starting.
 */
export async function startRendererSync(args: {
  host: KioskHostApi;
  database: KioskDatabase;
  blobs: BlobStore;
  status: EnrollmentStatus & { village: string; kioskId: string };
  services: SyncServices;
}): Promise<RunningSync> {
  const { host, database, blobs, status, services } = args;
  const databases = enrolledDatabases(status);
  if (!databases) throw new Error('the host reported an enrollment without all kiosk databases');
  const transport = createHostCouchTransport(host);
  const info = await host.invoke('system.info').catch(() => undefined);
  const appVersion = info?.appVersion ?? 'unknown';
  // Renderer crashes the host recovered from (Electron) go up with the heartbeat.
  const hostErrors = (info?.rendererRestarts ?? []).map((restart) => ({ at: restart.at, message: `the kiosk screen crashed and was reloaded: ${restart.reason}` }));
  const cache = createBlobProgressCache({
    store: blobs,
    serverHas: async (sha) => {
      const copy = await readServerCopy(transport, databases.blobs, sha);
      return (copy?.attachment?.length ?? 0) > 0;
    },
  });
  // `probe` answers "every blob uploaded" for the duration of one synchronous call, so the
  // facts source can ask whether only blobs keep a report 'waiting' (kiosk-sync-facts-source.ts).
  let probing = false;
  const progress: BlobProgress = {
    blobsUploaded: (report) => probing || cache.blobsUploaded(report),
    pendingCount: () => cache.pendingCount(),
    subscribe: (listener) => cache.subscribe?.(listener) ?? (() => undefined),
  };
  const uploader = services.createUploader({ store: blobs, transport, blobsDb: databases.blobs });
  let sync: KioskSync;
  try {
    sync = await services.startSync({
      database,
      transport,
      enrollment: { village: status.village, kioskId: status.kioskId, databases },
      ...(status.countyOrigin ? { serverIdentity: status.countyOrigin } : {}),
      blobs: progress,
      onKioskConfig: async (doc) => {
        // The host checks the county's signature, validates and layers it; a refused one is
        // reported there (config problems). The renderer only carries the document.
        const signed = { village: doc.village, config: doc.config, ...(doc.signature ? { signature: { ...doc.signature } } : {}) };
        await host.invoke('config.applyCounty', signed).catch((error: unknown) => {
          console.warn('[kiosk] the host did not apply a county configuration', error);
        });
      },
      // The host adds its facts (configuration, updates, disk, devices, speech) and learns what
      // waits to sync, so it never restarts for an update while reports are still on the kiosk.
      heartbeat: {
        appVersion,
        hostErrors: () => hostErrors,
        alertsShown: () => alertReceipts.list(),
        changes: (listener) => alertReceipts.subscribe(listener),
        hostHealth: (pendingSync) => host.invoke('system.health', { pendingSync }),
      },
    });
  } catch (error) {
    cache.stop();
    throw error;
  }
  uploader.start();
  await cache.refresh().catch(() => undefined);
  let lastPass = uploader.status().lastPass;
  const poll = setInterval(() => {
    const pass = uploader.status().lastPass;
    if (pass === lastPass) return;
    lastPass = pass;
    void cache.refresh().catch(() => undefined);
  }, UPLOADER_POLL_MS);

  const facts = createKioskSyncFactsSource({
    database,
    sync,
    deliveryOf: (report) => sync.reportStatus(report),
    probeDelivery: (report) => {
      probing = true;
      try {
        return sync.reportStatus(report);
      } finally {
        probing = false;
      }
    },
    blobs: cache,
  });

  return {
    sync,
    facts,
    async syncNow() {
      uploader.wake();
      await Promise.all([sync.syncNow(), cache.refresh().catch(() => undefined)]);
    },
    async stop() {
      clearInterval(poll);
      cache.stop();
      await Promise.all([uploader.stop(), sync.stop()]);
    },
  };
}

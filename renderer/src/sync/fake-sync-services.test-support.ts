import { BehaviorSubject } from 'rxjs';
import { vi } from 'vitest';
import type { KioskSync, KioskSyncOptions } from '#sync/replication/kiosk-sync';
import type { RetryOutcome } from '#sync/replication/status/refused-rows';
import { createMemoryQuarantineStore } from '#sync/replication/status/memory-quarantine-store';
import type { ReportDelivery, SyncStatus } from '#sync/replication/status/sync-status';
import type { SyncServices } from './start-renderer-sync';

export const IDLE_ALL_SENT: SyncStatus = { state: 'idle', pending: { reports: 0, scans: 0, blobs: 0 }, quarantined: 0, allSent: true, lastGoodSyncAt: '2025-03-01T08:30:00.000Z' };

/**
 * A controllable stand-in for startKioskSync and the blob uploader: the test sets the status,
 * fills the quarantine, answers `reportStatus`, and sees the options the provider passed.
 */
export function createFakeSyncServices(initial: SyncStatus = IDLE_ALL_SENT) {
  const status$ = new BehaviorSubject<SyncStatus>(initial);
  const quarantine = createMemoryQuarantineStore();
  const delivery: { of: (id: string) => ReportDelivery } = { of: () => 'saved' };
  const started: KioskSyncOptions[] = [];
  const syncNow = vi.fn(async () => undefined);
  /** What the next "重新发送" answers: the fake clears the entry when it was sent. */
  const retry: { outcome: RetryOutcome } = { outcome: { kind: 'sent' } };
  const sync: KioskSync = {
    status: () => status$.getValue(),
    status$,
    subscribe: (listener) => {
      const subscription = status$.subscribe(listener);
      return () => subscription.unsubscribe();
    },
    reportStatus: (report) => delivery.of(report.id),
    quarantine,
    retryRefused: vi.fn(async (collection, docId) => {
      const { outcome } = retry;
      if (outcome.kind === 'sent') await quarantine.clear(collection, docId, 'push');
      return outcome;
    }),
    discardRefused: vi.fn(async (collection, docId) => quarantine.clear(collection, docId, 'push')),
    syncNow,
    awaitInSync: async () => undefined,
    stop: vi.fn(async () => undefined),
    replications: new Map(),
  };
  const uploader = { start: vi.fn(), stop: vi.fn(async () => undefined), wake: vi.fn(), status: () => ({ state: 'idle' as const, failedPasses: 0 }) };
  const services: SyncServices = {
    startSync: async (options) => {
      started.push(options);
      return sync;
    },
    createUploader: () => uploader,
  };
  return {
    services,
    sync,
    syncNow,
    uploader,
    started,
    quarantine,
    delivery,
    retry,
    setStatus: (status: SyncStatus) => status$.next(status),
  };
}

export const ENROLLED = {
  enrolled: true,
  village: 'qingshan',
  kioskId: 'kiosk-01',
  countyOrigin: 'https://county.example:6984',
  databases: {
    reports: 'village-qingshan-reports',
    scans: 'village-qingshan-scans',
    heartbeats: 'village-qingshan-heartbeats',
    config: 'village-qingshan-config',
    blobs: 'village-qingshan-blobs',
    policies: 'county-policies',
  },
};

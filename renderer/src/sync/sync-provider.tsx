import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { EnrollmentStatus } from '#common/county-proxy-contract';
import type { QuarantineEntry } from '#sync/replication/status/quarantine-store';
import { NOT_ENROLLED_STATUS, type SyncStatus } from '#sync/replication/status/sync-status';
import { useKioskData } from '../data/data-context';
import { createLocalSyncFactsSource } from '../features/status/local-sync-facts-source';
import { SyncFactsProvider } from '../features/status/sync-facts-context';
import { useHost } from '../host/host-context';
import { SyncContext, type EnrollmentView, type SyncContextValue } from './sync-context';
import { defaultSyncServices, startRendererSync, type RunningSync, type SyncServices } from './start-renderer-sync';

/** Shown between "enrolled" and the sync's first status: nothing is known to be sent yet. */
const STARTING_STATUS: SyncStatus = { state: 'syncing', pending: { reports: 0, scans: 0, blobs: 0 }, quarantined: 0, allSent: false };

const NO_ENTRIES: readonly QuarantineEntry[] = Object.freeze([]);

function viewOf(status: EnrollmentStatus): EnrollmentView {
  if (!status.enrolled || !status.village || !status.kioskId) return { state: 'not-enrolled' };
  return {
    state: 'enrolled',
    village: status.village,
    ...(status.villageName ? { villageName: status.villageName } : {}),
    kioskId: status.kioskId,
    ...(status.countyOrigin ? { countyOrigin: status.countyOrigin } : {}),
  };
}

/**
 * Runs the kiosk's sync with the county for as long as the app is open (mounted once, below
 * the local stores and above the session: an idle reset never stops or restarts it).
 *
 * - Not enrolled (or the host cannot say): no sync, status 'not-enrolled'; the kiosk works
 *   offline as before and the status screens read the local stores.
 * - Enrolled: startRendererSync through the host's county proxy; the status screens' facts
 *   then come from the running sync (SyncFactsProvider is always mounted, so switching the
 *   source never remounts the screens below).
 * Everything started is stopped on unmount.
 */
export function SyncProvider({ children, services = defaultSyncServices }: { children: ReactNode; services?: SyncServices }) {
  const host = useHost();
  const { database, blobs } = useKioskData();
  const [enrollment, setEnrollment] = useState<EnrollmentStatus | 'checking' | 'unavailable'>('checking');
  // Everything the running sync reports is keyed by the enrollment it runs for: an answer of
  // an earlier enrollment (or of a stopped sync) is never shown for the current one.
  const [run, setRun] = useState<{ key: string; running?: RunningSync; status?: SyncStatus; quarantine?: readonly QuarantineEntry[] }>();

  useEffect(() => {
    let cancelled = false;
    host.invoke('county.status').then(
      (answer) => !cancelled && setEnrollment(answer),
      (error: unknown) => {
        console.warn('[kiosk] cannot ask the host about the enrollment', error);
        if (!cancelled) setEnrollment('unavailable');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [host]);

  const view = useMemo<EnrollmentView>(() => (typeof enrollment === 'string' ? { state: enrollment } : viewOf(enrollment)), [enrollment]);
  // Restart only when the enrollment itself changes (a new file), not on every answer object.
  const enrolledKey = view.state === 'enrolled' ? JSON.stringify(enrollment) : undefined;

  useEffect(() => {
    if (enrolledKey === undefined) return;
    const status = JSON.parse(enrolledKey) as EnrollmentStatus & { village: string; kioskId: string };
    const key = enrolledKey;
    let stopped = false;
    const unsubscribes: (() => void)[] = [];
    const update = (change: Partial<NonNullable<typeof run>>) => {
      if (!stopped) setRun((current) => ({ ...(current?.key === key ? current : {}), ...change, key }));
    };
    const starting = startRendererSync({ host, database, blobs, status, services });
    starting.then(
      (started) => {
        if (stopped) return;
        update({ running: started });
        unsubscribes.push(
          started.sync.subscribe((next) => update({ status: next })),
          started.sync.quarantine.subscribe((entries) => update({ quarantine: entries })),
        );
      },
      (error: unknown) => {
        console.error('[kiosk] the sync did not start', error);
        const message = error instanceof Error ? error.message : String(error);
        update({ status: { ...STARTING_STATUS, state: 'error', lastError: { kind: 'server', message, at: new Date().toISOString() } } });
      },
    );
    return () => {
      stopped = true;
      unsubscribes.forEach((unsubscribe) => unsubscribe());
      void starting.then((started) => started.stop()).catch(() => undefined);
    };
  }, [enrolledKey, host, database, blobs, services]);

  const enroll = useCallback(
    async (enrollmentJson: string) => {
      const answer = await host.invoke('county.enroll', { enrollmentJson });
      setEnrollment(answer);
    },
    [host],
  );
  const current = enrolledKey !== undefined && run?.key === enrolledKey ? run : undefined;
  const running = current?.running;
  const status = enrolledKey === undefined ? NOT_ENROLLED_STATUS : (current?.status ?? STARTING_STATUS);
  const quarantine = current?.quarantine ?? NO_ENTRIES;
  const syncNow = useCallback(async () => {
    await running?.syncNow();
  }, [running]);

  const retryRefused = useCallback(
    async (entry: QuarantineEntry) => {
      if (!running) throw new Error('the sync is not running');
      return running.sync.retryRefused(entry.collection, entry.docId);
    },
    [running],
  );
  const discardRefused = useCallback(
    async (entry: QuarantineEntry) => {
      if (!running) throw new Error('the sync is not running');
      await running.sync.discardRefused(entry.collection, entry.docId);
    },
    [running],
  );

  const value = useMemo<SyncContextValue>(
    () => ({ enrollment: view, status, quarantine, syncNow, enroll, retryRefused, discardRefused }),
    [view, status, quarantine, syncNow, enroll, retryRefused, discardRefused],
  );
  const facts = useMemo(() => running?.facts ?? createLocalSyncFactsSource({ database, blobs }), [running, database, blobs]);

  return (
    <SyncContext.Provider value={value}>
      <SyncFactsProvider source={facts}>{children}</SyncFactsProvider>
    </SyncContext.Provider>
  );
}

import type { KioskDatabase } from '../../schema/create-kiosk-database';
import { buildHeartbeat } from './heartbeat';
import type { KioskEnrollment } from '../kiosk-enrollment';
import type { SyncStatusStore } from '../status/sync-status-store';

export interface HeartbeatOptions {
  appVersion: string;
  updateState?: () => string;
  /** Problems the host saw that the sync did not (renderer crashes it recovered from). */
  hostErrors?: () => { at: string; message: string }[];
  /** Default 15 minutes. */
  intervalMs?: number;
  /** Emergency alerts this kiosk showed (and when they were acknowledged), for the county's reach. */
  alertsShown?: () => readonly { id: string; shownAt: string; acknowledgedAt?: string }[];
  /** Called with a listener that is told when what the heartbeat reports changed: it is written then, not 15 minutes later. */
  changes?: (listener: () => void) => () => void;
}

/**
 * Writes the kiosk's heartbeat document now and every `intervalMs` (default 15 minutes); the
 * heartbeats replication carries it up. One document per kiosk, overwritten in place.
 * Returns the function that stops it.
 */
export function startHeartbeats(
  database: KioskDatabase,
  enrollment: KioskEnrollment,
  options: HeartbeatOptions,
  store: SyncStatusStore,
  now: () => Date,
): () => void {
  const write = () => {
    const doc = buildHeartbeat({
      village: enrollment.village,
      kioskId: enrollment.kioskId,
      appVersion: options.appVersion,
      updateState: options.updateState?.() ?? 'unknown',
      status: store.current,
      errors: [...(options.hostErrors?.() ?? []), ...store.errors],
      now: now(),
      alertsShown: options.alertsShown?.() ?? [],
    });
    void database.heartbeats.upsert(doc).catch(() => undefined);
  };
  write();
  const timer = setInterval(write, options.intervalMs ?? 15 * 60_000);
  const unsubscribe = options.changes?.(write);
  return () => {
    clearInterval(timer);
    unsubscribe?.();
  };
}

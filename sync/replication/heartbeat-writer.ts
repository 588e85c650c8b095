import type { KioskDatabase } from '../schema/create-kiosk-database';
import { buildHeartbeat } from './heartbeat';
import type { HeartbeatOptions, KioskEnrollment } from './kiosk-sync';
import type { SyncStatusStore } from './sync-status-store';

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
      errors: store.errors,
      now: now(),
    });
    void database.heartbeats.upsert(doc).catch(() => undefined);
  };
  write();
  const timer = setInterval(write, options.intervalMs ?? 15 * 60_000);
  return () => clearInterval(timer);
}

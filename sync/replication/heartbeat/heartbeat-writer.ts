import type { KioskDatabase } from '../../schema/create-kiosk-database';
import { buildHeartbeat, type HeartbeatHostFacts } from './heartbeat';
import type { KioskEnrollment } from '../kiosk-enrollment';
import type { SyncStatusStore } from '../status/sync-status-store';

export interface HeartbeatOptions {
  appVersion: string;
  updateState?: () => string;
  /** Problems the host saw that the sync did not (renderer crashes it recovered from). */
  hostErrors?: () => { at: string; message: string }[];
  /**
   * The host's facts (configuration version and problem, update state, disk, devices, speech,
   * the configured interval). Told what waits to sync, so the host installs no update meanwhile.
   */
  hostHealth?: (pendingSync: number) => Promise<(HeartbeatHostFacts & { heartbeatMinutes?: number }) | undefined>;
  /** Fixed interval (tests); otherwise the host's configured `heartbeatMinutes`, default 15. */
  intervalMs?: number;
  /** Emergency alerts this kiosk showed (and when they were acknowledged), for the county's reach. */
  alertsShown?: () => readonly { id: string; shownAt: string; acknowledgedAt?: string }[];
  /** Called with a listener that is told when what the heartbeat reports changed: it is written then, not 15 minutes later. */
  changes?: (listener: () => void) => () => void;
}

const DEFAULT_MINUTES = 15;

/** Local midnight of the kiosk's clock: "today" is what the clerk means by today. */
function startOfToday(now: Date): string {
  const midnight = new Date(now);
  midnight.setHours(0, 0, 0, 0);
  return midnight.toISOString();
}

/**
 * Writes the kiosk's heartbeat document now, whenever what it reports changes, and at the
 * configured interval (re-read every time, so a county configuration changes it without a
 * restart); the heartbeats replication carries it up. One document per kiosk, overwritten in
 * place. Returns the function that stops it.
 */
export function startHeartbeats(
  database: KioskDatabase,
  enrollment: KioskEnrollment,
  options: HeartbeatOptions,
  store: SyncStatusStore,
  now: () => Date,
): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = async (): Promise<number> => {
    const status = store.current;
    const pending = status.pending.reports + status.pending.scans + status.pending.blobs;
    const host = await options.hostHealth?.(pending).catch(() => undefined);
    const at = now();
    const reportsToday = await database.reports
      .count({ selector: { createdAt: { $gte: startOfToday(at) } } })
      .exec()
      .catch(() => 0);
    const minutes = host?.heartbeatMinutes ?? DEFAULT_MINUTES;
    const { heartbeatMinutes: _minutes, ...hostFacts } = host ?? { heartbeatMinutes: undefined };
    const doc = buildHeartbeat({
      village: enrollment.village,
      kioskId: enrollment.kioskId,
      appVersion: options.appVersion,
      updateState: options.updateState?.() ?? 'unknown',
      status,
      errors: [...(options.hostErrors?.() ?? []), ...store.errors],
      now: at,
      alertsShown: options.alertsShown?.() ?? [],
      intervalMinutes: minutes,
      reportsToday,
      host: host ? (hostFacts as HeartbeatHostFacts) : undefined,
    });
    if (!stopped) await database.heartbeats.upsert(doc).catch(() => undefined);
    return options.intervalMs ?? minutes * 60_000;
  };
  const loop = () => {
    void write()
      .catch(() => options.intervalMs ?? DEFAULT_MINUTES * 60_000)
      .then((delay) => {
        if (!stopped) timer = setTimeout(loop, delay);
      });
  };
  loop();
  const unsubscribe = options.changes?.(() => void write().catch(() => undefined));
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    unsubscribe?.();
  };
}

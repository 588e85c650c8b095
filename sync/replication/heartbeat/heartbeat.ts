import { HEARTBEAT_MAX_ALERTS, HEARTBEAT_MAX_ERRORS, type HeartbeatDocType } from '../../schema/heartbeat-schema';
import type { SyncStatus } from '../status/sync-status';

/**
 * The kiosk's heartbeat document (one per kiosk, id = kioskId, overwritten in place) built
 * from the sync status, for the county's fleet view. Times are the kiosk clock: the county
 * reads them as "what the kiosk believed", never to order anything.
 */
export interface HeartbeatFacts {
  village: string;
  kioskId: string;
  appVersion: string;
  updateState: string;
  status: SyncStatus;
  errors: readonly { at: string; message: string }[];
  now: Date;
  alertsShown?: readonly { id: string; shownAt: string; acknowledgedAt?: string }[];
  intervalMinutes: number;
  reportsToday: number;
  /** The host's half (electron/common host contract `system.health`), when it answered. */
  host?: HeartbeatHostFacts | undefined;
}

/** Structurally the host contract's HostHealth, restated so sync/ stays below the contract. */
export interface HeartbeatHostFacts {
  configVersion: string;
  configProblem?: string | undefined;
  updateState: string;
  update?: { version?: string | undefined; refusal?: string | undefined } | undefined;
  freeDiskMb?: number | undefined;
  devices: { printer: 'ok' | 'missing' | 'none'; keypad: 'ok' | 'missing' | 'none'; scanner: 'ok' | 'missing' | 'none' };
  speechEngine: string;
}

export function buildHeartbeat(facts: HeartbeatFacts): HeartbeatDocType {
  const { status, host } = facts;
  const cap = (text: string, max: number) => text.slice(0, max);
  return {
    id: facts.kioskId,
    type: 'heartbeat',
    village: facts.village,
    kioskId: facts.kioskId,
    appVersion: facts.appVersion.slice(0, 64) || 'unknown',
    ...(status.lastGoodSyncAt !== undefined ? { lastGoodSyncAt: status.lastGoodSyncAt } : {}),
    pending: { ...status.pending },
    quarantined: status.quarantined,
    updateState: (host?.updateState ?? facts.updateState).slice(0, 64) || 'unknown',
    lastErrors: facts.errors.slice(-HEARTBEAT_MAX_ERRORS).map((e) => ({ at: e.at, message: e.message.slice(0, 500) })),
    ...(facts.alertsShown && facts.alertsShown.length > 0
      ? {
          alertsShown: [...facts.alertsShown]
            .sort((a, b) => b.shownAt.localeCompare(a.shownAt))
            .slice(0, HEARTBEAT_MAX_ALERTS)
            .map((a) => ({ id: a.id, shownAt: a.shownAt, ...(a.acknowledgedAt ? { acknowledgedAt: a.acknowledgedAt } : {}) })),
        }
      : {}),
    sentAt: facts.now.toISOString(),
    intervalMinutes: Math.max(0, Math.round(facts.intervalMinutes)),
    reportsToday: Math.max(0, Math.round(facts.reportsToday)),
    ...(host
      ? {
          configVersion: cap(host.configVersion, 64),
          ...(host.configProblem ? { configProblem: cap(host.configProblem, 300) } : {}),
          ...(host.update
            ? {
                updateDetail: {
                  ...(host.update.version ? { version: cap(host.update.version, 64) } : {}),
                  ...(host.update.refusal ? { refusal: cap(host.update.refusal, 300) } : {}),
                },
              }
            : {}),
          ...(host.freeDiskMb !== undefined ? { freeDiskMb: Math.max(0, Math.floor(host.freeDiskMb)) } : {}),
          devices: { ...host.devices },
          speechEngine: cap(host.speechEngine, 32),
        }
      : {}),
  };
}

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
}

export function buildHeartbeat(facts: HeartbeatFacts): HeartbeatDocType {
  const { status } = facts;
  return {
    id: facts.kioskId,
    type: 'heartbeat',
    village: facts.village,
    kioskId: facts.kioskId,
    appVersion: facts.appVersion.slice(0, 64) || 'unknown',
    ...(status.lastGoodSyncAt !== undefined ? { lastGoodSyncAt: status.lastGoodSyncAt } : {}),
    pending: { ...status.pending },
    quarantined: status.quarantined,
    updateState: facts.updateState.slice(0, 64) || 'unknown',
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
  };
}

import type { HeartbeatDocType } from '#sync/schema/heartbeat-schema';

/**
 * A kiosk's state in words, from its latest heartbeat (written every 15 minutes,
 * sync/replication/heartbeat/heartbeat-writer.ts):
 * - 失联 (lost): no heartbeat for an hour (four missed) — since its last heartbeat;
 * - 需要关注 (attention): it speaks, but something needs a person: documents the county refused
 *   and set aside, an update that failed, an error in the last day, or no good sync for an hour;
 * - 正常 (ok): none of those.
 * Times are the kiosk's own clock (as `county fleet` says).
 */
export type FleetState = 'ok' | 'attention' | 'lost';
export type FleetReason =
  | { kind: 'quarantined'; count: number }
  | { kind: 'update-error' }
  | { kind: 'recent-error'; at: string; message: string }
  | { kind: 'no-good-sync'; since: string | null }
  | { kind: 'pending'; reports: number; scans: number; blobs: number };

export interface FleetEntry {
  village: string;
  kioskId: string;
  appVersion: string;
  state: FleetState;
  /** For 'lost': the last heartbeat. */
  since: string;
  reasons: FleetReason[];
}

export const LOST_AFTER_MS = 60 * 60_000;
const RECENT_ERROR_MS = 24 * 60 * 60_000;
const SYNC_STALE_MS = 60 * 60_000;

export type Heartbeat = Partial<HeartbeatDocType> & { _id: string; village: string };

export function fleetEntry(doc: Heartbeat, now: Date): FleetEntry {
  const sentAt = typeof doc.sentAt === 'string' ? doc.sentAt : '';
  const age = now.getTime() - (Date.parse(sentAt) || 0);
  const reasons: FleetReason[] = [];
  if ((doc.quarantined ?? 0) > 0) reasons.push({ kind: 'quarantined', count: doc.quarantined ?? 0 });
  if (doc.updateState === 'error') reasons.push({ kind: 'update-error' });
  const latestError = [...(doc.lastErrors ?? [])].sort((a, b) => b.at.localeCompare(a.at))[0];
  if (latestError && now.getTime() - Date.parse(latestError.at) < RECENT_ERROR_MS) reasons.push({ kind: 'recent-error', at: latestError.at, message: latestError.message });
  const lastGood = doc.lastGoodSyncAt ?? null;
  if (!lastGood || now.getTime() - Date.parse(lastGood) > SYNC_STALE_MS) reasons.push({ kind: 'no-good-sync', since: lastGood });
  const pending = doc.pending;
  if (pending && pending.reports + pending.scans + pending.blobs > 0 && reasons.length > 0) reasons.push({ kind: 'pending', ...pending });
  const state: FleetState = age > LOST_AFTER_MS ? 'lost' : reasons.length > 0 ? 'attention' : 'ok';
  return { village: doc.village, kioskId: doc.kioskId ?? doc._id, appVersion: doc.appVersion ?? '?', state, since: sentAt, reasons };
}

import type { CouchDoc } from '../../couchdb/couch-client';

/** One kiosk's line in the fleet view, from its heartbeat (sync/schema/heartbeat-schema.ts). */
export interface FleetRow {
  kiosk: string;
  village: string;
  version: string;
  configVersion: string | null;
  /** The county configuration the kiosk refused, and why (the last good one stays in force). */
  configProblem: string | null;
  lastGoodSync: string | null;
  pending: { reports: number; scans: number; blobs: number } | null;
  quarantined: number | null;
  updateState: string | null;
  updateRefusal: string | null;
  freeDiskMb: number | null;
  devices: Record<string, string> | null;
  speechEngine: string | null;
  reportsToday: number | null;
  intervalMinutes: number | null;
  lastError: string | null;
  lastErrorAt: string | null;
  sentAt: string | null;
}


/** Tolerant of old or partial heartbeats: a missing field shows as unknown, never crashes the view. */
export function fleetRow(village: string, doc: CouchDoc): FleetRow {
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
  const pending = doc.pending as Record<string, unknown> | undefined;
  const errors = Array.isArray(doc.lastErrors) ? (doc.lastErrors as { at?: unknown; message?: unknown }[]) : [];
  const latest = [...errors].sort((a, b) => (text(b.at) ?? '').localeCompare(text(a.at) ?? ''))[0];
  const update = (doc.updateDetail ?? {}) as Record<string, unknown>;
  const devices = doc.devices && typeof doc.devices === 'object' && !Array.isArray(doc.devices) ? (doc.devices as Record<string, unknown>) : null;
  return {
    kiosk: text(doc.kioskId) ?? doc._id,
    village,
    version: text(doc.appVersion) ?? '?',
    configVersion: text(doc.configVersion),
    configProblem: text(doc.configProblem),
    lastGoodSync: text(doc.lastGoodSyncAt),
    pending:
      pending && typeof pending === 'object'
        ? { reports: count(pending.reports) ?? 0, scans: count(pending.scans) ?? 0, blobs: count(pending.blobs) ?? 0 }
        : null,
    quarantined: count(doc.quarantined),
    updateState: text(doc.updateState),
    updateRefusal: text(update.refusal),
    freeDiskMb: count(doc.freeDiskMb),
    devices: devices ? Object.fromEntries(Object.entries(devices).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : []))) : null,
    speechEngine: text(doc.speechEngine),
    reportsToday: count(doc.reportsToday),
    intervalMinutes: count(doc.intervalMinutes),
    lastError: latest ? `${text(latest.at) ?? ''} ${text(latest.message) ?? ''}`.trim() : null,
    lastErrorAt: latest ? text(latest.at) : null,
    sentAt: text(doc.sentAt),
  };
}

/**
 * Who this kiosk is to the county, as its enrollment file says: the village, the kiosk id and
 * the county databases it replicates with. Shared by the orchestrator and the heartbeat writer,
 * so neither imports the other for it.
 */
/** The `databases` of the county's enrollment file (sync/couchdb database-names.ts). */
export interface KioskSyncDatabases {
  reports: string;
  scans: string;
  heartbeats: string;
  config: string;
  policies: string;
  /** The village's notices (both ways). Absent in enrollment files older than notices: not synced then. */
  notices?: string;
  /** The county-wide emergency alerts (read only). Absent in older enrollment files: not synced then. */
  alerts?: string;
}

export interface KioskEnrollment {
  village: string;
  kioskId: string;
  databases: KioskSyncDatabases;
}

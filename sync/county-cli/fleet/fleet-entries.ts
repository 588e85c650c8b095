import type { CouchDoc } from '../../couchdb/couch-client';
import { fleetHealth, type FleetHealth } from './fleet-status';
import { fleetRow, type FleetRow } from './fleet-row';

export interface FleetEntry {
  town: string;
  village: string;
  row: FleetRow;
  health: FleetHealth;
}

/** Kiosks of villages missing from `--towns`. */
export const NO_TOWN = '未分乡镇';

/**
 * Every provisioned kiosk once (a kiosk that never reported is listed as 失联 since never) plus
 * any kiosk that reports without being in `_users` (e.g. the CLI is not a server admin), each
 * with its status word and reasons, sorted by town, village and kiosk.
 */
export function buildFleetEntries(input: {
  heartbeats: readonly { village: string; doc: CouchDoc }[];
  provisioned: readonly { village: string; kioskId: string }[];
  towns: Readonly<Record<string, string>>;
  now: Date;
  lostAfterMinutes?: number;
}): FleetEntry[] {
  const rows = new Map<string, FleetRow>();
  for (const { village, doc } of input.heartbeats) {
    if (doc.type !== 'heartbeat') continue;
    const row = fleetRow(village, doc);
    rows.set(`${village}/${row.kiosk}`, row);
  }
  for (const { village, kioskId } of input.provisioned) {
    if (!rows.has(`${village}/${kioskId}`)) rows.set(`${village}/${kioskId}`, fleetRow(village, { _id: kioskId, kioskId }));
  }
  const options = { now: input.now, ...(input.lostAfterMinutes ? { lostAfterMinutes: input.lostAfterMinutes } : {}) };
  return [...rows.values()]
    .map((row) => ({ town: input.towns[row.village] ?? NO_TOWN, village: row.village, row, health: fleetHealth(row, options) }))
    .sort((a, b) => a.town.localeCompare(b.town, 'zh-CN') || a.village.localeCompare(b.village) || a.row.kiosk.localeCompare(b.row.kiosk));
}


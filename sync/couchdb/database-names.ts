/**
 * Names of the county CouchDB databases. Tenancy is per database (DESIGN.md §5): CouchDB lets
 * every member read every document of a database, so each village gets its own databases and
 * every one of their names carries the village code. Nothing here may ever map two villages
 * to the same database.
 *
 * A prefix namespaces a whole deployment on a shared server (tests on a real CouchDB use a
 * random one per run so repeated runs never collide). It is prepended verbatim, so end it
 * with '-' (`t3f9a-` → `t3f9a-village-xiaohe-reports`).
 */

import { VILLAGE_CODE_PATTERN, VILLAGE_CODE_RULE } from '#kiosk-config/village-code';

/** The one village-code rule (kiosk-config/village-code.ts), re-exported for the county side. */
export { VILLAGE_CODE_PATTERN };

/** CouchDB database names must start with a letter; we allow a strict subset of its alphabet. */
export const DATABASE_PREFIX_PATTERN = /^([a-z][a-z0-9_-]{0,39})?$/;

/** One database per replicated collection (RxDB's pull has no filter) plus one for blobs. */
export const VILLAGE_DATABASE_KINDS = ['reports', 'scans', 'heartbeats', 'config', 'blobs', 'notices'] as const;
export type VillageDatabaseKind = (typeof VILLAGE_DATABASE_KINDS)[number];

export type VillageDatabaseNames = Record<VillageDatabaseKind, string>;

export interface CountyDatabaseNames {
  /** County-wide policies: kiosks read, only the county writes. */
  policies: string;
  /** County-wide emergency alerts, each naming its villages: kiosks read, only the county writes. */
  alerts: string;
  /** Where the county's replicator gathers every village's documents for county-side views. */
  gather: string;
}

/** The document `type` each village database accepts (blobs carry no type: see validate-village.js). */
export const DOCUMENT_TYPE_BY_KIND: Record<VillageDatabaseKind, string | null> = {
  reports: 'report',
  scans: 'scan',
  heartbeats: 'heartbeat',
  config: 'kiosk_config',
  blobs: null,
  notices: 'notice',
};

export function assertVillageCode(village: string): void {
  if (!VILLAGE_CODE_PATTERN.test(village)) {
    throw new Error(`invalid village code ${JSON.stringify(village)}: ${VILLAGE_CODE_RULE}`);
  }
}

export function assertDatabasePrefix(prefix: string): void {
  if (!DATABASE_PREFIX_PATTERN.test(prefix)) {
    throw new Error(`invalid database prefix ${JSON.stringify(prefix)}: lowercase letters, digits, "_" or "-", starting with a letter`);
  }
}

export function databaseNames(village: string, prefix = ''): VillageDatabaseNames {
  assertVillageCode(village);
  assertDatabasePrefix(prefix);
  const names = {} as VillageDatabaseNames;
  for (const kind of VILLAGE_DATABASE_KINDS) names[kind] = `${prefix}village-${village}-${kind}`;
  return names;
}

export function countyDatabaseNames(prefix = ''): CountyDatabaseNames {
  assertDatabasePrefix(prefix);
  return { policies: `${prefix}county-policies`, alerts: `${prefix}county-alerts`, gather: `${prefix}county-gather` };
}

/**
 * The inverse of `databaseNames` for one prefix: which village and kind a database belongs to,
 * or undefined for any other database. Used to enumerate provisioned villages from `_all_dbs`.
 * Unambiguous because the kind is a fixed suffix and the village code may contain '-'.
 */
export function parseVillageDatabaseName(
  name: string,
  prefix = '',
): { village: string; kind: VillageDatabaseKind } | undefined {
  const head = `${prefix}village-`;
  if (!name.startsWith(head)) return undefined;
  const rest = name.slice(head.length);
  for (const kind of VILLAGE_DATABASE_KINDS) {
    const suffix = `-${kind}`;
    if (!rest.endsWith(suffix)) continue;
    const village = rest.slice(0, -suffix.length);
    if (VILLAGE_CODE_PATTERN.test(village)) return { village, kind };
  }
  return undefined;
}

import type { MigrationStrategies, RxJsonSchema } from 'rxdb';
import { heartbeatSchema } from './heartbeat-schema';
import type { HeartbeatDocType } from './heartbeat-schema';
import { kioskConfigDocSchema, kioskConfigMigrationStrategies } from './kiosk-config-doc-schema';
import type { KioskConfigDocType } from './kiosk-config-doc-schema';
import { policyMigrationStrategies, policySchema } from './policy-schema';
import type { PolicyDocType } from './policy-schema';
import { reportMigrationStrategies, reportSchema } from './report-schema';
import type { ReportDocType } from './report-schema';
import { scanSchema } from './scan-schema';
import type { ScanDocType } from './scan-schema';

/**
 * Every collection of the kiosk database: the one list that creating a database, the
 * precompiled validators and the replication all read, so a collection cannot be added to
 * one and forgotten in another. Five collections: the open-source RxDB build allows 13 open
 * at once per process (PITFALLS.md), i.e. two kiosk databases.
 */
export const KIOSK_COLLECTION_NAMES = ['reports', 'scans', 'policies', 'kiosk_config', 'heartbeats'] as const;
export type KioskCollectionName = (typeof KIOSK_COLLECTION_NAMES)[number];

export interface KioskDocTypes {
  reports: ReportDocType;
  scans: ScanDocType;
  policies: PolicyDocType;
  kiosk_config: KioskConfigDocType;
  heartbeats: HeartbeatDocType;
}

/** The `type` field each collection's documents carry (checked by CouchDB's validate_doc_update too). */
export const DOC_TYPE_BY_COLLECTION = {
  reports: 'report',
  scans: 'scan',
  policies: 'policy',
  kiosk_config: 'kiosk_config',
  heartbeats: 'heartbeat',
} as const satisfies { [N in KioskCollectionName]: KioskDocTypes[N]['type'] };

export interface KioskCollectionDefinition<DocType> {
  schema: RxJsonSchema<DocType>;
  /** Keyed by the version migrated to; one entry per version above 0. */
  migrationStrategies: MigrationStrategies;
}

export const kioskCollections: { readonly [N in KioskCollectionName]: KioskCollectionDefinition<KioskDocTypes[N]> } = {
  reports: { schema: reportSchema, migrationStrategies: reportMigrationStrategies },
  scans: { schema: scanSchema, migrationStrategies: {} },
  policies: { schema: policySchema, migrationStrategies: policyMigrationStrategies },
  kiosk_config: { schema: kioskConfigDocSchema, migrationStrategies: kioskConfigMigrationStrategies },
  heartbeats: { schema: heartbeatSchema, migrationStrategies: {} },
};

export function isKioskCollectionName(value: unknown): value is KioskCollectionName {
  return typeof value === 'string' && (KIOSK_COLLECTION_NAMES as readonly string[]).includes(value);
}

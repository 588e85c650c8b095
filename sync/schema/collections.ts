import type { MigrationStrategies, RxJsonSchema } from 'rxdb';
import { alertSchema } from './alert-schema';
import type { AlertDocType } from './alert-schema';
import { heartbeatMigrationStrategies, heartbeatSchema } from './heartbeat-schema';
import type { HeartbeatDocType } from './heartbeat-schema';
import { kioskConfigDocSchema, kioskConfigMigrationStrategies } from './kiosk-config-doc-schema';
import { noticeSchema } from './notice-schema';
import type { NoticeDocType } from './notice-schema';
import type { KioskConfigDocType } from './kiosk-config-doc-schema';
import { policyMigrationStrategies, policySchema } from './policy-schema';
import type { PolicyDocType } from './policy-schema';
import { reportMigrationStrategies, reportSchema } from './report-schema';
import type { ReportDocType } from './report-schema';
import { scanMigrationStrategies, scanSchema } from './scan-schema';
import type { ScanDocType } from './scan-schema';

/**
 * Every collection of the kiosk database: the one list that creating a database, the
 * precompiled validators and the replication all read, so a collection cannot be added to
 * one and forgotten in another. Seven collections, and the sync adds its quarantine: 8 per
 * kiosk database. The open-source RxDB build opens at most 14 collections per process (a 14th
 * waits 1.8 s, a 15th throws COL23, PITFALLS.md): one kiosk database with sync per process,
 * or two when both keep their quarantine elsewhere (7 + 7). Adding a collection means
 * checking the tests that open two kiosks in one process (tests/integration/replication).
 */
export const KIOSK_COLLECTION_NAMES = ['reports', 'scans', 'policies', 'kiosk_config', 'heartbeats', 'notices', 'alerts'] as const;
export type KioskCollectionName = (typeof KIOSK_COLLECTION_NAMES)[number];

export interface KioskDocTypes {
  reports: ReportDocType;
  scans: ScanDocType;
  policies: PolicyDocType;
  kiosk_config: KioskConfigDocType;
  heartbeats: HeartbeatDocType;
  notices: NoticeDocType;
  alerts: AlertDocType;
}

/** The `type` field each collection's documents carry (checked by CouchDB's validate_doc_update too). */
export const DOC_TYPE_BY_COLLECTION = {
  reports: 'report',
  scans: 'scan',
  policies: 'policy',
  kiosk_config: 'kiosk_config',
  heartbeats: 'heartbeat',
  notices: 'notice',
  alerts: 'alert',
} as const satisfies { [N in KioskCollectionName]: KioskDocTypes[N]['type'] };

export interface KioskCollectionDefinition<DocType> {
  schema: RxJsonSchema<DocType>;
  /** Keyed by the version migrated to; one entry per version above 0. */
  migrationStrategies: MigrationStrategies;
}

export const kioskCollections: { readonly [N in KioskCollectionName]: KioskCollectionDefinition<KioskDocTypes[N]> } = {
  reports: { schema: reportSchema, migrationStrategies: reportMigrationStrategies },
  scans: { schema: scanSchema, migrationStrategies: scanMigrationStrategies },
  policies: { schema: policySchema, migrationStrategies: policyMigrationStrategies },
  kiosk_config: { schema: kioskConfigDocSchema, migrationStrategies: kioskConfigMigrationStrategies },
  heartbeats: { schema: heartbeatSchema, migrationStrategies: heartbeatMigrationStrategies },
  notices: { schema: noticeSchema, migrationStrategies: {} },
  alerts: { schema: alertSchema, migrationStrategies: {} },
};

export function isKioskCollectionName(value: unknown): value is KioskCollectionName {
  return typeof value === 'string' && (KIOSK_COLLECTION_NAMES as readonly string[]).includes(value);
}

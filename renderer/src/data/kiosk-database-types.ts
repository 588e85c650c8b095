import type { RxDocument } from 'rxdb';
import type { KioskCollectionName, KioskDocTypes } from '#sync/schema/collections';
import type { KioskCollections, KioskDatabase } from '#sync/schema/create-kiosk-database';

/** The typed kiosk database and its collections, derived from the schemas (sync/schema). */
export type { KioskCollections, KioskDatabase, KioskCollectionName, KioskDocTypes };

export type ReportCollection = KioskCollections['reports'];
export type ScanCollection = KioskCollections['scans'];
export type PolicyCollection = KioskCollections['policies'];
export type KioskConfigCollection = KioskCollections['kiosk_config'];
export type HeartbeatCollection = KioskCollections['heartbeats'];

export type KioskDocument<N extends KioskCollectionName> = RxDocument<KioskDocTypes[N]>;

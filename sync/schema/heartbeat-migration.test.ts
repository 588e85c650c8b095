import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createRxDatabase } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { describe, expect, it } from 'vitest';
import { kioskCollections } from './collections';
import { closeKioskDatabase, createKioskDatabase } from './create-kiosk-database';
import { heartbeatSchemaV1 } from './heartbeat-schema';
import { kioskConfigDocSchemaV0 } from './kiosk-config-doc-schema';
import { reportSchemaV0 } from './report-schema-v0';
import { validateDocument } from './validate-document';

/**
 * heartbeats 1 → 2 (issue 14) added the interval, reports today and the host facts. A stored
 * version-1 heartbeat opens as a valid version-2 one with the old default interval and no
 * invented facts; the next heartbeat overwrites it. The old database is written at version 0
 * (same shape as 1): creating a collection above 0 without the migration plugin is refused,
 * and the kiosk's own open then runs both steps, as on a kiosk updated from the first release.
 */
const v1 = {
  id: 'kiosk-shangzhuang-01',
  type: 'heartbeat',
  village: 'shangzhuang',
  kioskId: 'kiosk-shangzhuang-01',
  appVersion: '0.1.0',
  pending: { reports: 1, scans: 0, blobs: 0 },
  quarantined: 0,
  updateState: 'idle',
  lastErrors: [],
  alertsShown: [{ id: 'alert-1', shownAt: '2025-03-01T07:00:00Z' }],
  sentAt: '2025-03-01T07:45:00Z',
};

describe('heartbeats schema migration 1 → 2', () => {
  it('keeps every stored field and adds interval 15 and zero reports today', async () => {
    const factory = new IDBFactory();
    const storage = () => getRxStorageDexie({ indexedDB: factory, IDBKeyRange });
    const old = await createRxDatabase({ name: 'heartbeat-migrate', storage: storage(), multiInstance: false });
    await old.addCollections({ ...collectionsAtVersionZero(), reports: { schema: reportSchemaV0 }, kiosk_config: { schema: kioskConfigDocSchemaV0 }, heartbeats: { schema: { ...heartbeatSchemaV1, version: 0 } } });
    await old['heartbeats']!.insert(v1);
    await old.close();

    const database = await createKioskDatabase({ name: 'heartbeat-migrate', storage: storage() });
    try {
      const migrated = (await database.heartbeats.findOne(v1.id).exec())?.toJSON();
      expect(migrated).toEqual({ ...v1, intervalMinutes: 15, reportsToday: 0 });
      const check = validateDocument('heartbeats', migrated);
      expect(check.ok ? [] : check.errors).toEqual([]);
    } finally {
      await closeKioskDatabase(database);
    }
  });
});

/**
 * The old release's database: every collection created at version 0 (a collection above 0 needs
 * the migration plugin, which the old database does not load); the kiosk's own open migrates.
 */
function collectionsAtVersionZero() {
  return Object.fromEntries(Object.entries(kioskCollections).map(([name, collection]) => [name, { schema: { ...collection.schema, version: 0 } }]));
}

import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { addRxPlugin, createRxDatabase } from 'rxdb';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { describe, expect, it } from 'vitest';
import { kioskConfigDoc } from '#test-fixtures/docs/valid-docs';
import { kioskCollections } from './collections';
import { closeKioskDatabase, createKioskDatabase } from './create-kiosk-database';
import { scanSchemaV0 } from './scan-schema-v0';
import { heartbeatSchemaV1 } from './heartbeat-schema';
import { kioskConfigDocSchemaV0 } from './kiosk-config-doc-schema';
import { reportSchemaV0 } from './report-schema-v0';

/**
 * kiosk_config 0 → 1 added the county's signature. A stored unsigned document survives the
 * update unchanged (the host refuses to apply it until the county pushes a signed one).
 */
describe('kiosk_config schema migration 0 → 1', () => {
  it('keeps stored unsigned documents and stores signed ones', async () => {
    // Collections created at a version above 0 open only with the migration plugin, which the
    // kiosk's own database adds; this hand-made "previous release" database must add it too.
    addRxPlugin(RxDBMigrationSchemaPlugin);
    const factory = new IDBFactory();
    const storage = () => getRxStorageDexie({ indexedDB: factory, IDBKeyRange });
    // Scans (1), policies and heartbeats are above version 0 in that release: their strategies need the plugin.
    addRxPlugin(RxDBMigrationSchemaPlugin);
    const old = await createRxDatabase({ name: 'kiosk-config-migrate', storage: storage(), multiInstance: false });
    await old.addCollections({ ...collectionsAtVersionZero(), reports: { schema: reportSchemaV0 }, scans: { schema: scanSchemaV0 }, kiosk_config: { schema: kioskConfigDocSchemaV0 }, heartbeats: { schema: { ...heartbeatSchemaV1, version: 0 } } });
    await old['kiosk_config']!.insert(kioskConfigDoc);
    await old.close();

    const database = await createKioskDatabase({ name: 'kiosk-config-migrate', storage: storage() });
    try {
      expect((await database.kiosk_config.findOne(kioskConfigDoc.id).exec())?.toJSON()).toEqual(kioskConfigDoc);
      const signature = { alg: 'ed25519', keyId: '0123456789abcdef', signedAt: '2026-05-01T00:00:00.000Z', value: 'A'.repeat(86) + '==' };
      await database.kiosk_config.upsert({ ...kioskConfigDoc, signature });
      expect((await database.kiosk_config.findOne(kioskConfigDoc.id).exec())?.toJSON().signature).toEqual(signature);
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

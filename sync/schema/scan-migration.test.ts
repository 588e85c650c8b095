import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { addRxPlugin, createRxDatabase } from 'rxdb';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import type { RxStorage } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { describe, expect, it } from 'vitest';
import { scan as currentScan } from '#test-fixtures/docs/valid-docs';
import { kioskCollections } from './collections';
import { closeKioskDatabase, createKioskDatabase } from './create-kiosk-database';
import { migrateScanV0ToV1 } from './scan-schema';
import { scanSchemaV0 } from './scan-schema-v0';
import type { ScanDocV0 } from './scan-schema-v0';
import { validateDocument } from './validate-document';

// The real storage path (Dexie over fake-indexeddb): what a kiosk does after the update that
// brought document scanning with two engines, on a database written by the previous release.

const v0: ScanDocV0 = {
  id: 'b0000000-0000-4000-8000-000000000001',
  type: 'scan',
  village: 'shangzhuang',
  kioskId: 'kiosk-shangzhuang-01',
  title: '低保申请表',
  pages: [
    { sha256: 'a'.repeat(64), mime: 'image/jpeg', bytes: 210_000, width: 1500, height: 2000, ocrText: '最低生活保障申请表', ocrConfidence: 88, lang: 'chi_sim+eng' },
    { sha256: 'b'.repeat(64), mime: 'image/jpeg', bytes: 190_000, width: 1500, height: 2000, ocrText: '', ocrConfidence: 0, lang: 'chi_sim+eng' },
  ],
  createdAt: '2025-03-01T08:00:00Z',
  filedUnder: '民政',
};

function dexieOn(factory: IDBFactory): RxStorage<unknown, unknown> {
  return getRxStorageDexie({ indexedDB: factory, IDBKeyRange });
}

describe('scans schema migration 0 → 1', () => {
  it('migrates stored version-0 scans to exactly the version-1 shape, which validates', async () => {
    const factory = new IDBFactory();
    // The previous release had reports at version 1 already (it carried the migration plugin).
    addRxPlugin(RxDBMigrationSchemaPlugin);
    const old = await createRxDatabase({ name: 'kiosk-scan-migrate', storage: dexieOn(factory), multiInstance: false });
    try {
      await old.addCollections({ ...kioskCollections, scans: { schema: scanSchemaV0 } });
      await old['scans']!.insert(v0);
    } finally {
      await old.close();
    }

    const database = await createKioskDatabase({ name: 'kiosk-scan-migrate', storage: dexieOn(factory) });
    try {
      const [migrated] = (await database.scans.find().exec()).map((doc) => doc.toJSON());
      expect(migrated).toEqual({ ...v0, docType: 'other', pages: v0.pages.map((p) => ({ ...p, engine: 'tesseract' })) });
      expect(validateDocument('scans', migrated)).toMatchObject({ ok: true });
      await database.scans.insert({ ...currentScan });
      expect(await database.scans.count().exec()).toBe(2);
    } finally {
      await closeKioskDatabase(database);
    }
  });

  it('is pure: the old document is left as it was', () => {
    const copy = structuredClone(v0);
    expect(migrateScanV0ToV1(copy).pages[0]).toMatchObject({ engine: 'tesseract' });
    expect(copy).toEqual(v0);
  });
});

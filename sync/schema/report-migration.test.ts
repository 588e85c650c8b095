import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { addRxPlugin, createRxDatabase } from 'rxdb';
import type { RxStorage } from 'rxdb';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { describe, expect, it } from 'vitest';
import { fullReport } from '#test-fixtures/docs/valid-docs';
import { kioskCollections } from './collections';
import { kioskConfigDocSchemaV0 } from './kiosk-config-doc-schema';
import { closeKioskDatabase, createKioskDatabase } from './create-kiosk-database';
import { migrateReportV0ToV1, migrateReportV1ToV2 } from './report-schema';
import type { ReportDocType } from './report-schema';
import { reportSchemaV0 } from './report-schema-v0';
import type { ReportDocV0 } from './report-schema-v0';
import { reportSchemaV1 } from './report-schema-v1';
import type { ReportDocV1 } from './report-schema-v1';
import { validateDocument } from './validate-document';

// The real storage path (Dexie over IndexedDB, here fake-indexeddb) so the test covers what a
// kiosk does after an update: open a database written by the previous release.
// Dev-mode stays off: this is the production path.

const v0WithPhone: ReportDocV0 = {
  id: 'a0000000-0000-4000-8000-000000000001',
  type: 'report',
  village: 'shangzhuang',
  kioskId: 'kiosk-shangzhuang-01',
  trackingCode: '30527713',
  category: 'water',
  phrases: ['水管漏水'],
  text: '村东头',
  voiceNote: fullReport.voiceNote,
  group: 'group-3',
  phone: '13800138000',
  anonymous: false,
  assisted: true,
  assistedByRole: 'clerk',
  status: 'resolved',
  countyReply: { zh: '已修好', at: '2025-03-05T10:00:00Z' },
  statusHistory: [{ status: 'resolved', at: '2025-03-05T10:00:00Z' }],
  createdAt: '2025-03-01T07:45:12.345Z',
};

const v0WithoutPhone: ReportDocV0 = {
  id: 'a0000000-0000-4000-8000-000000000002',
  type: 'report',
  village: 'shangzhuang',
  kioskId: 'kiosk-shangzhuang-02',
  trackingCode: '00000000',
  category: 'road',
  phrases: [],
  group: '1',
  anonymous: true,
  assisted: false,
  status: 'submitted',
  statusHistory: [],
  createdAt: '2025-03-02T08:00:00Z',
};

const v0Removed: ReportDocV0 = { ...v0WithoutPhone, id: 'a0000000-0000-4000-8000-000000000003', phone: '110' };

function dexieOn(factory: IDBFactory): RxStorage<unknown, unknown> {
  return getRxStorageDexie({ indexedDB: factory, IDBKeyRange });
}

/** What the previous release did: all collections as they are, but reports and kiosk_config at version 0. */
async function writeVersion0Database(name: string, factory: IDBFactory): Promise<void> {
  // Other collections may be above version 0 too (policies are at 1): their strategies need the plugin.
  addRxPlugin(RxDBMigrationSchemaPlugin);
  const database = await createRxDatabase({ name, storage: dexieOn(factory), multiInstance: false });
  try {
    await database.addCollections({ ...kioskCollections, reports: { schema: reportSchemaV0 }, kiosk_config: { schema: kioskConfigDocSchemaV0 } });
    const reports = database['reports']!;
    await reports.bulkInsert([v0WithPhone, v0WithoutPhone, v0Removed]);
    await (await reports.findOne(v0Removed.id).exec())!.remove();
  } finally {
    await database.close();
  }
}

describe('reports schema migration 0 → 1 → 2', () => {
  it('migrates stored version-0 reports to exactly the version-1 shape', async () => {
    const factory = new IDBFactory();
    await writeVersion0Database('kiosk-migrate', factory);

    const database = await createKioskDatabase({ name: 'kiosk-migrate', storage: dexieOn(factory) });
    try {
      const migrated = (await database.reports.find({ sort: [{ id: 'asc' }] }).exec()).map((doc) => doc.toJSON());

      const { phone, ...withPhoneRest } = v0WithPhone;
      const expected: ReportDocType[] = [
        { ...withPhoneRest, contactPhone: phone, coReporters: [], reopenRequests: [], satisfaction: [] },
        { ...v0WithoutPhone, coReporters: [], reopenRequests: [], satisfaction: [] },
      ];
      expect(migrated).toEqual(expected);
      expect(migrated[1]).not.toHaveProperty('contactPhone');
      for (const doc of migrated) expect(validateDocument('reports', doc)).toMatchObject({ ok: true });

      // The removed document stays removed; the indexes work on migrated data; writes are allowed.
      expect(await database.reports.findOne(v0Removed.id).exec()).toBeNull();
      const byCode = await database.reports.findOne({ selector: { trackingCode: '30527713' } }).exec();
      expect(byCode?.contactPhone).toBe('13800138000');
      await database.reports.insert({ ...fullReport });
      expect(await database.reports.count().exec()).toBe(3);
    } finally {
      await closeKioskDatabase(database);
    }

    // Reopening finds nothing left to migrate and the data as it was left.
    const reopened = await createKioskDatabase({ name: 'kiosk-migrate', storage: dexieOn(factory) });
    try {
      expect(await reopened.reports.migrationNeeded()).toBe(false);
      const again = await reopened.reports.findOne(v0WithPhone.id).exec();
      expect(again?.toJSON()).toMatchObject({ contactPhone: '13800138000', coReporters: [], reopenRequests: [], satisfaction: [] });
      expect(await reopened.reports.count().exec()).toBe(3);
    } finally {
      await closeKioskDatabase(reopened);
    }
  });

  it('is a pure function that leaves RxDB bookkeeping fields alone', () => {
    const withMeta = { ...v0WithPhone, _rev: '1-abc', _attachments: {}, _deleted: false };
    const result = migrateReportV0ToV1(withMeta);
    expect(result).not.toHaveProperty('phone');
    expect(result).toMatchObject({ _rev: '1-abc', _attachments: {}, _deleted: false, contactPhone: '13800138000' });
    expect(withMeta.phone).toBe('13800138000');
  });
});

/** A report as the version-1 release wrote it: reopened once, with a co-reporter. */
const v1Reopened: ReportDocV1 = {
  id: 'b0000000-0000-4000-8000-000000000001',
  type: 'report',
  village: 'shangzhuang',
  kioskId: 'kiosk-shangzhuang-01',
  trackingCode: '30527713',
  category: 'water',
  phrases: ['水管漏水'],
  group: 'group-3',
  contactPhone: '13800138000',
  anonymous: false,
  assisted: false,
  coReporters: [{ addedAt: '2025-03-02T09:15:00.000Z', kioskId: 'kiosk-shangzhuang-02' }],
  reopenRequests: [{ at: '2025-03-06T08:00:00Z', kioskId: 'kiosk-shangzhuang-01' }],
  status: 'resolved',
  countyReply: { zh: '已修好', at: '2025-03-05T10:00:00Z' },
  statusHistory: [{ status: 'resolved', at: '2025-03-05T10:00:00Z' }],
  createdAt: '2025-03-01T07:45:12.345Z',
};

const v1Plain: ReportDocV1 = { ...v1Reopened, id: 'b0000000-0000-4000-8000-000000000002', coReporters: [], reopenRequests: [], status: 'submitted', statusHistory: [] };

describe('reports schema migration 1 → 2', () => {
  it('migrates stored version-1 reports to exactly the version-2 shape: an empty satisfaction, everything else as it was', async () => {
    const factory = new IDBFactory();
    const old = await createRxDatabase({ name: 'kiosk-migrate-v1', storage: dexieOn(factory), multiInstance: false });
    try {
      await old.addCollections({ ...kioskCollections, reports: { schema: reportSchemaV1, migrationStrategies: { 1: (doc: unknown) => doc } } });
      await old['reports']!.bulkInsert([v1Reopened, v1Plain]);
    } finally {
      await old.close();
    }

    const database = await createKioskDatabase({ name: 'kiosk-migrate-v1', storage: dexieOn(factory) });
    try {
      const migrated = (await database.reports.find({ sort: [{ id: 'asc' }] }).exec()).map((doc) => doc.toJSON());
      const expected: ReportDocType[] = [
        { ...v1Reopened, satisfaction: [] },
        { ...v1Plain, satisfaction: [] },
      ];
      expect(migrated).toEqual(expected);
      // The old reopen request keeps its shape: no resolution was recorded for it.
      expect(migrated[0]!.reopenRequests[0]).not.toHaveProperty('resolution');
      for (const doc of migrated) expect(validateDocument('reports', doc)).toMatchObject({ ok: true });
      // Version-2 fields can be written now.
      const doc = await database.reports.findOne(v1Reopened.id).exec();
      await doc!.incrementalModify((data) => ({ ...data, satisfaction: [{ rating: 'basically', resolution: 1, at: '2025-03-07T08:00:00Z', kioskId: 'k1' }] }));
      expect((await database.reports.findOne(v1Reopened.id).exec())!.satisfaction).toHaveLength(1);
    } finally {
      await closeKioskDatabase(database);
    }
    const reopened = await createKioskDatabase({ name: 'kiosk-migrate-v1', storage: dexieOn(factory) });
    try {
      expect(await reopened.reports.migrationNeeded()).toBe(false);
    } finally {
      await closeKioskDatabase(reopened);
    }
  });

  it('is a pure function that leaves RxDB bookkeeping fields alone', () => {
    const withMeta = { ...v1Reopened, _rev: '3-abc', _attachments: {}, _deleted: false };
    const result = migrateReportV1ToV2(withMeta);
    expect(result).toMatchObject({ _rev: '3-abc', _attachments: {}, _deleted: false, satisfaction: [], reopenRequests: v1Reopened.reopenRequests });
    expect(withMeta).not.toHaveProperty('satisfaction');
  });
});

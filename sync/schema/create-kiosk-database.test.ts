import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, describe, expect, it } from 'vitest';
import { fullReport, minimalReport, validDocs } from '#test-fixtures/docs/valid-docs';
import { KIOSK_COLLECTION_NAMES } from './collections';
import { closeKioskDatabase, createKioskDatabase, isDevModeActive } from './create-kiosk-database';
import type { KioskDatabase } from './create-kiosk-database';

// Dev-mode runs RxDB's schema checks when each collection is created (primary key, field
// names, maxLength on indexed strings, migration strategy per version, ...) and validates
// every write against the schema: opening the database is the test that the schemas are valid.
const opened: KioskDatabase[] = [];
let counter = 0;

async function openDevDatabase(): Promise<KioskDatabase> {
  const database = await createKioskDatabase({ name: `kiosk-dev-${++counter}`, storage: getRxStorageMemory(), devMode: true });
  opened.push(database);
  return database;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((database) => closeKioskDatabase(database)));
});

describe('createKioskDatabase', () => {
  it('creates every collection from valid RxDB schemas at its current version (reports at 2, scans at 1)', async () => {
    const database = await openDevDatabase();
    expect(isDevModeActive()).toBe(true);
    expect(Object.keys(database.collections).sort()).toEqual([...KIOSK_COLLECTION_NAMES].sort());
    const versions: Record<string, number> = { reports: 2, scans: 1, policies: 1, kiosk_config: 1, heartbeats: 2 };
    for (const name of KIOSK_COLLECTION_NAMES) expect(database[name].schema.version, name).toBe(versions[name] ?? 0);
  });

  it('stores and reads back every valid fixture document unchanged', async () => {
    const database = await openDevDatabase();
    for (const name of KIOSK_COLLECTION_NAMES) {
      const docs = validDocs[name];
      // Each collection's document type depends on `name`; the fixtures are typed per collection.
      await database[name].bulkInsert(docs as never[]);
      const stored = await database[name].find().exec();
      expect(stored.map((doc) => doc.toJSON()).sort(byId)).toEqual([...docs].sort(byId));
    }
  });

  it('answers the UI queries: by tracking code, the duplicate hint, open reports', async () => {
    const database = await openDevDatabase();
    const sameGroupLater = { ...fullReport, id: 'r-later', trackingCode: '00000000', status: 'submitted', createdAt: '2025-03-09T00:00:00Z' } as const;
    const otherGroup = { ...fullReport, id: 'r-other', group: 'group-9' } as const;
    await database.reports.bulkInsert([fullReport, minimalReport, sameGroupLater, otherGroup]);

    // Two reports share a code on purpose: a lookup must show both (tracking-code.ts).
    const byCode = await database.reports.find({ selector: { trackingCode: fullReport.trackingCode } }).exec();
    expect(byCode.map((doc) => doc.id).sort()).toEqual([fullReport.id, 'r-other'].sort());

    const duplicateHint = await database.reports
      .find({
        selector: { category: 'water', group: 'group-3', createdAt: { $gte: '2025-02-01T00:00:00Z' } },
        sort: [{ createdAt: 'desc' }],
        index: ['category', 'group', 'createdAt'],
      })
      .exec();
    expect(duplicateHint.map((doc) => doc.id)).toEqual(['r-later', fullReport.id]);

    const openReports = await database.reports
      .find({ selector: { status: { $in: ['submitted', 'received'] } }, sort: [{ createdAt: 'asc' }], index: ['status', 'createdAt'] })
      .exec();
    expect(openReports.map((doc) => doc.id)).toEqual([minimalReport.id, 'r-later']);
  });

  it('rejects a write that breaks the schema while in dev-mode', async () => {
    const database = await openDevDatabase();
    await expect(database.reports.insert({ ...minimalReport, village: 'Not A Code' })).rejects.toThrow(/VD2/);
    expect(await database.reports.count().exec()).toBe(0);
  });

  it('frees its collections on close: more than the 13-collection limit, one database after another', async () => {
    for (let i = 0; i < 4; i++) {
      const database = await createKioskDatabase({ name: `kiosk-cycle-${i}`, storage: getRxStorageMemory(), devMode: true });
      await database.heartbeats.insert(validDocs.heartbeats[0]!);
      await closeKioskDatabase(database);
      expect(database.closed).toBe(true);
    }
  });
});

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionTestVillage, startCouch, type TestCouch, type TestVillage } from '../../support/couch';
import { kioskTransport, localIds, makeReport, openTestKiosk, serverIds, startTestSync, waitFor } from './support/kiosk-fixture';

describe('rejected and malformed documents are set aside, never stall the sync', () => {
  let couch: TestCouch;
  let village: TestVillage;
  beforeAll(async () => {
    couch = await startCouch();
    village = await provisionTestVillage(couch, 'quarantine');
  });
  afterAll(async () => {
    await couch?.stop();
  });

  it('a forbidden row is quarantined while the rows after it still arrive', async () => {
    const db = await openTestKiosk();
    try {
      const sync = await startTestSync(db, village, kioskTransport(couch, village));
      const make = () => makeReport(village.village, village.kioskId);
      // The kiosk's schema allows both; the county's validate_doc_update refuses both.
      const foreign = makeReport('another-village', village.kioskId);
      const selfResolved = { ...make(), status: 'resolved' as const };
      const before = Array.from({ length: 3 }, make);
      const after = Array.from({ length: 40 }, make);
      await db.reports.bulkInsert([...before, foreign, selfResolved, ...after]);
      await sync.syncNow();
      await sync.awaitInSync();

      const good = [...before, ...after].map((r) => r.id).sort();
      expect((await serverIds(couch, village.databases.reports)).sort()).toEqual(good);
      const entries = await sync.quarantine.list();
      expect(entries.map((e) => e.docId).sort()).toEqual([foreign.id, selfResolved.id].sort());
      expect(entries.every((e) => e.direction === 'push' && e.reason.startsWith('forbidden'))).toBe(true);
      expect(entries.find((e) => e.docId === foreign.id)?.reason).toContain('village');
      await waitFor('status counts the quarantine', () => sync.status().quarantined === 2);
      expect(sync.status()).toMatchObject({ allSent: false, pending: { reports: 0 } });
      expect(sync.reportStatus(foreign)).toBe('set-aside');
      expect(sync.reportStatus(after[0]!)).toBe('received');

      // A kiosk edit that sets a county-owned field is refused too; later reports still go.
      const edited = await db.reports.findOne(before[0]!.id).exec();
      await edited?.incrementalPatch({ status: 'resolved' });
      const late = make();
      await db.reports.insert(late);
      await waitFor('the late report arrives', async () => (await serverIds(couch, village.databases.reports)).includes(late.id));
      await waitFor('the edit is quarantined', async () => (await sync.quarantine.list()).some((e) => e.docId === before[0]!.id));
      const serverCopy = await couch.admin.getDoc(village.databases.reports, before[0]!.id);
      expect(serverCopy?.['status']).toBe('submitted');
      const refused = (await db.reports.findOne(before[0]!.id).exec())?.toMutableJSON();
      expect(refused?.status).toBe('resolved');
      expect(refused && sync.reportStatus(refused)).toBe('set-aside');
      await sync.stop();
    } finally {
      await db.close();
    }
  });

  it('a malformed server document is quarantined on pull; design documents never enter; checkpoints are strings', async () => {
    const db = await openTestKiosk();
    try {
      const sync = await startTestSync(db, village, kioskTransport(couch, village));
      const valid = makeReport(village.village, 'k09');
      // Written by a server admin: CouchDB's validator lets it through, the kiosk's schema does not.
      await couch.admin.putDoc(village.databases.reports, { _id: 'county-malformed', type: 'report', village: village.village, kioskId: 'k09', trackingCode: '12345678', category: 'WATER!', createdAt: '2025-01-01T00:00:00Z', status: 'submitted', surprise: true });
      await couch.admin.putDoc(village.databases.reports, { _id: '_design/extra', language: 'javascript', views: { all: { map: 'function (doc) { emit(doc._id); }' } } });
      const { id, ...rest } = valid;
      await couch.admin.putDoc(village.databases.reports, { _id: id, ...rest });
      await sync.syncNow();
      await sync.awaitInSync();
      await waitFor('the valid county document arrives', async () => (await localIds(db, 'reports')).includes(valid.id));

      const local = await localIds(db, 'reports');
      expect(local).not.toContain('county-malformed');
      expect(local.some((localId) => localId.startsWith('_design'))).toBe(false);
      const entries = await sync.quarantine.list();
      const malformed = entries.find((e) => e.docId === 'county-malformed');
      expect(malformed).toMatchObject({ collection: 'reports', direction: 'pull' });
      expect(malformed?.reason).toMatch(/category|surprise|phrases/);
      // Design documents are dropped silently: they are not the clerk's business.
      expect(entries.some((e) => e.docId.startsWith('_design'))).toBe(false);
      // Shown to the clerk, but it is not something this kiosk failed to send.
      await waitFor('status counts the quarantine', () => sync.status().quarantined === 1);
      expect(sync.status().allSent).toBe(true);

      for (const name of ['reports', 'policies', 'kiosk_config'] as const) {
        const state = sync.replications.get(name)?.internalReplicationState;
        const checkpoint = state?.lastCheckpointDoc.down?.checkpointData as { seq?: unknown } | undefined;
        if (name === 'reports') expect(checkpoint).toBeDefined();
        if (checkpoint) expect(typeof checkpoint.seq).toBe('string');
      }
      await sync.stop();
    } finally {
      await db.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CouchClient, CouchError, type CouchDoc } from '#sync/couchdb/couch-client';
import { COUNTY_ROLE } from '#sync/couchdb/roles';
import type { KioskDatabase } from '#sync/schema/create-kiosk-database';
import { provisionTestVillage, startCouch, type TestCouch, type TestVillage } from '../../support/couch';
import { kioskTransport, makeReport, openTestKiosk, startTestSync, waitFor } from './support/kiosk-fixture';

/**
 * The county answers a report (status, reply) while the kiosk edits what the villager said on
 * the same report: after sync both edits are on both sides, with no CouchDB conflict left.
 * The county writes as a county-staff account (role `county`), whom validate_doc_update
 * allows to change only county-owned fields.
 */
describe('county status and kiosk edit of the same report merge by field ownership', () => {
  let couch: TestCouch;
  let village: TestVillage;
  let county: CouchClient;
  beforeAll(async () => {
    couch = await startCouch();
    village = await provisionTestVillage(couch, 'merge');
    const name = `county-clerk-${couch.runId}`;
    await couch.admin.ensureUser(name, 'county-password', [COUNTY_ROLE]);
    county = new CouchClient(couch.baseUrl, { username: name, password: 'county-password' });
  });
  afterAll(async () => {
    await couch?.stop();
  });

  async function countyAnswers(id: string, status: 'in_progress' | 'resolved', reply: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await county.upsertDoc<CouchDoc>(village.databases.reports, id, (current) => ({
          ...(current as CouchDoc),
          status,
          statusHistory: [...((current?.['statusHistory'] as unknown[]) ?? []), { status, at: '2025-03-05T10:00:00Z' }],
          countyReply: { zh: reply, at: '2025-03-05T10:00:00Z' },
        }));
        return;
      } catch (error) {
        // pouchdb-server validates a stale write against the newer revision and answers 403
        // where CouchDB answers 409: the county's tool reads again, as on a conflict.
        if (!(error instanceof CouchError && error.status === 403) || attempt >= 5) throw error;
      }
    }
  }

  // What a kiosk may still change once a report is saved: its append-only fields (what the
  // villager said is immutable, validate-village.js); `_text` stays in the signature as the
  // edit a kiosk no longer makes.
  async function kioskEdits(db: KioskDatabase, id: string, _text: string, coReporter: string): Promise<void> {
    const doc = await db.reports.findOne(id).exec();
    await doc?.incrementalModify((data) => ({
      ...data,
      coReporters: [...data.coReporters, { addedAt: '2025-03-05T09:00:00Z', kioskId: coReporter }],
    }));
  }

  async function expectBothEdits(db: KioskDatabase, id: string, _text: string, status: string, reply: string, coReporter: string) {
    const server = await couch.admin.request<CouchDoc>('GET', `${village.databases.reports}/${id}`, { query: { conflicts: true } });
    const local = (await db.reports.findOne(id).exec())?.toJSON();
    for (const copy of [server, local]) {
      expect(copy).toMatchObject({ status, countyReply: { zh: reply } });
      expect(copy?.['coReporters']).toEqual([{ addedAt: '2025-03-05T09:00:00Z', kioskId: coReporter }]);
    }
    expect(server['_conflicts']).toBeUndefined();
  }

  it('while the kiosk was offline', async () => {
    const db = await openTestKiosk();
    try {
      const report = makeReport(village.village, village.kioskId);
      let sync = await startTestSync(db, village, kioskTransport(couch, village));
      await db.reports.insert(report);
      await sync.awaitInSync();
      await sync.stop();

      await kioskEdits(db, report.id, '水管又漏了，水流到了路上', 'k02');
      await countyAnswers(report.id, 'in_progress', '已派人维修。');

      sync = await startTestSync(db, village, kioskTransport(couch, village));
      await sync.awaitInSync();
      await sync.syncNow();
      await sync.awaitInSync();
      await expectBothEdits(db, report.id, '水管又漏了，水流到了路上', 'in_progress', '已派人维修。', 'k02');
      expect(sync.reportStatus((await db.reports.findOne(report.id).exec())!.toMutableJSON())).toBe('in_progress');
      await sync.stop();
    } finally {
      await db.close();
    }
  });

  it('while both are online, edits landing at the same moment', async () => {
    const db = await openTestKiosk();
    try {
      const report = makeReport(village.village, village.kioskId);
      const sync = await startTestSync(db, village, kioskTransport(couch, village));
      await db.reports.insert(report);
      await sync.awaitInSync();

      await Promise.all([kioskEdits(db, report.id, '又坏了', 'k03'), countyAnswers(report.id, 'resolved', '已修好。')]);
      await waitFor('both edits on both sides', async () => {
        await sync.syncNow();
        const server = await couch.admin.getDoc(village.databases.reports, report.id);
        const local = (await db.reports.findOne(report.id).exec())?.toJSON();
        return Array.isArray(server?.['coReporters']) && (server['coReporters'] as unknown[]).length === 1 && server['status'] === 'resolved' && local?.status === 'resolved';
      });
      await expectBothEdits(db, report.id, '又坏了', 'resolved', '已修好。', 'k03');
      await sync.stop();
    } finally {
      await db.close();
    }
  });
});

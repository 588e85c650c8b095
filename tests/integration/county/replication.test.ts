import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CouchClient, type CouchDoc } from '#sync/couchdb/couch-client';
import { countyDatabaseNames } from '#sync/couchdb/database-names';
import { eventually, provisionTestVillage, startCouch, type TestCouch, type TestVillage } from '../../support/couch';
import { newHeartbeat, newReport } from './run-county';

/**
 * The `_replicator` documents written by provisioning, run by the server itself (pouchdb-server
 * runs them through its pouchdb-replicator plugin; CouchDB 3 through its scheduler).
 */
describe('county replications', () => {
  let couch: TestCouch;
  let a: TestVillage;
  let b: TestVillage;
  let gather: string;
  let countyStaff: CouchClient;

  beforeAll(async () => {
    couch = await startCouch();
    a = await provisionTestVillage(couch, 'a');
    b = await provisionTestVillage(couch, 'b');
    gather = countyDatabaseNames(couch.prefix).gather;
    const staff = { username: `county-staff-${couch.runId}`, password: 'staff-password-for-tests' };
    await couch.admin.ensureUser(staff.username, staff.password, ['county']);
    countyStaff = new CouchClient(couch.baseUrl, staff);
  });
  afterAll(async () => {
    await couch?.stop();
  });

  it('gathers every village’s documents into the county database, without their design documents', async () => {
    const report = newReport(a.village, a.kioskId);
    await a.kiosk.putDoc(a.databases.reports, report);
    await b.kiosk.putDoc(b.databases.heartbeats, newHeartbeat(b.village, b.kioskId));

    await eventually(() => countyStaff.getDoc(gather, report._id));
    await eventually(() => countyStaff.getDoc(gather, b.kioskId));
    const ids = (await couch.admin.allDocs(gather)).rows.map((row) => row.id);
    // Only the gather database's own filter: a village validator here would reject other villages.
    expect(ids.filter((id) => id.startsWith('_design/'))).toEqual(['_design/by_village']);
  });

  it("brings the county's answer back to the report's village only", async () => {
    const report = newReport(a.village, a.kioskId);
    await a.kiosk.putDoc(a.databases.reports, report);
    const gathered = await eventually(() => countyStaff.getDoc<CouchDoc>(gather, report._id));
    await countyStaff.putDoc(gather, {
      ...gathered,
      status: 'received',
      statusHistory: [{ status: 'received', at: '2025-06-03T09:00:00Z' }],
      countyReply: { zh: '已收到，正在安排。', at: '2025-06-03T09:00:00Z' },
    });

    // What the answer replications select, through the server's own filter and their own parameters.
    const selected = async (village: TestVillage) => {
      const spec = await couch.admin.getDoc<CouchDoc>('_replicator', `${couch.prefix}answers-${village.village}-reports`);
      const feed = await couch.admin.changes(gather, {
        filter: String(spec?.filter),
        queryParams: spec?.query_params as Record<string, string>,
      });
      return feed.results.map((change) => change.id);
    };
    expect(await selected(a)).toContain(report._id);
    expect(await selected(b)).not.toContain(report._id);

    if (couch.flavour === 'couchdb') {
      // Delivery is asserted on CouchDB 3 only: pouchdb-server's validation plugin replaces the
      // `_revisions` of a replicated (new_edits=false) update with the stored document's, so
      // every update replicated INTO a database with a validate_doc_update is silently dropped
      // there (201, no error). New documents do arrive. The county CLI writes answers into the
      // village databases directly, which works on both servers (county-content.test.ts).
      const answered = await eventually(async () => {
        const doc = await a.kiosk.getDoc<CouchDoc>(a.databases.reports, report._id);
        return doc?.status === 'received' ? doc : undefined;
      });
      expect(answered.countyReply).toEqual({ zh: '已收到，正在安排。', at: '2025-06-03T09:00:00Z' });
    }
    expect(await couch.admin.getDoc(b.databases.reports, report._id)).toBeUndefined();
  });

  it('delivers a document the county creates in the gather database to its village', async () => {
    // A new document is the case pouchdb-server replicates into validated databases too.
    const fromCounty = newReport(a.village, a.kioskId, { status: 'received', statusHistory: [{ status: 'received', at: '2025-06-03T09:00:00Z' }] });
    await countyStaff.putDoc(gather, fromCounty);
    const arrived = await eventually(() => a.kiosk.getDoc<CouchDoc>(a.databases.reports, fromCounty._id));
    expect(arrived).toMatchObject({ status: 'received', village: a.village });
    expect(await couch.admin.getDoc(b.databases.reports, fromCounty._id)).toBeUndefined();
  });
});

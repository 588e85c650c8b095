import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CouchClient, type CouchDoc } from '#sync/couchdb/couch-client';
import { countyDatabaseNames } from '#sync/couchdb/database-names';
import { legacyReplicationIds } from '#sync/couchdb/legacy-replications';
import { createGatherer, gatherAllOnce, type Gatherer } from '#sync/county-cli/gather/gatherer';
import { eventually, provisionTestVillage, startCouch, type TestCouch, type TestVillage } from '../../support/couch';
import { newHeartbeat, newReport, runCounty } from './run-county';

/**
 * The county gatherer (sync/county-cli/gather) against the test server: on Apache CouchDB it
 * follows `_db_updates`; on pouchdb-server it polls. Either way the county sees every
 * village's documents and nothing of their design documents, and answers written into a
 * village database reach both the kiosk and the county.
 */
describe('county gatherer', () => {
  let couch: TestCouch;
  let a: TestVillage;
  let b: TestVillage;
  let gather: string;
  let countyStaff: CouchClient;
  let gatherer: Gatherer;
  let running: Promise<void>;
  const log: string[] = [];

  beforeAll(async () => {
    couch = await startCouch();
    a = await provisionTestVillage(couch, 'a');
    b = await provisionTestVillage(couch, 'b');
    gather = countyDatabaseNames(couch.prefix).gather;
    const staff = { username: `county-staff-${couch.runId}`, password: 'staff-password-for-tests' };
    await couch.admin.ensureUser(staff.username, staff.password, ['county']);
    countyStaff = new CouchClient(couch.baseUrl, staff);
    gatherer = createGatherer({ client: couch.admin, prefix: couch.prefix, longpollMs: 1_000, pollMs: 200, log: (line) => log.push(line) });
    running = gatherer.run();
  });
  afterAll(async () => {
    gatherer?.stop();
    await running;
    await couch?.stop();
  });

  it('gathers every village’s documents into the county database, without their design documents', async () => {
    const report = newReport(a.village, a.kioskId);
    await a.kiosk.putDoc(a.databases.reports, report);
    await b.kiosk.putDoc(b.databases.heartbeats, newHeartbeat(b.village, b.kioskId));

    await eventually(() => countyStaff.getDoc(gather, report._id));
    await eventually(() => countyStaff.getDoc(gather, b.kioskId));
    const ids = (await couch.admin.allDocs(gather)).rows.map((row) => row.id);
    // Only the county's own design documents (its validator and the console's views, from
    // `county setup`), never a village's validator copied over them.
    expect(ids.filter((id) => id.startsWith('_design/'))).toEqual(['_design/console', '_design/validate']);
    const validator = await couch.admin.getDoc<{ _id: string; validate_doc_update?: string }>(gather, '_design/validate');
    expect(validator?.validate_doc_update).toContain('county_audit');
    expect(log.join('\n')).toMatch(couch.flavour === 'couchdb' ? /following _db_updates/ : /polling/);
  });

  it('copies each revision with its history, so the county has the village’s exact document', async () => {
    const report = newReport(a.village, a.kioskId);
    const first = await a.kiosk.putDoc(a.databases.reports, report);
    const second = await a.kiosk.putDoc(a.databases.reports, { ...report, _rev: first.rev, coReporters: [{ at: '2025-06-03T09:00:00Z' }] });
    const gathered = await eventually(async () => {
      const doc = await countyStaff.getDoc<CouchDoc>(gather, report._id);
      return doc?._rev === second.rev ? doc : undefined;
    });
    expect(gathered).toMatchObject({ village: a.village, coReporters: [{ at: '2025-06-03T09:00:00Z' }] });
  });

  it('brings the county’s answer to the kiosk and to the county view: written into the village database', async () => {
    const report = newReport(a.village, a.kioskId);
    await a.kiosk.putDoc(a.databases.reports, report);
    await eventually(() => countyStaff.getDoc(gather, report._id));
    const reply = await runCounty(couch, ['reports', 'reply', '--id', String(report._id), '--text', '已收到，正在安排。', '--status', 'received', '--village', a.village]);
    expect(reply.code, reply.err).toBe(0);

    const seenByKiosk = await a.kiosk.getDoc<CouchDoc>(a.databases.reports, report._id);
    expect(seenByKiosk).toMatchObject({ status: 'received', countyReply: { zh: '已收到，正在安排。' } });
    await eventually(async () => {
      const doc = await countyStaff.getDoc<CouchDoc>(gather, report._id);
      return doc?.status === 'received' ? doc : undefined;
    });
    expect(await couch.admin.getDoc(b.databases.reports, report._id)).toBeUndefined();
  });

  it('resumes from its checkpoints: a second gatherer copies nothing twice and misses nothing', async () => {
    gatherer.stop();
    await running;
    // Written while no gatherer runs.
    const whileDown = newReport(b.village, b.kioskId);
    await b.kiosk.putDoc(b.databases.reports, whileDown);
    const again = await gatherAllOnce(couch.admin, couch.prefix);
    expect(again.copied).toBe(1);
    expect(await countyStaff.getDoc(gather, whileDown._id)).toMatchObject({ village: b.village });
    expect((await gatherAllOnce(couch.admin, couch.prefix)).copied).toBe(0);
    gatherer = createGatherer({ client: couch.admin, prefix: couch.prefix, longpollMs: 1_000, pollMs: 200, log: (line) => log.push(line) });
    running = gatherer.run();
  });

  it('provisioning no longer creates continuous replications, and removes old ones', async () => {
    if (await couch.admin.databaseExists('_replicator')) {
      const [old] = legacyReplicationIds(a.village, couch.prefix);
      await couch.admin.putDoc('_replicator', { _id: old!, source: 'http://127.0.0.1:1/none', target: 'http://127.0.0.1:1/none', continuous: true });
      await provisionTestVillage(couch, 'a');
      for (const id of legacyReplicationIds(a.village, couch.prefix)) expect(await couch.admin.getDoc('_replicator', id)).toBeUndefined();
    }
    const jobs = (await couch.admin.allDocs('_replicator').catch(() => ({ rows: [] as { id: string }[] }))).rows.filter((row) => row.id.startsWith(couch.prefix));
    expect(jobs).toEqual([]);
  });
});

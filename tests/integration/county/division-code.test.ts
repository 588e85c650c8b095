import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCountyProxyService } from '#host/county/county-proxy';
import { parseEnrollmentFile } from '#host/county/enrollment-file';
import { createMemoryCredentialStore } from '#host/county/memory-credential-store';
import { CouchClient, type CouchDoc } from '#sync/couchdb/couch-client';
import { countyDatabaseNames } from '#sync/couchdb/database-names';
import type { EnrollmentFile } from '#sync/county-cli/enrollment-file';
import type { KioskConfigDocType } from '#sync/schema/kiosk-config-doc-schema';
import { startCouch, type TestCouch, type TestVillage } from '../../support/couch';
import { kioskTransport, makeReport, openTestKiosk, serverIds, startTestSync, waitFor } from '../replication/support/kiosk-fixture';
import { enrollmentDir, runCounty } from './run-county';

/**
 * A village enrolled under its official 12-digit statistical division code (统计用区划代码), the
 * way county IT does it: the CLI provisions it, the enrollment file carries the code and the
 * village's name, the host accepts the file, a kiosk's report travels to the village database
 * and on to the county (the gatherer), and the county's configuration and answer come back.
 *
 * The code is fixed (not made unique per run): on a shared COUCHDB_URL server the run prefix
 * keeps the databases apart and the kiosk id carries the run id, so cleanup finds the user.
 */
const CODE = '510112001001';

describe(`a village with division code ${CODE}`, () => {
  let couch: TestCouch;
  let dir: string;
  let file: EnrollmentFile;

  beforeAll(async () => {
    couch = await startCouch();
    dir = enrollmentDir();
  });
  afterAll(async () => {
    await couch?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is provisioned by the county CLI, its name travelling beside the code in the enrollment file', async () => {
    expect((await runCounty(couch, ['setup'])).code).toBe(0);
    const out = path.join(dir, 'xingfu.json');
    const kioskId = `k-${couch.runId}`;
    const run = await runCounty(couch, ['provision', '--village', CODE, '--name', '幸福村', '--name-en', 'Xingfu Village', '--kiosk', kioskId, '--out', out]);
    expect(run.code, run.err).toBe(0);
    expect(run.err).not.toContain('no --name');
    file = JSON.parse(readFileSync(out, 'utf8')) as EnrollmentFile;
    expect(file).toMatchObject({ village: CODE, villageName: { zh: '幸福村', en: 'Xingfu Village' }, kioskId, username: `kiosk-${CODE}-${kioskId}` });
    expect(file.databases.reports).toBe(`${couch.prefix}village-${CODE}-reports`);
    for (const db of Object.values(file.databases)) expect(await couch.admin.databaseExists(db), db).toBe(true);
    expect((await couch.admin.getSecurity(file.databases.reports)).members).toMatchObject({ roles: expect.arrayContaining([`village:${CODE}`]) });

    // The host accepts the file and tells the clerk's screen the name, never the account.
    expect(parseEnrollmentFile(readFileSync(out, 'utf8'))).toMatchObject({ village: CODE, villageName: { zh: '幸福村' } });
    const host = createCountyProxyService({ store: createMemoryCredentialStore() });
    const status = await host.enroll(readFileSync(out, 'utf8'));
    expect(status).toMatchObject({ enrolled: true, village: CODE, villageName: { zh: '幸福村', en: 'Xingfu Village' } });
    expect(JSON.stringify(status)).not.toContain(file.password);
  });

  it('refuses codes of the wrong shape before touching the server', async () => {
    for (const bad of ['51011200100', '5101120010011', '510112-001001']) {
      const run = await runCounty(couch, ['provision', '--village', bad, '--kiosk', 'k01', '--out', path.join(dir, 'bad.json')]);
      expect(run.code, bad).toBe(2);
      expect(run.err).toContain('12-digit statistical division code');
    }
    expect((await couch.admin.allDbs()).filter((db) => db.includes('5101120010011') || db.includes('51011200100-'))).toEqual([]);
    const nameless = await runCounty(couch, ['provision', '--village', CODE, '--name-en', 'Xingfu', '--kiosk', 'k01', '--out', path.join(dir, 'bad.json')]);
    expect(nameless.code).toBe(2);
    expect(nameless.err).toContain('--name-en needs --name');
  });

  it("syncs: a kiosk's report reaches the village and the county, the county's configuration comes back", async () => {
    const site = path.join(dir, 'site.json');
    writeFileSync(site, JSON.stringify({ schemaVersion: 1, village: { code: CODE, name: { zh: '幸福村' } } }));
    // County configuration is signed (issue 8, finding 3): keygen once, push with the key.
    const key = path.join(dir, 'county-signing.pem');
    const keygen = await runCounty(couch, ['keygen', '--out', key]);
    expect(keygen.code, keygen.err).toBe(0);
    const push = await runCounty(couch, ['config', 'push', '--village', CODE, '--file', site, '--county-key', key]);
    expect(push.code, push.err).toBe(0);

    const village: TestVillage = { ...file, kiosk: new CouchClient(couch.baseUrl, { username: file.username, password: file.password }), changes: [], warnings: [] };
    const db = await openTestKiosk();
    const configs: KioskConfigDocType[] = [];
    try {
      const sync = await startTestSync(db, village, kioskTransport(couch, village), { onKioskConfig: (doc) => void configs.push(doc) });
      const report = makeReport(CODE, file.kioskId);
      await db.reports.insert(report);
      await sync.syncNow();
      await sync.awaitInSync();
      expect(await serverIds(couch, file.databases.reports)).toEqual([report.id]);
      await waitFor('the sync settles', () => sync.status().state === 'idle');
      expect(sync.reportStatus(report)).toBe('received');
      await waitFor('the county configuration arrives', () => configs.length > 0);
      expect(configs[0]).toMatchObject({ village: CODE, config: { village: { code: CODE } } });

      // The county gatherer copies it into the county's gather database; the CLI finds it by code.
      const gather = await runCounty(couch, ['gather', '--once']);
      expect(gather.code, gather.err).toBe(0);
      const gathered = await couch.admin.getDoc<CouchDoc>(countyDatabaseNames(couch.prefix).gather, report.id);
      expect(gathered).toMatchObject({ village: CODE, trackingCode: report.trackingCode });
      const listed = await runCounty(couch, ['reports', 'list', '--village', CODE, '--json']);
      expect((JSON.parse(listed.out) as CouchDoc[]).map((doc) => doc._id)).toEqual([report.id]);
      const everywhere = await runCounty(couch, ['reports', 'list', '--json']);
      expect((JSON.parse(everywhere.out) as CouchDoc[]).map((doc) => doc._id)).toContain(report.id);

      // The county's answer comes back to this village's kiosk.
      const reply = await runCounty(couch, ['reports', 'reply', '--id', report.id, '--text', '已派人维修', '--status', 'resolved', '--village', CODE]);
      expect(reply.code, reply.err).toBe(0);
      await sync.syncNow();
      await waitFor('the answer reaches the kiosk', async () => (await db.reports.findOne(report.id).exec())?.status === 'resolved');
      expect((await db.reports.findOne(report.id).exec())?.countyReply).toMatchObject({ zh: '已派人维修' });
      await sync.stop();
    } finally {
      await db.close();
    }
  });
});

import { readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CouchClient, type CouchDoc } from '#sync/couchdb/couch-client';
import { countyDatabaseNames, databaseNames } from '#sync/couchdb/database-names';
import type { EnrollmentFile } from '#sync/county-cli/enrollment-file';
import { startCouch, type TestCouch } from '../../support/couch';
import { enrollmentDir, runCounty } from './run-county';

/** The "created/updated/unchanged" lines of a command's output. */
function changedLines(out: string): string[] {
  return out.split('\n').filter((line) => /^\s+(created|updated)\s/.test(line));
}

describe('county setup and provision', () => {
  let couch: TestCouch;
  let dir: string;

  beforeAll(async () => {
    couch = await startCouch();
    dir = enrollmentDir();
  });
  afterAll(async () => {
    await couch?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('setup creates the county databases, and a second run changes nothing', async () => {
    const first = await runCounty(couch, ['setup']);
    expect(first.code, first.err).toBe(0);
    const county = countyDatabaseNames(couch.prefix);
    expect(first.out).toContain(`created   database ${county.policies}`);
    expect(first.out).toContain(`created   database ${county.gather}`);

    const second = await runCounty(couch, ['setup']);
    expect(second.code, second.err).toBe(0);
    expect(changedLines(second.out)).toEqual([]);
    expect(second.out).toContain('Nothing changed');
  });

  it('provision twice: the second run only rotates the password and rewrites the file', async () => {
    const village = couch.village('xiaohe');
    const out = path.join(dir, 'xiaohe-k01.json');
    const first = await runCounty(couch, ['provision', '--village', village, '--kiosk', 'k01', '--out', out]);
    expect(first.code, first.err).toBe(0);
    const firstFile = JSON.parse(readFileSync(out, 'utf8')) as EnrollmentFile;

    const second = await runCounty(couch, ['provision', '--village', village, '--kiosk', 'k01', '--out', out]);
    expect(second.code, second.err).toBe(0);
    expect(changedLines(second.out)).toEqual([`  updated   user kiosk-${village}-k01`]);
    expect(second.out).toContain('password was ROTATED');
    const secondFile = JSON.parse(readFileSync(out, 'utf8')) as EnrollmentFile;
    expect(secondFile.password).not.toBe(firstFile.password);
    expect({ ...secondFile, password: '' }).toEqual({ ...firstFile, password: '' });

    // Only the new password works.
    const kioskWith = (password: string) => new CouchClient(couch.baseUrl, { username: secondFile.username, password });
    expect((await kioskWith(secondFile.password).session()).userCtx.name).toBe(secondFile.username);
    await expect(kioskWith(firstFile.password).session()).rejects.toMatchObject({ status: 401 });
  });

  it('writes the enrollment file with mode 0600 and everything a kiosk needs', async () => {
    const village = couch.village('hexi');
    const out = path.join(dir, 'nested', 'hexi.json');
    const key = path.join(dir, 'county-signing.pem');
    const keygen = await runCounty(couch, ['keygen', '--out', key]);
    expect(keygen.code, keygen.err).toBe(0);
    const run = await runCounty(couch, ['provision', '--village', village, '--kiosk', 'kiosk-hexi-01', '--out', out, '--county-key', key]);
    expect(run.code, run.err).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const file = JSON.parse(readFileSync(out, 'utf8')) as EnrollmentFile;
    expect(file).toEqual({
      couchUrl: couch.baseUrl,
      village,
      kioskId: 'kiosk-hexi-01',
      username: `kiosk-${village}-kiosk-hexi-01`,
      password: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      databases: { ...databaseNames(village, couch.prefix), policies: countyDatabaseNames(couch.prefix).policies, alerts: countyDatabaseNames(couch.prefix).alerts },
      // The county's public key, printed by keygen: what the kiosk verifies configuration with.
      countyPublicKey: expect.stringMatching(/^[A-Za-z0-9+/]{43}=$/),
    });
    expect(keygen.out).toContain(file.countyPublicKey);
    expect(file.couchUrl).not.toContain('@');
    // Every village database name carries the village code.
    for (const db of Object.values(databaseNames(village, couch.prefix))) expect(db).toContain(village);
  });

  it('installs _security and validators for the village, and no per-village replication', async () => {
    const village = couch.village('xiaohe');
    const names = databaseNames(village, couch.prefix);
    for (const db of Object.values(names)) {
      const security = await couch.admin.getSecurity(db);
      expect(security).toMatchObject({ members: { roles: [`village:${village}`, 'county', 'county-viewer'] } });
      const validate = await couch.admin.getDoc<CouchDoc>(db, '_design/validate');
      expect(validate?.validate_doc_update).toContain(JSON.stringify(village));
    }
    // The gatherer follows activity; a quiet village costs the server nothing (county-gatherer.md).
    if (await couch.admin.databaseExists('_replicator')) {
      const replications = await couch.admin.allDocs<CouchDoc>('_replicator');
      expect(replications.rows.filter((row) => row.id.startsWith(couch.prefix) && row.id.includes(village))).toEqual([]);
    }
  });

  it('refuses to write an enrollment file inside the repository, before changing anything', async () => {
    const village = couch.village('qingshan');
    const inside = path.resolve('enrollment-test-should-not-exist.json');
    const run = await runCounty(couch, ['provision', '--village', village, '--kiosk', 'k01', '--out', inside]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/refusing to write an enrollment file/);
    expect(await couch.admin.databaseExists(databaseNames(village, couch.prefix).reports)).toBe(false);
    expect(await couch.admin.getDoc('_users', `org.couchdb.user:kiosk-${village}-k01`)).toBeUndefined();
  });

  it('refuses to provision before `county setup`', async () => {
    const otherDeployment = { ...couch, prefix: `${couch.prefix}other-` };
    const run = await runCounty(otherDeployment, ['provision', '--village', couch.village('x'), '--kiosk', 'k01', '--out', path.join(dir, 'x.json')]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/run `county setup` first/);
  });
});

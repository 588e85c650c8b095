import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CouchClient, CouchError, type CouchDoc } from '#sync/couchdb/couch-client';
import { countyDatabaseNames } from '#sync/couchdb/database-names';
import { eventually, provisionTestVillage, startCouch, type TestCouch, type TestVillage } from '../../support/couch';
import { newReport, runCounty } from './run-county';

/**
 * `county user add` / `county user disable` against the real server: the accounts the web
 * console signs in with, and what CouchDB lets each role do (not only what the page shows).
 */
let couch: TestCouch;
let village: TestVillage;
let reportId: string;

beforeAll(async () => {
  couch = await startCouch();
  village = await provisionTestVillage(couch, 'staff');
  const report = newReport(village.village, village.kioskId);
  await village.kiosk.putDoc(village.databases.reports, report);
  reportId = report._id;
});

afterAll(async () => {
  await couch?.stop();
});

async function refusal(run: () => Promise<unknown>): Promise<number | undefined> {
  try {
    await run();
    return undefined;
  } catch (error) {
    return error instanceof CouchError ? error.status : -1;
  }
}

describe('county staff accounts', () => {
  it('adds an account with a password shown once; a second run with the same role changes nothing', async () => {
    const name = `ann-${couch.runId}`;
    const first = await runCounty(couch, ['user', 'add', '--name', name, '--role', 'county']);
    expect(first.code).toBe(0);
    const password = /Password \(shown once, stored nowhere; hand it over in person\): (\S+)/.exec(first.out)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const ann = new CouchClient(couch.baseUrl, { username: name, password: password! });
    expect((await ann.session()).userCtx).toEqual(expect.objectContaining({ name, roles: ['county'] }));

    const second = await runCounty(couch, ['user', 'add', '--name', name, '--role', 'county']);
    expect(second).toEqual(expect.objectContaining({ code: 0, out: `Account ${name} already has role county. (--reset-password gives it a new password.)` }));
    expect((await ann.session()).userCtx.name).toBe(name);
  });

  it('a viewer reads the village and the gather databases and writes nowhere; a county account answers', async () => {
    const viewerName = `vic-${couch.runId}`;
    const clerkName = `cal-${couch.runId}`;
    expect((await runCounty(couch, ['user', 'add', '--name', viewerName, '--role', 'county-viewer'], { stdin: 'viewer-secret-1\n' })).code).toBe(0);
    expect((await runCounty(couch, ['user', 'add', '--name', clerkName, '--role', 'county'], { stdin: 'clerk-secret-1\n' })).code).toBe(0);
    const viewer = new CouchClient(couch.baseUrl, { username: viewerName, password: 'viewer-secret-1' });
    const clerk = new CouchClient(couch.baseUrl, { username: clerkName, password: 'clerk-secret-1' });
    const gather = countyDatabaseNames(couch.prefix).gather;
    const policies = countyDatabaseNames(couch.prefix).policies;

    const report = await viewer.getDoc<CouchDoc>(village.databases.reports, reportId);
    expect(report?._id).toBe(reportId);
    await viewer.allDocs(gather);
    const answer = { ...report!, countyReply: { zh: '已收到', at: new Date().toISOString() } };
    expect(await refusal(() => viewer.putDoc(village.databases.reports, answer))).toBe(403);
    expect(await refusal(() => viewer.putDoc(gather, { _id: 'audit-x', type: 'county_audit', by: viewerName, at: 'now', reportId, village: village.village, action: 'reply' }))).toBe(403);
    expect(await refusal(() => viewer.putDoc(policies, { _id: 'p1', type: 'policy', title: { zh: '标题' }, body: { zh: '正文' }, category: 'other', tags: [], updatedAt: 'now' }))).toBe(403);

    await clerk.putDoc(village.databases.reports, answer);
    await clerk.putDoc(gather, { _id: 'audit-y', type: 'county_audit', by: clerkName, at: new Date().toISOString(), reportId, village: village.village, action: 'reply' });
    expect(await refusal(() => clerk.putDoc(gather, { _id: 'audit-z', type: 'county_audit', by: viewerName, at: 'now', reportId, village: village.village, action: 'reply' }))).toBe(403);
  });

  it('disabling an account ends its sessions and its access; kiosk accounts are never touched', async () => {
    const name = `dee-${couch.runId}`;
    await runCounty(couch, ['user', 'add', '--name', name, '--role', 'county'], { stdin: 'dee-secret-1' });
    const dee = new CouchClient(couch.baseUrl, { username: name, password: 'dee-secret-1' });
    expect((await dee.session()).userCtx.roles).toEqual(['county']);
    const disabled = await runCounty(couch, ['user', 'disable', '--name', name]);
    expect(disabled).toEqual(expect.objectContaining({ code: 0, out: `Account ${name} disabled: no roles, open sessions ended.` }));
    // CouchDB's user cache follows `_users` by its changes feed: a moment, not a request.
    await eventually(async () => ((await refusal(() => dee.session())) === 401 ? true : undefined));
    expect(await refusal(() => dee.getDoc(village.databases.reports, reportId))).toBe(401);
    expect((await runCounty(couch, ['user', 'disable', '--name', name])).out).toBe(`Account ${name} was already disabled.`);

    const kiosk = await runCounty(couch, ['user', 'disable', '--name', village.username]);
    expect(kiosk).toEqual(expect.objectContaining({ code: 1, err: expect.stringContaining('belong to kiosks') }));
    const bad = await runCounty(couch, ['user', 'add', '--name', 'x', '--role', 'boss']);
    expect(bad).toEqual(expect.objectContaining({ code: 2, err: 'error: --role must be one of county, county-viewer' }));
  });
});

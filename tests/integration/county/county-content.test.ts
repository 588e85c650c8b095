import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CouchDoc } from '#sync/couchdb/couch-client';
import { countyDatabaseNames } from '#sync/couchdb/database-names';
import type { FleetRow } from '#sync/county-cli/commands/fleet';
import { verifyAlert } from '#sync/signing/alert-signature.node';
import { countyPublicKeyOf } from '#sync/signing/county-signature.node';
import { verifyKioskConfig } from '#sync/signing/kiosk-config-signature.node';
import { provisionTestVillage, startCouch, type TestCouch, type TestVillage } from '../../support/couch';
import { enrollmentDir, newHeartbeat, newReport, runCounty } from './run-county';

const PENSION_MD = `---
id: policy-pension-2025
title: 城乡居民基本养老保险
title_en: Basic pension insurance for residents
category: pension
tags: [养老, 社保]
effectiveFrom: 2025-01-01
---
## 参保对象

年满16周岁的城乡居民。

<!-- en -->
## Who can join

Residents aged 16 or older.
`;

const SUBSIDY_JSON = JSON.stringify({
  id: 'policy-farm-subsidy',
  title: { zh: '耕地地力保护补贴', en: 'Farmland protection subsidy' },
  body: '按承包耕地面积发放。',
  category: 'land',
  tags: ['补贴'],
});

describe('county content: policies, configuration, reports, fleet', () => {
  let couch: TestCouch;
  let a: TestVillage;
  let b: TestVillage;
  let files: string;
  /** The county's signing key file (`county keygen`): config push signs with it. */
  let countyKey: string;

  beforeAll(async () => {
    couch = await startCouch();
    a = await provisionTestVillage(couch, 'a');
    b = await provisionTestVillage(couch, 'b');
    files = enrollmentDir();
    countyKey = path.join(files, 'county-signing.pem');
    expect((await runCounty(couch, ['keygen', '--out', countyKey])).code).toBe(0);
  });
  afterAll(async () => {
    await couch?.stop();
    if (files) rmSync(files, { recursive: true, force: true });
  });

  it('imports policies from Markdown and JSON; importing again changes nothing; kiosks can read them', async () => {
    const dir = path.join(files, 'policies');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'pension.md'), PENSION_MD);
    writeFileSync(path.join(dir, 'subsidy.json'), SUBSIDY_JSON);

    const first = await runCounty(couch, ['policies', 'import', dir]);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain('2 created');
    const second = await runCounty(couch, ['policies', 'import', dir], { now: new Date('2031-01-01T00:00:00Z') });
    expect(second.out).toContain('0 created, 0 updated, 2 unchanged');

    const stored = await a.kiosk.getDoc<CouchDoc>(countyDatabaseNames(couch.prefix).policies, 'policy-pension-2025');
    expect(stored).toMatchObject({
      type: 'policy',
      title: { zh: '城乡居民基本养老保险', en: 'Basic pension insurance for residents' },
      category: 'pension',
      tags: ['养老', '社保'],
      effectiveFrom: '2025-01-01',
    });
    expect((stored?.body as { zh: string; en: string }).en).toContain('Who can join');
  });

  it('refuses an invalid policy file, naming the file and field, and imports nothing', async () => {
    const dir = path.join(files, 'bad-policies');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'good.json'), JSON.stringify({ ...JSON.parse(SUBSIDY_JSON), id: 'policy-never-imported' }));
    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ id: 'policy-bad', title: { zh: '' }, body: '正文', category: 'Land Use' }));
    const run = await runCounty(couch, ['policies', 'import', dir]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/bad\.json: title\.zh: must not be empty/);
    expect(run.err).toMatch(/bad\.json: category: has the wrong format/);
    expect(await couch.admin.getDoc(countyDatabaseNames(couch.prefix).policies, 'policy-never-imported')).toBeUndefined();
  });

  it('pushes a valid configuration layer to the village; pushing it again changes nothing', async () => {
    const file = path.join(files, 'config-a.json');
    writeFileSync(file, JSON.stringify({ idle: { warningSeconds: 90, resetSeconds: 30 }, services: { report: true, status: true, policies: true, clerk: false } }));
    const first = await runCounty(couch, ['config', 'push', '--village', a.village, '--file', file, '--county-key', countyKey]);
    expect(first.code, first.err).toBe(0);
    const doc = await a.kiosk.getDoc<CouchDoc & { village: string; config: Record<string, unknown>; signature: unknown }>(a.databases.config, 'kiosk-config');
    expect(doc).toMatchObject({ type: 'kiosk_config', village: a.village, config: { idle: { warningSeconds: 90 } }, signature: { alg: 'ed25519' } });
    // Signed with the county key: what a kiosk enrolled with its public key will verify.
    expect(verifyKioskConfig(doc!, countyPublicKeyOf(readFileSync(countyKey, 'utf8')))).toEqual({ ok: true });
    const second = await runCounty(couch, ['config', 'push', '--village', a.village, '--file', file, '--county-key', countyKey], { now: new Date('2031-01-01T00:00:00Z') });
    expect(second.out).toContain('(unchanged)');
    // Without the county key nothing is published.
    const unsigned = await runCounty(couch, ['config', 'push', '--village', a.village, '--file', file]);
    expect(unsigned.code).toBe(2);
    expect(unsigned.err).toMatch(/missing --county-key/);
    // The other village's kiosks do not get it.
    expect(await couch.admin.getDoc(b.databases.config, 'kiosk-config')).toBeUndefined();
  });

  it('refuses an invalid configuration with the file, the field and the problem', async () => {
    const file = path.join(files, 'config-bad.json');
    writeFileSync(file, JSON.stringify({ idle: { warningSeconds: 'abc', resetSeconds: 30 } }));
    const run = await runCounty(couch, ['config', 'push', '--village', a.village, '--file', file, '--county-key', countyKey]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`${file} (county configuration) field "idle.warningSeconds": expected a number, got string "abc"`);

    const other = path.join(files, 'config-other-village.json');
    writeFileSync(other, JSON.stringify({ village: { code: b.village } }));
    const wrongVillage = await runCounty(couch, ['config', 'push', '--village', a.village, '--file', other, '--county-key', countyKey]);
    expect(wrongVillage.code).toBe(1);
    expect(wrongVillage.err).toContain('field "village.code"');

    const broken = path.join(files, 'config-broken.json');
    writeFileSync(broken, '{ "idle": { "warningSeconds": 90, } }');
    const brokenRun = await runCounty(couch, ['config', 'push', '--village', a.village, '--file', broken, '--county-key', countyKey]);
    expect(brokenRun.code).toBe(1);
    expect(brokenRun.err).toMatch(/not valid JSON at line 1/);
  });

  it('lists reports, sets a status and replies; the kiosk sees the answer', async () => {
    const report = newReport(a.village, a.kioskId, { category: 'water', createdAt: '2025-06-01T08:00:00Z' });
    await a.kiosk.putDoc(a.databases.reports, report);
    await b.kiosk.putDoc(b.databases.reports, newReport(b.village, b.kioskId, { createdAt: '2025-06-02T08:00:00Z' }));

    const listA = await runCounty(couch, ['reports', 'list', '--village', a.village, '--json']);
    expect((JSON.parse(listA.out) as CouchDoc[]).map((doc) => doc._id)).toEqual([report._id]);
    const all = await runCounty(couch, ['reports', 'list', '--status', 'submitted']);
    expect(all.out).toContain(report._id);
    expect(all.out).toContain(b.village);

    const set = await runCounty(couch, ['reports', 'set-status', '--id', report._id, '--status', 'in_progress'], { now: new Date('2025-06-03T09:00:00Z') });
    expect(set.code, set.err).toBe(0);
    const again = await runCounty(couch, ['reports', 'set-status', '--id', report._id, '--status', 'in_progress']);
    expect(again.out).toContain('already has status in_progress');
    const reply = await runCounty(couch, ['reports', 'reply', '--id', report._id, '--text', '已派人维修', '--status', 'resolved'], {
      now: new Date('2025-06-04T10:00:00Z'),
    });
    expect(reply.code, reply.err).toBe(0);

    expect(await a.kiosk.getDoc<CouchDoc>(a.databases.reports, report._id)).toMatchObject({
      status: 'resolved',
      countyReply: { zh: '已派人维修', at: '2025-06-04T10:00:00.000Z' },
      statusHistory: [
        { status: 'in_progress', at: '2025-06-03T09:00:00.000Z' },
        { status: 'resolved', at: '2025-06-04T10:00:00.000Z' },
      ],
      trackingCode: report.trackingCode,
      kioskId: a.kioskId,
      category: 'water',
    });
    const resolved = await runCounty(couch, ['reports', 'list', '--village', a.village, '--status', 'resolved']);
    expect(resolved.out).toContain('已派人维修');

    const missing = await runCounty(couch, ['reports', 'set-status', '--id', 'no-such-report', '--status', 'received']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no report with id no-such-report');
    const badStatus = await runCounty(couch, ['reports', 'set-status', '--id', report._id, '--status', 'done']);
    expect(badStatus.code).toBe(2);
  });

  it('lists every provisioned kiosk with its status word in the fleet view, a silent one as 失联', async () => {
    await a.kiosk.putDoc(a.databases.heartbeats, newHeartbeat(a.village, a.kioskId));
    // The fixture heartbeat was sent at 07:45; 20 minutes later it is recent.
    const json = await runCounty(couch, ['fleet', '--json'], { now: new Date('2025-03-01T08:05:00Z') });
    expect(json.code, json.err).toBe(0);
    const rows = JSON.parse(json.out) as (FleetRow & { state: string; status: string; reasons: string[]; lostSince: string | null })[];
    expect(rows.map((row) => [row.village, row.kiosk, row.status])).toEqual([
      [a.village, a.kioskId, '需要关注'],
      [b.village, b.kioskId, '失联'],
    ]);
    expect(rows[0]).toMatchObject({ version: '0.1.0', lastGoodSync: '2025-03-01T07:00:00Z', pending: { reports: 2, scans: 0, blobs: 3 }, quarantined: 1, updateState: 'idle' });
    expect(rows[0]!.reasons.join('\n')).toMatch(/quarantined/);
    expect(rows[1]).toMatchObject({ lostSince: null, reasons: [expect.stringMatching(/no heartbeat ever/)] });
    const table = await runCounty(couch, ['fleet'], { now: new Date('2025-03-01T08:05:00Z') });
    expect(table.out).toMatch(new RegExp(`${a.kioskId}\\s+未分乡镇\\s+${a.village}\\s+需要关注\\s+0\\.1\\.0`));
    expect(table.out).toContain('2 kiosk(s).');
    const html = path.join(files, 'fleet.html');
    expect((await runCounty(couch, ['fleet', '--html', html])).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain(`data-kiosk="${b.kioskId}" data-state="lost"`);
  });

  it('config push --dry-run shows the validation result and the diff, and sends nothing', async () => {
    const file = path.join(files, 'config-dry.json');
    writeFileSync(file, JSON.stringify({ idle: { warningSeconds: 120, resetSeconds: 30 }, heartbeat: { intervalMinutes: 5 } }));
    const before = await couch.admin.getDoc<CouchDoc>(a.databases.config, 'kiosk-config');
    const run = await runCounty(couch, ['config', 'push', '--village', a.village, '--file', file, '--dry-run']);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('Validation: OK');
    expect(run.out).toContain('~ idle.warningSeconds: 90 → 120');
    expect(run.out).toContain('+ heartbeat: {"intervalMinutes":5}');
    expect(run.out).toContain('- services:');
    expect(run.out).toContain('Nothing was sent (--dry-run).');
    expect(await couch.admin.getDoc<CouchDoc>(a.databases.config, 'kiosk-config')).toEqual(before);

    writeFileSync(file, JSON.stringify({ idle: { warningSeconds: 'soon', resetSeconds: 30 } }));
    const bad = await runCounty(couch, ['config', 'push', '--village', a.village, '--file', file, '--dry-run']);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('Validation: REFUSED');
    expect(bad.out).toContain('field "idle.warningSeconds"');
  });

  it('sends an alert to some villages, lists it with its reach from heartbeats, and publishes a notice', async () => {
    const sent = await runCounty(couch, ['alert', 'send', '--villages', a.village, '--severity', 'danger', '--text', '今晚有暴雨，请远离河道。', '--id', 'alert-flood-1', '--county-key', countyKey]);
    expect(sent.code, sent.err).toBe(0);
    const alert = await a.kiosk.getDoc<CouchDoc>(countyDatabaseNames(couch.prefix).alerts, 'alert-flood-1');
    expect(alert).toMatchObject({ type: 'alert', villages: [a.village], severity: 'danger', text: { zh: '今晚有暴雨，请远离河道。' } });
    // Signed with the county key: what the kiosk host verifies before the banner shows it.
    expect(verifyAlert({ ...alert, id: alert?._id } as never, countyPublicKeyOf(readFileSync(countyKey, 'utf8')))).toEqual({ ok: true });
    expect((await runCounty(couch, ['alert', 'send', '--villages', a.village, '--severity', 'purple', '--text', 'x', '--county-key', countyKey])).err).toMatch(/--severity must be one of/);
    expect((await runCounty(couch, ['alert', 'send', '--villages', a.village, '--severity', 'danger', '--text', 'x'])).err).toMatch(/missing --county-key/);

    await a.kiosk.putDoc(a.databases.heartbeats, {
      ...newHeartbeat(a.village, a.kioskId),
      _id: a.kioskId,
      ...(await a.kiosk.getDoc<CouchDoc>(a.databases.heartbeats, a.kioskId).then((doc) => (doc?._rev ? { _rev: doc._rev } : {}))),
      alertsShown: [{ id: 'alert-flood-1', shownAt: '2026-07-01T10:01:00Z', acknowledgedAt: '2026-07-01T10:02:00Z' }],
    });
    const listed = await runCounty(couch, ['alert', 'list', '--json']);
    expect(listed.code, listed.err).toBe(0);
    expect(JSON.parse(listed.out)).toEqual([expect.objectContaining({ _id: 'alert-flood-1', reach: { shown: 1, acknowledged: 1 } })]);

    const notice = await runCounty(couch, ['notices', 'publish', '--village', b.village, '--title', '村务公开', '--body', '本月收支明细。', '--id', 'notice-1']);
    expect(notice.code, notice.err).toBe(0);
    expect(await b.kiosk.getDoc(b.databases.notices, 'notice-1')).toMatchObject({ author: 'county', title: { zh: '村务公开' } });
  });
});

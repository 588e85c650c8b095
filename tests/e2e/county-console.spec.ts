import type { Browser, Page } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import { consoleDistDir } from '#county-console/server/console-build.node';
import { startConsoleServer, type RunningConsole } from '#county-console/server/console-server.node';
import { createCountyKeyFile, type CountyKey } from '#sync/county-cli/county-key-file';
import { gatherAllOnce } from '#sync/county-cli/gather/gatherer';
import { verifyAlert } from '#sync/signing/alert-signature.node';
import type { CouchDoc } from '#sync/couchdb/couch-client';
import { addCountyStaff, disableCountyStaff } from '#sync/couchdb/county-staff';
import { countyDatabaseNames, databaseNames } from '#sync/couchdb/database-names';
import { simReportId } from '#sync/replication/simulator/sim-reports';
import { eventually, provisionTestVillage, startCouch, type TestCouch, type TestVillage } from '../support/couch';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { toCouchDoc } from '#test-fixtures/docs/couch-doc';
import { fullReport } from '#test-fixtures/docs/valid-docs';

/**
 * The county's web console against a real CouchDB (tests/support/couch: Apache CouchDB 3.4.3
 * from ../shared/couchdb when present): a headless kiosk (`npm run sync:sim`) sends a report
 * with a real photo and voice note, the gatherer brings it to the county, a county account finds
 * it, listens, looks, answers and resolves it, and the kiosk receives the answer; a viewer account
 * cannot answer, in the page or by writing to CouchDB directly; the figures of a seeded month are
 * right and the CSV and XLSX exports say the same; no console page has an axe-core violation.
 */
const root = path.resolve(import.meta.dirname, '../..');
let couch: TestCouch;
let village: TestVillage;
/** A second village whose report's photo and voice note have not arrived (blobs travel after the report). */
let waiting: TestVillage;
let server: RunningConsole;
let workDir: string;
let countyKey: CountyKey;
const accounts = { county: { name: '', password: 'county-pass-1' }, viewer: { name: '', password: 'viewer-pass-1' } };
const reportId = simReportId('k01', 0);

test.describe.configure({ mode: 'serial' });

function media(): { photo: string; voice: string } {
  const dir = path.join(tmpdir(), 'village-kiosk-e2e-media');
  mkdirSync(dir, { recursive: true });
  const make = (file: string, args: string[]) => {
    const target = path.join(dir, file);
    if (existsSync(target)) return target;
    const partial = `${target}.${process.pid}.part${path.extname(target)}`;
    const result = spawnSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args, partial], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`ffmpeg: ${result.stderr}`);
    renameSync(partial, target);
    return target;
  };
  return {
    photo: make('console-photo-320x240.jpg', ['-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=1', '-frames:v', '1']),
    voice: make('console-voice-2s.wav', ['-f', 'lavfi', '-i', 'sine=frequency=440:duration=2', '-ac', '1', '-ar', '16000']),
  };
}

/** One run of the headless kiosk (same --data folder each time: the same kiosk, resumed). */
async function runKioskSimulator(extra: string[] = []): Promise<{ documents: { local: number; server: number }; answers: { id: string; status: string; countyReply?: { zh?: string; en?: string } }[] }> {
  const args = ['--import', 'tsx', 'sync/replication/simulator/sync-sim.node.ts', '--couch', couch.baseUrl, '--user', village.username, `--password=${village.password}`];
  args.push('--prefix', couch.prefix, '--village', village.village, '--kiosk', village.kioskId, '--reports', '1', '--data', path.join(workDir, 'kiosk'), '--timeout', '60', ...extra);
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`sync-sim exited with ${code}:\n${out}\n${err}`);
  return JSON.parse(out.trim().split('\n').pop() ?? '{}');
}

const A = '510112001001';
const B = '510112001002';
const C = '510112002001';
const hour = 3_600_000;
function seeded(n: number, village: string, category: string, createdAt: string, extra: { history?: [string, number][]; replyAfter?: number; rating?: string; status?: string } = {}): CouchDoc {
  const created = Date.parse(createdAt);
  const statusHistory = (extra.history ?? []).map(([status, after]) => ({ status, at: new Date(created + after * hour).toISOString() }));
  return {
    _id: `seed-${n}`,
    type: 'report',
    village,
    kioskId: 'k01',
    trackingCode: `S${n}`,
    category,
    phrases: [],
    text: `seeded ${n}`,
    coReporters: [],
    reopenRequests: [],
    satisfaction: extra.rating ? [{ rating: extra.rating, resolution: 1, at: new Date(created + 60 * hour).toISOString(), kioskId: 'k01' }] : [],
    status: extra.status ?? statusHistory[statusHistory.length - 1]?.status ?? 'submitted',
    statusHistory,
    ...(extra.replyAfter !== undefined ? { countyReply: { zh: '已处理', at: new Date(created + extra.replyAfter * hour).toISOString() } } : {}),
    createdAt,
  };
}

/**
 * June 2025 (China time): 7 reports received (the one made at 01:00 on 1 June China time counts,
 * the one at 01:00 on 1 July does not), 3 resolved (42.9%), 3 rated of which 2 satisfied or
 * basically (66.7%), first answers after 2, 4, 1, 6, 10 h (median 4), resolutions after 26, 50,
 * 6 h (median 26). Town 510112001: 5 received, 2 resolved; town 510112002: 2 and 1. The
 * expected export below is worked out by hand from these documents, not by the console's code.
 */
const JUNE = [
  seeded(1, A, 'road', '2025-06-02T02:00:00.000Z', { history: [['received', 2], ['resolved', 26]], rating: 'satisfied' }),
  seeded(2, A, 'water', '2025-06-03T02:00:00.000Z', { history: [['received', 4], ['resolved', 50]], rating: 'unsatisfied' }),
  seeded(3, B, 'road', '2025-06-05T02:00:00.000Z', { history: [['received', 1], ['in_progress', 3]] }),
  seeded(4, B, 'road', '2025-06-10T02:00:00.000Z'),
  seeded(5, C, 'water', '2025-06-12T02:00:00.000Z', { history: [['resolved', 6]], replyAfter: 6, rating: 'basically' }),
  seeded(6, C, 'other', '2025-06-20T02:00:00.000Z', { history: [['received', 10]] }),
  seeded(7, A, 'road', '2025-05-31T17:00:00.000Z'),
  seeded(8, A, 'road', '2025-06-30T17:00:00.000Z'),
];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  workDir = mkdtempSync(path.join(tmpdir(), 'county-console-e2e-'));
  couch = await startCouch();
  village = await provisionTestVillage(couch, 'cc');
  accounts.county.name = `clerk-${couch.runId}`;
  accounts.viewer.name = `viewer-${couch.runId}`;
  await addCountyStaff(couch.admin, { name: accounts.county.name, role: 'county', password: accounts.county.password });
  await addCountyStaff(couch.admin, { name: accounts.viewer.name, role: 'county-viewer', password: accounts.viewer.password });

  waiting = await provisionTestVillage(couch, 'cw');
  await couch.admin.putDoc(waiting.databases.reports, toCouchDoc({ ...fullReport, village: waiting.village }));

  const { photo, voice } = media();
  const sent = await runKioskSimulator(['--photo', photo, '--voice', voice, '--voice-seconds', '2']);
  expect(sent.documents).toEqual({ local: 1, server: 1 });

  const gather = countyDatabaseNames(couch.prefix).gather;
  const now = Date.now();
  const heartbeat = (kioskId: string, villageCode: string, sentAgoMs: number, extra: Partial<CouchDoc> = {}) => ({
    _id: `hb-${kioskId}`,
    type: 'heartbeat',
    village: villageCode,
    kioskId,
    appVersion: '1.4.0',
    lastGoodSyncAt: new Date(now - sentAgoMs).toISOString(),
    pending: { reports: 0, scans: 0, blobs: 0 },
    quarantined: 0,
    updateState: 'idle',
    lastErrors: [],
    sentAt: new Date(now - sentAgoMs).toISOString(),
    ...extra,
  });
  await couch.admin.bulkDocs(gather, [
    ...JUNE,
    heartbeat('k-ok', A, 5 * 60_000),
    heartbeat('k-quarantine', B, 5 * 60_000, { quarantined: 2 }),
    heartbeat('k-lost', C, 3 * 24 * hour),
  ]);
  await gatherAllOnce(couch.admin, couch.prefix);
  countyKey = createCountyKeyFile(path.join(workDir, 'county-signing.pem'));
  server = await startConsoleServer({ couchUrl: couch.baseUrl, staticDir: consoleDistDir, prefix: couch.prefix, signer: { privateKeyPem: countyKey.privateKeyPem }, port: 0 });
});

test.afterAll(async () => {
  await server?.close();
  await couch?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

async function signIn(page: Page, account: { name: string; password: string }): Promise<void> {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: '县级工作人员登录' })).toBeVisible();
  await page.getByLabel('账号').fill(account.name);
  await page.getByLabel('密码').fill(account.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('navigation', { name: '主菜单' })).toBeVisible();
}

async function openSimReport(page: Page): Promise<void> {
  await page.getByLabel('村代码').fill(village.village);
  await page.getByRole('button', { name: '查询' }).click();
  const links = page.getByRole('link', { name: /^查看报告/ });
  await expect(links).toHaveCount(1);
  await expect(page.getByRole('row', { name: /模拟报告 0/ })).toContainText('照片 · 语音');
  await links.click();
  await expect(page.getByRole('heading', { level: 1, name: /^报告/ })).toBeVisible();
}

test('the sign-in page has no axe-core violation, and a wrong password is refused in words', async ({ page }) => {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: '县级工作人员登录' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('账号').fill(accounts.county.name);
  await page.getByLabel('密码').fill('wrong');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toHaveText('账号或密码不对。');
});

test('a county account finds the kiosk’s report, sees its photo, plays its voice note, answers and resolves it; the kiosk receives the answer', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, accounts.county);
  await expect(page.getByRole('heading', { level: 1, name: '待办报告' })).toBeVisible();
  await expectNoAxeViolations(page);
  await openSimReport(page);
  await expect(page.getByText('模拟报告 0：村东头的水管坏了，请尽快派人维修。')).toBeVisible();

  const photo = page.getByRole('img', { name: '村民拍的照片' });
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(320);

  const audio = page.locator('audio');
  await expect(audio).toBeVisible();
  await audio.click();
  const played = await audio.evaluate(async (element: HTMLAudioElement) => {
    element.muted = true;
    await element.play();
    await new Promise((resolve) => setTimeout(resolve, 600));
    return { duration: element.duration, currentTime: element.currentTime, error: element.error?.code ?? null };
  });
  expect(played.error).toBeNull();
  expect(played.duration).toBeCloseTo(2, 0);
  expect(played.currentTime).toBeGreaterThan(0);
  await expectNoAxeViolations(page);

  await page.getByLabel('答复（中文，必填）').fill('已派人维修，水管已经修好。');
  await page.getByLabel('答复（英文，可不填）').fill('The pipe has been repaired.');
  await page.getByLabel('同时把状态改为').selectOption('resolved');
  await page.getByRole('button', { name: '发送答复' }).click();
  await expect(page.getByRole('status').filter({ hasText: '答复已发送' })).toBeVisible();
  await expect(page.locator('.audit')).toContainText(`${accounts.county.name}：答复并改状态（已办结）`);
  await expect(page.locator('.facts')).toContainText('已派人维修，水管已经修好。 / The pipe has been repaired.');

  const kiosk = await runKioskSimulator();
  expect(kiosk.answers).toEqual([{ id: reportId, status: 'resolved', countyReply: expect.objectContaining({ zh: '已派人维修，水管已经修好。', en: 'The pipe has been repaired.' }) }]);
});

test('a viewer account reads the report but cannot answer it, and CouchDB refuses its direct writes', async ({ browser }: { browser: Browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await signIn(page, accounts.viewer);
  await expect(page.getByText(`${accounts.viewer.name}（只读）`)).toBeVisible();
  await expect(page.getByRole('link', { name: '发布政策' })).toHaveCount(0);
  await page.getByLabel('状态').selectOption('all');
  await openSimReport(page);
  await expect(page.getByText('您的账号只能查看，不能答复（需要 county 角色）。')).toBeVisible();
  await expect(page.getByRole('button', { name: '发送答复' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const names = { reports: `${couch.prefix}village-${village.village}-reports`, gather: countyDatabaseNames(couch.prefix).gather };
  const refused = await page.evaluate(
    async ({ names, id, by }) => {
      const current = await (await fetch(`/couch/${names.reports}/${id}`)).json();
      const reply = await fetch(`/couch/${names.reports}/${id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...current, status: 'in_progress', countyReply: { zh: '查看账号的答复', at: new Date().toISOString() } }),
      });
      const audit = await fetch(`/couch/${names.gather}/audit-forged`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'county_audit', by, at: new Date().toISOString(), reportId: id, village: current.village, action: 'reply' }),
      });
      const alert = await fetch('/console-api/alerts', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ villages: ['*'], severity: 'danger', zh: '查看账号的警报', hours: 1 }),
      });
      return { read: current.status, reply: reply.status, replyReason: (await reply.json()).reason, audit: audit.status, alert: alert.status };
    },
    { names, id: reportId, by: accounts.viewer.name },
  );
  expect(refused.read).toBe('resolved');
  expect(refused.reply).toBe(403);
  expect(refused.replyReason).toContain('only members of village');
  expect(refused.audit).toBe(403);
  expect(refused.alert).toBe(403);
  await expect(page.getByRole('link', { name: '紧急通知' })).toHaveCount(0);
  const stored = await couch.admin.getDoc<CouchDoc>(names.reports, reportId);
  expect(stored?.countyReply).toEqual(expect.objectContaining({ zh: '已派人维修，水管已经修好。' }));
  await context.close();
});

test('the figures of a seeded month are right, and the CSV and XLSX exports say the same', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, accounts.county);
  await page.getByRole('link', { name: '月度统计' }).click();
  await page.getByLabel('月份').fill('2025-06');
  await page.getByRole('button', { name: '统计' }).click();
  await expect(page.getByText('2025-06：收到 7 件，办结 3 件，办结率 42.9%，满意率 66.7%')).toBeVisible();
  await expect(page.getByRole('img', { name: /2025-06 各类别收到与办结的柱状图/ })).toBeVisible();
  const town = page.getByRole('table', { name: '按乡镇' });
  await expect(town.getByRole('row', { name: /^510112001 / })).toHaveText(/^510112001\s*5\s*2\s*40\s*2\s*50\s*2\s*38$/);
  await expect(town.getByRole('row', { name: /^510112002 / })).toHaveText(/^510112002\s*2\s*1\s*50\s*1\s*100\s*8\s*6$/);
  await expectNoAxeViolations(page);

  const expected = [
    ['全县', '全县', 7, 3, 42.9, 3, 66.7, 4, 26],
    ['按乡镇', '510112001', 5, 2, 40, 2, 50, 2, 38],
    ['按乡镇', '510112002', 2, 1, 50, 1, 100, 8, 6],
    ['按村', A, 3, 2, 66.7, 2, 50, 3, 38],
    ['按村', B, 2, 0, 0, 0, null, 1, null],
    ['按村', C, 2, 1, 50, 1, 100, 8, 6],
    ['按类别', '其他问题', 1, 0, 0, 0, null, 10, null],
    ['按类别', '道路', 4, 1, 25, 1, 100, 1.5, 26],
    ['按类别', '饮水', 2, 2, 100, 2, 50, 5, 28],
  ];
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
  const csv = Papa.parse<string[]>(readFileSync((await csvDownload.path()), 'utf8').replace(/^\ufeff/, '')).data.filter((row) => row.length > 1);
  expect(csv[0]).toEqual(['分组', '名称', '收到', '办结', '办结率 %', '评价数', '满意率 %', '首次答复中位数（小时）', '办结用时中位数（小时）']);
  expect(csv.slice(1).map((row) => row.map((cell, index) => (index < 2 ? cell : cell === '' ? null : Number(cell))))).toEqual(expected);

  const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
  expect(xlsxDownload.suggestedFilename()).toBe('county-figures-2025-06.xlsx');
  const sheet = await readSheet(readFileSync((await xlsxDownload.path())));
  expect(sheet.slice(1)).toEqual(expected);
});

test('a report whose photo and voice note are still on their way says so, with its whole timeline', async ({ page }) => {
  await signIn(page, accounts.county);
  await page.getByLabel('村代码').fill(waiting.village);
  await page.getByLabel('状态').selectOption('all');
  await page.getByRole('button', { name: '查询' }).click();
  await page.getByRole('link', { name: `查看报告 ${fullReport.trackingCode}` }).click();
  await expect(page.getByText('照片还在路上')).toBeVisible();
  await expect(page.getByText('语音还在路上')).toBeVisible();
  await expect(page.locator('img, audio')).toHaveCount(0);
  const timeline = page.locator('.timeline li');
  await expect(timeline).toHaveText([/村民提交报告/, /又有一位村民附议/, /状态改为：已受理/, /状态改为：已办结/, /县里答复：已派人维修。/, /村民评价：不满意/, /村民申请重新处理/]);
  await expect(page.locator('.facts')).toContainText('老槐树旁');
  await expectNoAxeViolations(page);
});

test('the fleet page says how each kiosk is, in words', async ({ page }) => {
  await signIn(page, accounts.county);
  await page.getByRole('link', { name: '终端状况' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '终端状况' })).toBeVisible();
  await expect(page.getByRole('row', { name: /k-ok/ })).toContainText('正常');
  await expect(page.getByRole('row', { name: /k-quarantine/ })).toContainText('需要关注');
  await expect(page.getByRole('row', { name: /k-quarantine/ })).toContainText('2 份资料被县里拒收');
  await expect(page.getByRole('row', { name: /k-lost/ })).toContainText('失联，自');
  await expectNoAxeViolations(page);
});

test('a county account publishes a policy, a village notice and a signed emergency alert; a disabled account can no longer sign in', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, accounts.county);
  await page.getByRole('link', { name: '紧急通知' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '发布紧急通知' })).toBeVisible();
  await page.getByRole('checkbox', { name: '乡镇 510112001' }).check();
  await expect(page.getByRole('checkbox', { name: A })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: B })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: C })).not.toBeChecked();
  await page.getByLabel('紧急程度').selectOption('danger');
  await page.getByLabel('通知内容（中文，必填）').fill('今晚有暴雨，请远离河道。');
  await page.getByLabel('有效小时数').fill('6');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '发布紧急通知' }).click();
  await expect(page.getByRole('status')).toContainText('已签名发布');
  const alertId = /紧急通知 (\S+) 已签名发布/.exec((await page.getByRole('status').textContent()) ?? '')?.[1];
  const alert = await village.kiosk.getDoc<CouchDoc>(countyDatabaseNames(couch.prefix).alerts, alertId!);
  expect(alert).toEqual(expect.objectContaining({ villages: [A, B], severity: 'danger', text: { zh: '今晚有暴雨，请远离河道。' } }));
  const { _id, ...fields } = alert!;
  expect(verifyAlert({ ...(fields as Omit<Parameters<typeof verifyAlert>[0], "id">), id: _id }, countyKey.publicKey)).toEqual({ ok: true });

  await page.getByRole('link', { name: '村务公告' }).click();
  await page.getByRole('combobox', { name: /^村/ }).selectOption(village.village);
  await page.getByLabel('标题').fill('村委会换届公告');
  await page.getByLabel('正文').fill('本月二十日召开村民大会。');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '发布公告' }).click();
  await expect(page.getByRole('status')).toHaveText(`公告已发给 ${village.village}，终端下次同步时显示。`);
  const notices = await village.kiosk.allDocs<CouchDoc>(databaseNames(village.village, couch.prefix).notices, { includeDocs: true });
  expect(notices.rows.map((row) => row.doc).filter((doc) => doc?.type === 'notice')).toEqual([
    expect.objectContaining({ village: village.village, author: 'county', title: { zh: '村委会换届公告' }, body: { zh: '本月二十日召开村民大会。' } }),
  ]);

  await page.getByRole('link', { name: '发布政策' }).click();
  await page.getByLabel('编号').fill('policy-console-e2e');
  await page.getByLabel('标题（中文）').fill('农村饮水安全');
  await page.getByLabel('正文（中文，Markdown）').fill('## 农村饮水安全\n\n第一段，**重点**。\n\n<script>alert(1)</script>\n\n[详情](https://example.gov.cn/x)');
  // The kiosk's own rules: a title repeated as the first heading is dropped, raw HTML is text, a link is numbered text.
  await expect(page.locator('.markdown-preview h2')).toHaveCount(0);
  await expect(page.locator('.markdown-preview strong')).toHaveText('重点');
  await expect(page.locator('.markdown-preview script')).toHaveCount(0);
  await expect(page.locator('.markdown-preview')).toContainText('<script>alert(1)</script>');
  await expect(page.locator('.markdown-preview a')).toHaveCount(0);
  await expect(page.locator('.markdown-preview sup')).toHaveText('[1]');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '发布' }).click();
  await expect(page.getByRole('status')).toHaveText('政策 policy-console-e2e 已发布，终端下次同步时会收到。');
  const policy = await village.kiosk.getDoc<CouchDoc>(countyDatabaseNames(couch.prefix).policies, 'policy-console-e2e');
  expect(policy?.title).toEqual({ zh: '农村饮水安全' });

  await page.getByRole('button', { name: '退出登录' }).click();
  await disableCountyStaff(couch.admin, accounts.county.name, new Date());
  // CouchDB's user cache follows `_users` by its changes feed: wait until it has seen the change.
  const old = couch.admin.as({ username: accounts.county.name, password: accounts.county.password });
  await eventually(() => old.session().then(() => undefined, () => true));
  await page.getByLabel('账号').fill(accounts.county.name);
  await page.getByLabel('密码').fill(accounts.county.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toHaveText('账号或密码不对。');
});

import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eventually, provisionTestVillage, startCouch, type TestCouch, type TestVillage } from '../support/couch';
import { expect, expectKioskSizedTargets, expectNoAxeViolations } from './support/fixtures';
import { startKioskHost, type KioskHostProcess } from './support/kiosk-host';
import { reportLaunchOptions, test as reportTest } from './support/report-fixtures';
import { continueAfterGroup, expectHeading, submitQuickReport } from './support/report-steps';
import { withReply, withStatus } from '#sync/county-cli/report-updates';

/**
 * The clerk enrolls the kiosk with the county's file, the renderer's sync runs through the
 * host's proxy against the tests' CouchDB (Apache CouchDB 3.4.3 from ../shared/couchdb when it
 * is there, else COUCHDB_URL or pouchdb-server: tests/support/couch), a villager's report
 * reaches the county, and the clerk sees "全部已发送" only then. The enrollment file is handed
 * to the browser from memory: a file holding a password is never written anywhere.
 */
let couch: TestCouch;
let village: TestVillage;
let siteDir: string;

/**
 * The kiosk's site file names the enrolled village: reports carry the configured village code,
 * and the county's validator refuses another village's documents (set aside, shown to the clerk).
 */
const test = reportTest.extend<{ kiosk: KioskHostProcess }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their first argument.
  kiosk: async ({}, use, testInfo) => {
    const site = path.join(siteDir, 'site.json');
    writeFileSync(site, JSON.stringify({ schemaVersion: 1, village: { code: village.village } }));
    const kiosk = await startKioskHost({ config: site, env: { KIOSK_SPEECH: 'record' } });
    await use(kiosk);
    if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('host-output', { body: kiosk.output(), contentType: 'text/plain' });
    await kiosk.stop();
  },
});
test.use({ launchOptions: reportLaunchOptions });

test.beforeAll(async () => {
  siteDir = mkdtempSync(path.join(tmpdir(), 'kiosk-e2e-site-'));
  couch = await startCouch();
  village = await provisionTestVillage(couch, 'e2e');
});

test.afterAll(async () => {
  await couch?.stop();
  if (siteDir) rmSync(siteDir, { recursive: true, force: true });
});

async function openClerk(page: Page): Promise<void> {
  await page.getByRole('button', { name: '工作人员服务' }).click();
  const keypad = page.getByRole('group', { name: '密码数字键' });
  await expectAccessibleClerkScreen(page);
  for (const digit of '2468') await keypad.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '和县里同步' })).toBeVisible();
}

/** The county's enrollment file, handed to the file input from memory (it holds a password). */
async function loadEnrollmentFile(page: Page): Promise<void> {
  const enrollment = {
    couchUrl: couch.baseUrl,
    village: village.village,
    kioskId: village.kioskId,
    username: village.username,
    password: village.password,
    databases: village.databases,
  };
  await page.getByRole('tab', { name: '本机注册' }).click();
  await page.getByLabel('载入县里发的注册文件').setInputFiles({ name: 'enrollment.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(enrollment)) });
}

async function expectAccessibleClerkScreen(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await expectKioskSizedTargets(page);
}

test('the clerk enrolls the kiosk, a report reaches the county, and only then "全部已发送"', async ({ page, kiosk }) => {
  test.setTimeout(120_000);
  await page.goto(kiosk.url);
  await openClerk(page);
  await expect(page.getByText(/^同步状态：未注册/)).toBeVisible();
  await expectAccessibleClerkScreen(page);

  await loadEnrollmentFile(page);
  // The village by its name (the site file gives this kiosk the village's code), never a password.
  await expect(page.getByText(`本机已注册：是"示范村"的终端，本机编号 ${village.kioskId}。`)).toBeVisible();
  await expect(page.locator('body')).not.toContainText(village.password);
  await page.getByRole('tab', { name: '同步', exact: true }).click();
  await expect(page.getByText('同步状态：全部已发送')).toBeVisible({ timeout: 30_000 });
  await expectAccessibleClerkScreen(page);

  // The heartbeat reached the village's heartbeats database.
  await eventually(
    async () => {
      expect((await couch.admin.listDocs(village.databases.heartbeats)).length).toBeGreaterThan(0);
      return true;
    },
    { timeoutMs: 30_000 },
  );

  // A villager's report: sent by the running sync, without anyone pressing anything.
  await page.getByRole('button', { name: '回到首页' }).click();
  await submitQuickReport(page, { category: '环境卫生', group: '第三村民小组', phrase: '垃圾没人清理' });
  await page.getByRole('button', { name: '完成' }).click();
  await eventually(
    async () => {
      const reports = await couch.admin.listDocs<{ _id: string; category?: string }>(village.databases.reports);
      expect(reports.filter((doc) => !doc._id.startsWith('_design/')).map((doc) => doc.category)).toContain('sanitation');
      return true;
    },
    { timeoutMs: 30_000 },
  );

  await openClerk(page);
  await page.getByRole('button', { name: '立即同步' }).click();
  await expect(page.getByText('同步状态：全部已发送')).toBeVisible({ timeout: 30_000 });
  // The sync-now line ends in a result with the time ("全部已发送，14:32").
  await expect(page.getByText(/^全部已发送，\d{2}:\d{2}$/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('待发送的反映：0 件')).toBeVisible();
  await page.getByRole('tab', { name: '退回的内容' }).click();
  await expect(page.getByText('没有被退回的内容。')).toBeVisible();
  await expectAccessibleClerkScreen(page);
  await page.getByRole('button', { name: '回到首页' }).click();
  await expectHeading(page, '示范村');
});

async function enroll(page: Page): Promise<void> {
  await openClerk(page);
  await loadEnrollmentFile(page);
  await expect(page.getByText(/^本机已注册：/)).toBeVisible();
  await page.getByRole('button', { name: '回到首页' }).click();
}

async function lookUp(page: Page, shownCode: string): Promise<void> {
  await page.getByRole('button', { name: '查询办理进度' }).click();
  const keypad = page.getByRole('group', { name: '数字键盘' });
  for (const digit of shownCode.replace(' ', '')) await keypad.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`查询编号 ${shownCode} 的办理进度`);
}

test('the county resolves a report with a reply, the villager sees it by code, rates it, and "not satisfied" + reopen reach the county', async ({ page, kiosk }) => {
  test.setTimeout(150_000);
  await page.goto(kiosk.url);
  await enroll(page);
  const shown = (await submitQuickReport(page, { category: '饮水', group: '第一村民小组', phrase: '停水了' })).trim();
  await page.getByRole('button', { name: '完成' }).click();

  // The county (admin) resolves it and replies, as `npm run county -- reports reply` does.
  const db = village.databases.reports;
  const onServer = await eventually(
    async () => {
      const docs = await couch.admin.listDocs<{ _id: string; trackingCode?: string }>(db);
      const found = docs.find((doc) => doc.trackingCode === shown.replace(' ', ''));
      expect(found).toBeDefined();
      return found!;
    },
    { timeoutMs: 30_000 },
  );
  const now = new Date();
  const resolved = withReply(withStatus(onServer, 'resolved', now)!, { zh: '水管已经修好，请试用。' }, now)!;
  await couch.admin.putDoc(db, resolved);

  // The county's answer comes back by replication while the villager looks at the timeline:
  // the screen follows the local document, so it changes by itself.
  await lookUp(page, shown);
  await expect(page.getByRole('list', { name: '办理进度' }).locator('[aria-current="step"]')).toContainText('已解决', { timeout: 45_000 });
  await expect(page.getByText('水管已经修好，请试用。')).toBeVisible();
  await expectNoAxeViolations(page);
  await expectKioskSizedTargets(page);

  // 回访: the villager is not satisfied; that is recorded and the reopen is offered.
  await page.getByRole('group', { name: '您对县里的处理满意吗？' }).getByRole('button', { name: '不满意' }).click();
  await expect(page.getByText(/已记下您的评价："不满意"/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '还没解决 — 重新反映' }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '确认重新反映' }).click();
  await expect(page.getByText('已重新反映，县里会再次处理。')).toBeVisible();
  await expectNoAxeViolations(page);

  // The reopen request (kiosk-owned) reaches the county; the county's resolution stays.
  await eventually(
    async () => {
      const doc = await couch.admin.getDoc<{ _id: string; reopenRequests?: unknown[]; satisfaction?: unknown[]; status?: string; countyReply?: { zh?: string } }>(db, onServer._id);
      // Both record which resolution they answer: the first one.
      expect(doc?.reopenRequests).toEqual([expect.objectContaining({ resolution: 1 })]);
      expect(doc?.satisfaction).toEqual([expect.objectContaining({ rating: 'unsatisfied', resolution: 1 })]);
      expect(doc?.status).toBe('resolved');
      expect(doc?.countyReply?.zh).toBe('水管已经修好，请试用。');
      return true;
    },
    { timeoutMs: 30_000 },
  );
});

test('a report the county refuses is set aside with the server\'s reason, and the clerk sends it again once fixed', async ({ page, kiosk }) => {
  test.setTimeout(150_000);
  const db = village.databases.reports;
  // County IT closes the reports database for a while: every write from a kiosk is refused.
  const closed = await couch.admin.putDoc(db, {
    _id: '_design/e2e-maintenance',
    validate_doc_update: "function (newDoc, oldDoc, userCtx) { if (userCtx.roles.indexOf('kiosk') >= 0) throw { forbidden: 'county maintenance until 14:00' }; }",
  });
  try {
    await page.goto(kiosk.url);
    await enroll(page);
    await submitQuickReport(page, { category: '土地', group: '第四村民小组', phrase: '土地被占用' });
    await page.getByRole('button', { name: '完成' }).click();

    await openClerk(page);
    await expect(page.getByText('同步状态：有内容被县里退回')).toBeVisible({ timeout: 30_000 });
    await page.getByRole('tab', { name: /退回的内容/ }).click();
    const row = page.getByRole('article');
    await expect(row).toContainText('county maintenance until 14:00');
    await expectNoAxeViolations(page);
    await row.getByRole('button', { name: '重新发送' }).click();
    await expect(page.getByText(/县里又退回了/)).toBeVisible({ timeout: 30_000 });

    // Fixed at the county: the clerk sends it again and it arrives.
    await couch.admin.deleteDoc(db, closed.id, closed.rev);
    await row.getByRole('button', { name: '重新发送' }).click();
    await expect(page.getByText('已经重新发送，县里收下了。')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('没有被退回的内容。')).toBeVisible();
    await eventually(
      async () => {
        const reports = await couch.admin.listDocs<{ _id: string; category?: string }>(db);
        expect(reports.map((doc) => doc.category)).toContain('land');
        return true;
      },
      { timeoutMs: 30_000 },
    );
  } finally {
    const current = await couch.admin.getDoc<{ _id: string; _rev: string }>(db, closed.id).catch(() => undefined);
    if (current) await couch.admin.deleteDoc(db, current._id, current._rev);
  }
});

test('a report\'s photo reaches the county under its SHA-256 with the MD5 the kiosk declared (issue 8, finding 7)', async ({ page, kiosk }) => {
  test.setTimeout(120_000);
  await page.goto(kiosk.url);
  await enroll(page);
  await page.getByRole('button', { name: '我要反映问题' }).click();
  await page.getByRole('button', { name: '饮水', exact: true }).click();
  await page.getByRole('button', { name: '水管漏水' }).click();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '拍照', exact: true }).click();
  await expect(page.getByRole('img', { name: '刚拍的照片' })).toBeVisible();
  await page.getByRole('button', { name: '用这张，下一步' }).click();
  await page.getByRole('button', { name: '第二村民小组' }).click();
  await continueAfterGroup(page);
  const different = page.getByRole('button', { name: '不是，我的是另一件事' });
  await expect(different.or(page.getByRole('heading', { level: 1, name: '留个电话吗' }))).toBeVisible();
  if (await different.isVisible()) await different.click();
  await page.getByRole('button', { name: '不留电话' }).click();
  await page.getByRole('button', { name: '确认提交' }).click();
  await expectHeading(page, '已经提交');

  // The renderer computed the MD5 (in Chromium, @noble/hashes) and sent one multipart PUT
  // through the host; the county validator took it because the digest matched the declaration.
  const photo = await eventually(
    async () => {
      const reports = await couch.admin.listDocs<{ _id: string; photo?: { sha256: string } }>(village.databases.reports);
      const withPhoto = reports.find((doc) => doc.photo);
      expect(withPhoto).toBeDefined();
      const blob = await couch.admin.getDoc<{ _id: string; md5?: string; _attachments?: Record<string, { digest: string }> }>(village.databases.blobs, withPhoto!.photo!.sha256);
      expect(blob?._attachments?.data).toBeDefined();
      return blob!;
    },
    { timeoutMs: 60_000 },
  );
  expect(photo.md5).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(photo._attachments!.data!.digest).toBe(`md5-${photo.md5}`);
  const bytes = Buffer.from(
    await (
      await fetch(new URL(`${encodeURIComponent(village.databases.blobs)}/${photo._id}/data`, couch.baseUrl), {
        headers: { authorization: `Basic ${Buffer.from(`${couch.adminAuth.username}:${couch.adminAuth.password}`).toString('base64')}` },
      })
    ).arrayBuffer(),
  );
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(photo._id);
  expect(createHash('md5').update(bytes).digest('base64')).toBe(photo.md5);
});

import type { Browser, Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { countyDatabaseNames } from '#sync/couchdb/database-names';
import { countyPublicKeyOf } from '#sync/signing/county-signature.node';
import { HOSTILE_POLICY_BODY } from '#test-fixtures/docs/hostile-policy';
import { runCounty } from '../integration/county/run-county';
import { eventually, provisionTestVillage, startCouch, type TestCouch, type TestVillage } from '../support/couch';
import { expect, expectKioskSizedTargets, expectNoAxeViolations, test } from './support/fixtures';
import { startKioskHost, type KioskHostProcess } from './support/kiosk-host';
import { recordSpokenTexts } from './support/report-steps';

/**
 * Policies, notices and alerts with a real county server (pouchdb-server) and the county's
 * signing key (alerts are shown only when the host verified the county signed them): a hostile policy
 * renders inert and a malformed one is set aside for the clerk; a notice the clerk publishes on
 * one kiosk appears on another kiosk of the village; an alert sent with the county tool appears
 * above everything, is spoken, blocks nothing, is acknowledged, and the heartbeat says so.
 */
let couch: TestCouch;
let first: TestVillage;
let second: TestVillage;
let siteDir: string;
let site: string;
let countyKey: string;
let countyPublicKey: string;
const hosts: KioskHostProcess[] = [];

test.beforeAll(async () => {
  siteDir = mkdtempSync(path.join(tmpdir(), 'kiosk-e2e-site-'));
  couch = await startCouch();
  first = await provisionTestVillage(couch, 'bulletin', 'k01');
  second = await provisionTestVillage(couch, 'bulletin', 'k02');
  countyKey = path.join(siteDir, 'county-signing.pem');
  const keygen = await runCounty(couch, ['keygen', '--out', countyKey]);
  expect(keygen.code, keygen.err).toBe(0);
  countyPublicKey = countyPublicKeyOf(readFileSync(countyKey, 'utf8'));
  site = path.join(siteDir, 'site.json');
  writeFileSync(site, JSON.stringify({ schemaVersion: 1, village: { code: first.village } }));
});

test.afterAll(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.stop()));
  await couch?.stop();
  if (siteDir) rmSync(siteDir, { recursive: true, force: true });
});

async function kioskPage(browser: Browser, beforeGoto?: (page: Page) => void): Promise<Page> {
  const host = await startKioskHost({ config: site, env: { KIOSK_SPEECH: 'record' } });
  hosts.push(host);
  const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' })).newPage();
  beforeGoto?.(page);
  await page.goto(host.url);
  return page;
}

async function openClerk(page: Page): Promise<void> {
  await page.getByRole('button', { name: '工作人员服务' }).click();
  const keypad = page.getByRole('group', { name: '密码数字键' });
  for (const digit of '2468') await keypad.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '和县里同步' })).toBeVisible();
}

/** Enrolls the kiosk with the county's file (handed over from memory: it holds a password). */
async function enroll(page: Page, village: TestVillage): Promise<void> {
  await openClerk(page);
  await page.getByRole('tab', { name: '本机注册' }).click();
  const file = { couchUrl: couch.baseUrl, village: village.village, kioskId: village.kioskId, username: village.username, password: village.password, databases: village.databases, countyPublicKey };
  await page.getByLabel('载入县里发的注册文件').setInputFiles({ name: 'enrollment.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByText(/^本机已注册：/)).toBeVisible();
}

test('a hostile county policy renders inert; a malformed one is not shown and is reported to the clerk', async ({ browser }) => {
  test.setTimeout(120_000);
  const policies = countyDatabaseNames(couch.prefix).policies;
  const base = { type: 'policy', category: 'medical', tags: ['测试'], updatedAt: '2026-11-01T00:00:00Z', effectiveFrom: '2026-01-01' };
  await couch.admin.putDoc(policies, { _id: 'hostile-1', ...base, title: { zh: '恶意测试政策' }, body: { zh: HOSTILE_POLICY_BODY } });
  // Accepted by the server's basic checks, refused by the kiosk's schema (an unknown field).
  await couch.admin.putDoc(policies, { _id: 'malformed-1', ...base, title: { zh: '格式不对的政策' }, body: { zh: '正文' }, sneaky: true });

  const page = await kioskPage(browser);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await enroll(page, first);
  await page.getByRole('tab', { name: /退回的内容/ }).click();
  const refused = page.getByRole('article', { name: '政策 malformed-1' });
  await expect(refused).toBeVisible({ timeout: 30_000 });
  // The kiosk says why, in the schema's words, and offers no "send again" for a row it only receives.
  await expect(refused).toContainText('sneaky');
  await expect(refused.getByRole('button')).toHaveCount(0);
  await page.getByRole('button', { name: '回到首页' }).click();

  await page.getByRole('button', { name: '政策查询' }).click();
  await page.getByRole('button', { name: /^医疗保障/ }).click();
  await expect(page.getByText('格式不对的政策')).toHaveCount(0);
  await page.getByRole('button', { name: /恶意测试政策/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('恶意测试政策');
  const article = page.locator('article.policy-text');
  await expect(article).toContainText('<script>');
  await expect(article.locator('script, iframe, img, a, svg, object, embed')).toHaveCount(0);
  expect(await article.evaluate((el) => [...el.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n !== 'class' && n !== 'start'))).toEqual([]);
  await page.mouse.move(400, 400);
  await article.click();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expectNoAxeViolations(page);
});

test('a notice the clerk publishes on one kiosk appears on another kiosk of the village', async ({ browser }) => {
  test.setTimeout(150_000);
  const a = await kioskPage(browser);
  const b = await kioskPage(browser);
  await enroll(a, first);
  await enroll(b, second);
  await b.getByRole('button', { name: '回到首页' }).click();

  await a.getByRole('tab', { name: '村务公告' }).click();
  await a.getByRole('button', { name: '发布公告' }).click();
  await expect(a.getByRole('heading', { level: 1 })).toHaveText('发布公告');
  await expectNoAxeViolations(a);
  await a.getByLabel('公告标题').fill('十一月村务财务公开');
  await a.getByRole('button', { name: '写正文' }).click();
  await a.getByLabel('公告正文').fill('本月收入一万二千元，支出九千五百元。');
  await a.getByRole('button', { name: '发布', exact: true }).click();
  await expect(a.getByText(/公告已发布/)).toBeVisible();

  await eventually(
    async () => {
      const docs = await couch.admin.listDocs<{ _id: string; title?: { zh: string } }>(first.databases.notices);
      expect(docs.map((doc) => doc.title?.zh)).toContain('十一月村务财务公开');
      return true;
    },
    { timeoutMs: 30_000 },
  );
  await b.getByRole('button', { name: '公告' }).click({ timeout: 40_000 });
  await expectNoAxeViolations(b);
  await b.getByRole('button', { name: /十一月村务财务公开/ }).click();
  await expect(b.getByRole('heading', { level: 1 })).toHaveText('十一月村务财务公开');
  await expect(b.locator('article')).toContainText('本月收入一万二千元');
  await expectNoAxeViolations(b);
  await expectKioskSizedTargets(b);
});

test('an alert sent with the county tool appears above everything, is spoken, blocks nothing and is acknowledged', async ({ browser }) => {
  test.setTimeout(150_000);
  let spoken: string[] = [];
  const page = await kioskPage(browser, (p) => {
    spoken = recordSpokenTexts(p);
  });
  await enroll(page, first);
  await page.getByRole('button', { name: '回到首页' }).click();

  // Someone with write access to the alerts database but not the county's key: never shown.
  const issuedAt = new Date().toISOString();
  await couch.admin.putDoc(countyDatabaseNames(couch.prefix).alerts, {
    _id: 'alert-forged', type: 'alert', villages: [first.village], severity: 'danger', text: { zh: '伪造的撤离通知' }, issuedAt, expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  });
  const sent = await runCounty(couch, ['alert', 'send', '--villages', first.village, '--severity', 'danger', '--text', '今晚有大暴雨，请远离河道。', '--id', 'alert-e2e-flood', '--county-key', countyKey]);
  expect(sent.code, sent.err).toBe(0);
  const banner = page.getByRole('region', { name: '紧急通知' });
  await expect(banner).toContainText('紧急：今晚有大暴雨，请远离河道。', { timeout: 40_000 });
  await expect.poll(() => spoken.join(' ')).toContain('紧急通知。紧急：今晚有大暴雨，请远离河道。');
  await expect(banner).not.toContainText('伪造');
  expect(spoken.join(' ')).not.toContain('伪造');
  for (const size of [{ width: 1920, height: 1080 }, { width: 1366, height: 768 }, { width: 1080, height: 1920 }]) {
    await page.setViewportSize(size);
    await expectNoAxeViolations(page);
  }
  await page.setViewportSize({ width: 1920, height: 1080 });

  // It blocks nothing: the services below work while it shows, and it shows on every screen.
  await page.getByRole('button', { name: '政策查询' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('政策查询');
  await expect(banner).toBeVisible();
  const before = spoken.length;
  await page.getByRole('button', { name: '回到首页' }).click();
  await expect.poll(() => spoken.length).toBeGreaterThan(before);

  await banner.getByRole('button', { name: '知道了' }).click();
  await expect(banner).toHaveCount(0);
  await eventually(
    async () => {
      const heartbeat = await couch.admin.getDoc<{ _id: string; alertsShown?: { id: string; acknowledgedAt?: string }[] }>(first.databases.heartbeats, first.kioskId);
      expect(heartbeat?.alertsShown?.find((entry) => entry.id === 'alert-e2e-flood')?.acknowledgedAt).toEqual(expect.any(String));
      return true;
    },
    { timeoutMs: 30_000 },
  );
  const listed = await runCounty(couch, ['alert', 'list']);
  expect(listed.out).toMatch(/alert-e2e-flood\s+danger/);
});

import type { Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultKioskConfig } from '#kiosk-config/default-config';
import { signKioskConfig } from '#sync/signing/kiosk-config-signature.node';
import { countyPublicKeyOf } from '#sync/signing/county-signature.node';
import { runCounty } from '../integration/county/run-county';
import { eventually, provisionTestVillage, startCouch, type TestCouch, type TestVillage } from '../support/couch';
import { expect, test } from './support/fixtures';
import { startKioskHost, type KioskHostProcess } from './support/kiosk-host';

/**
 * Live configuration from the county (issue 14): `county config push` signs a layer adding a
 * report category, replication brings it to an enrolled kiosk and the category is on the
 * report screen without a reload; then a signed layer the kiosk's schema refuses arrives
 * (written to the config database directly, since `config push` itself refuses it): the kiosk
 * keeps the last good configuration and `county fleet` shows the refusal from the heartbeat.
 * The site file sets a one-minute heartbeat so the refusal reaches the county quickly.
 */
let couch: TestCouch;
let village: TestVillage;
let dir: string;
let site: string;
let countyKey: string;
let countyPublicKey: string;
let host: KioskHostProcess | undefined;

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kiosk-e2e-config-push-'));
  couch = await startCouch();
  village = await provisionTestVillage(couch, 'pushcfg', 'k01');
  countyKey = path.join(dir, 'county-signing.pem');
  const keygen = await runCounty(couch, ['keygen', '--out', countyKey]);
  expect(keygen.code, keygen.err).toBe(0);
  countyPublicKey = countyPublicKeyOf(readFileSync(countyKey, 'utf8'));
  site = path.join(dir, 'site.json');
  writeFileSync(site, JSON.stringify({ schemaVersion: 1, village: { code: village.village }, heartbeat: { intervalMinutes: 1 } }));
});

test.afterAll(async () => {
  await host?.stop();
  await couch?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function enroll(page: Page): Promise<void> {
  await page.getByRole('button', { name: '工作人员服务' }).click();
  const keypad = page.getByRole('group', { name: '密码数字键' });
  for (const digit of '2468') await keypad.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await page.getByRole('tab', { name: '本机注册' }).click();
  const file = { couchUrl: couch.baseUrl, village: village.village, kioskId: village.kioskId, username: village.username, password: village.password, databases: village.databases, countyPublicKey };
  await page.getByLabel('载入县里发的注册文件').setInputFiles({ name: 'enrollment.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByText(/^本机已注册：/)).toBeVisible();
  await page.getByRole('button', { name: '回到首页' }).click();
}

// Five categories: one page of tiles on every screen size, so "visible" means on screen now.
const withBridgeCategory = {
  categories: [
    ...defaultKioskConfig.categories.slice(0, 4),
    { id: 'bridge', icon: 'road', label: { zh: '便民桥梁', en: 'Footbridges' }, quickPhrases: [{ zh: '桥面松动', en: 'The deck is loose' }] },
  ],
};

test('a pushed category appears live; a refused push keeps the last good one and county fleet says why', async ({ browser }) => {
  test.setTimeout(240_000);
  host = await startKioskHost({ config: site, env: { KIOSK_SPEECH: 'record' } });
  const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' })).newPage();
  await page.goto(host.url);
  await enroll(page);
  // The kiosk stays on its report screen from here on: nothing reloads it.
  await page.getByRole('button', { name: '我要反映问题' }).click();
  await expect(page.getByRole('button', { name: '道路', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '便民桥梁', exact: true })).toHaveCount(0);
  const loads: string[] = [];
  page.on('load', () => loads.push(page.url()));

  const layer = path.join(dir, 'county-layer.json');
  writeFileSync(layer, JSON.stringify(withBridgeCategory));
  const pushed = await runCounty(couch, ['config', 'push', '--village', village.village, '--file', layer, '--county-key', countyKey]);
  expect(pushed.code, pushed.err).toBe(0);
  expect(pushed.out).toContain('Published');
  await expect(page.getByRole('button', { name: '便民桥梁', exact: true })).toBeVisible({ timeout: 60_000 });
  // The whole layer applied: the categories it leaves out are gone from the same screen.
  await expect(page.getByRole('button', { name: '其他问题', exact: true })).toHaveCount(0);
  expect(loads).toEqual([]);

  // Signed by the county, but the kiosk's schema refuses it (an icon it does not have).
  const refused = { categories: [...withBridgeCategory.categories, { id: 'boats', icon: 'boat', label: { zh: '渡船' } }] };
  const dryRun = await runCounty(couch, ['config', 'push', '--village', village.village, '--file', writeLayer('refused-layer.json', refused), '--dry-run']);
  expect(dryRun.code).toBe(1);
  expect(dryRun.out).toContain('REFUSED');
  const signed = signKioskConfig(village.village, refused, readFileSync(countyKey, 'utf8'), new Date());
  const current = await couch.admin.getDoc<{ _id: string; _rev: string }>(village.databases.config, 'kiosk-config');
  await couch.admin.putDoc(village.databases.config, { _id: 'kiosk-config', ...(current ? { _rev: current._rev } : {}), type: 'kiosk_config', village: village.village, config: refused, updatedAt: new Date().toISOString(), signature: signed.signature });

  await eventually(
    async () => {
      const fleet = await runCounty(couch, ['fleet', '--village', village.village]);
      expect(fleet.code, fleet.err).toBe(0);
      expect(fleet.out).toContain('配置被拒绝');
      expect(fleet.out).toContain('icon');
      return true;
    },
    { timeoutMs: 150_000, intervalMs: 5_000 },
  );
  // The last good configuration stays: the pushed category is still offered, the refused one never.
  await expect(page.getByRole('button', { name: '便民桥梁', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '渡船', exact: true })).toHaveCount(0);
  expect(loads).toEqual([]);
});

function writeLayer(name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(content));
  return file;
}

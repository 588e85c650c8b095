import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, expectKioskSizedTargets, expectNoAxeViolations, test } from './support/fixtures';
import { startKioskHost } from './support/kiosk-host';

const tiles = [
  { zh: '我要反映问题', en: 'Report a problem' },
  { zh: '查询办理进度', en: 'Check my report' },
  { zh: '政策查询', en: 'Policies' },
  { zh: '工作人员服务', en: 'Clerk services' },
];

test('home is in Chinese with the four services, large targets and no axe violations', async ({ page, kiosk }) => {
  await page.goto(kiosk.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('示范村');
  for (const tile of tiles) await expect(page.getByRole('button', { name: tile.zh })).toBeVisible();
  await expectKioskSizedTargets(page);
  await expectNoAxeViolations(page);
});

test('each tile opens its screen and Home returns', async ({ page, kiosk }) => {
  await page.goto(kiosk.url);
  for (const tile of tiles) {
    await page.getByRole('button', { name: tile.zh }).click();
    await expect(page.getByRole('button', { name: tile.zh })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: /首页/ }).click();
    await expect(page.getByRole('button', { name: tile.zh })).toBeVisible();
  }
});

test('the language switch shows English and back', async ({ page, kiosk }) => {
  await page.goto(kiosk.url);
  await page.getByRole('button', { name: /English/ }).click();
  for (const tile of tiles) await expect(page.getByRole('button', { name: tile.en })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: /中文/ }).click();
  await expect(page.getByRole('button', { name: tiles[0]!.zh })).toBeVisible();
});

test('idle: a warning with a large Continue, then a reset to home in Chinese', async ({ page, kiosk }) => {
  await page.clock.install();
  await page.goto(kiosk.url);
  await page.getByRole('button', { name: /English/ }).click();
  await page.getByRole('button', { name: 'Policies' }).click();
  // Default configuration: warning after 90 s without a touch.
  await page.clock.fastForward(91_000);
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  await expectKioskSizedTargets(page);
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: /Continue/ }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Home/ })).toBeVisible();
  // No touch again: warning, then the reset 20 s later.
  await page.clock.fastForward(91_000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.clock.fastForward(21_000);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: tiles[0]!.zh })).toBeVisible();
});

test('an invalid site configuration is named clearly and the last good configuration stays', async ({ page }) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-site-'));
  const site = path.join(dir, 'broken-site.json');
  writeFileSync(site, JSON.stringify({ idle: { warningSeconds: 'soon', resetSeconds: 20 } }));
  const kiosk = await startKioskHost({ config: site });
  try {
    expect(kiosk.output()).toMatch(/broken-site\.json.*idle\.warningSeconds/);
    await page.goto(kiosk.url);
    const banner = page.getByRole('status').filter({ hasText: 'broken-site.json' });
    await expect(banner).toContainText('idle.warningSeconds');
    // The kiosk still works with the built-in configuration.
    await expect(page.getByRole('button', { name: tiles[0]!.zh })).toBeVisible();
    await expectNoAxeViolations(page);
  } finally {
    await kiosk.stop();
  }
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { formatTrackingCode } from '#sync/schema/tracking-code';
import { killChromium } from './support/browser-process';
import { expect, test } from './support/fixtures';
import { freePort, startKioskHost, type KioskHostProcess } from './support/kiosk-host';
import { reportLaunchOptions } from './support/report-fixtures';
import { blobStored, continueAfterGroup, expectHeading, storedReports } from './support/report-steps';

/**
 * "After the receipt appears, a killed process loses nothing": the browser and the host are
 * SIGKILLed the moment the receipt shows, then the same kiosk (same port = same origin, same
 * data dir, same browser profile) starts again and the report, its photo and its voice note
 * are all there.
 */
test('the report survives the browser and the host being killed right after the receipt', async () => {
  test.setTimeout(120_000);
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kiosk-crash-data-'));
  const profile = mkdtempSync(path.join(tmpdir(), 'kiosk-crash-profile-'));
  const contextOptions = { ...reportLaunchOptions, headless: true, viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' };
  let host: KioskHostProcess | undefined;
  let context: BrowserContext | undefined;
  try {
    host = await startKioskHost({ port, dataDir });
    context = await chromium.launchPersistentContext(profile, contextOptions);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(host.url);
    await page.getByRole('button', { name: '我要反映问题' }).click();
    await page.getByRole('button', { name: '安全隐患' }).click();
    await page.getByRole('button', { name: '电线裸露' }).click();
    await page.getByRole('button', { name: '开始录音' }).click();
    await expect(page.getByRole('timer')).toBeVisible();
    await page.getByRole('button', { name: '停止录音' }).click();
    await expect(page.getByRole('button', { name: '播放录音' })).toBeVisible();
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByRole('button', { name: '拍照', exact: true })).toBeEnabled();
    await page.getByRole('button', { name: '拍照', exact: true }).click();
    await page.getByRole('button', { name: '用这张，下一步' }).click();
    await page.getByRole('button', { name: '第一村民小组' }).click();
    await continueAfterGroup(page, '老祠堂');
    await page.getByRole('button', { name: '不留电话' }).click();
    await page.getByRole('button', { name: '确认提交' }).click();
    const shown = (await page.getByTestId('tracking-code').textContent()) ?? '';
    expect(shown).toMatch(/^\d{4} \d{4}$/);

    // The moment the receipt is visible: kill everything, no cleanup.
    expect(killChromium(profile).length).toBeGreaterThan(0);
    await host.stop({ kill: true });
    await context.close().catch(() => undefined);
    context = undefined;

    host = await startKioskHost({ port, dataDir });
    context = await chromium.launchPersistentContext(profile, contextOptions);
    const again = context.pages()[0] ?? (await context.newPage());
    await again.goto(host.url);
    await expectHeading(again, '示范村');
    const reports = await storedReports(again);
    expect(reports.map((report) => formatTrackingCode(report.trackingCode))).toEqual([shown]);
    const [report] = reports;
    expect(report).toMatchObject({ category: 'safety', group: 'g1', phrases: ['电线裸露'], status: 'submitted' });
    expect(await blobStored(again, report!.photo!.sha256)).toBe(true);
    expect(await blobStored(again, report!.voiceNote!.sha256)).toBe(true);

    // And the app itself knows it: the same problem in the same group gets the duplicate hint.
    await again.getByRole('button', { name: '我要反映问题' }).click();
    await again.getByRole('button', { name: '安全隐患' }).click();
    await again.getByRole('button', { name: '电线裸露' }).click();
    await again.getByRole('button', { name: '下一步' }).click();
    await again.getByRole('button', { name: '跳过，不拍照' }).click();
    await again.getByRole('button', { name: '第一村民小组' }).click();
    await again.getByRole('button', { name: '老祠堂' }).click();
    await expect(again.getByRole('dialog', { name: '最近已有人反映过同样的问题' })).toContainText('电线裸露');
  } finally {
    await context?.close().catch(() => undefined);
    await host?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
});

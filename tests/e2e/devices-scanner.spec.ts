import type { Page } from '@playwright/test';
import { formatTrackingCode } from '#sync/schema/tracking-code';
import { expect } from './support/fixtures';
import { test } from './support/fake-hid';
import { expectHeading, submitQuickReport } from './support/report-steps';

/**
 * A receipt's code opens its report's status from any screen: read by a HID-POS scanner
 * (simulated at the node-hid boundary, split over two reports like a real long QR code), and
 * typed by a keyboard-wedge scanner (a burst of keys ending in Enter). Anything else is ignored.
 */

async function makeReport(page: Page): Promise<string> {
  const shown = await submitQuickReport(page, { category: '饮水', group: '第一村民小组', phrase: '水管漏水' });
  await page.getByRole('button', { name: '完成' }).click();
  await expectHeading(page, '示范村');
  return shown.replace(' ', '');
}

test('a HID-POS scan of the receipt QR (a URL, two reports) opens its status from another screen', async ({ page, kiosk, hid }) => {
  await page.goto(kiosk.url);
  const code = await makeReport(page);
  await page.getByRole('button', { name: '政策查询' }).click();
  await expectHeading(page, '政策查询');

  hid.scan('6901234567892'); // a product barcode: ignored
  hid.scan(`https://county.example.cn/kiosk/receipt?village=demo-village&code=${code}`);
  await expectHeading(page, `查询编号 ${formatTrackingCode(code)} 的办理进度`);
  await expect(page.getByText('水管漏水')).toBeVisible();
  // Back returns to the screen the scan interrupted.
  await page.getByRole('button', { name: '返回' }).click();
  await expectHeading(page, '政策查询');
  expect(kiosk.output()).toMatch(/\[hid\] scanner read 13 characters \(\]Q1\)/);
});

test('a keyboard-wedge scanner (fast keys, then Enter) opens the status; slow typing does not', async ({ page, kiosk }) => {
  const ignored: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('scan ignored')) ignored.push(message.text());
  });
  await page.goto(kiosk.url);
  const code = await makeReport(page);

  // A person typing the same digits, ~150 ms apart: not a scan, the home screen stays.
  await page.keyboard.type(code, { delay: 150 });
  await page.keyboard.press('Enter');
  await expectHeading(page, '示范村');

  // A scanner in keyboard mode: all keys within a few milliseconds, then Enter.
  await page.evaluate((text) => {
    for (const key of [...text, 'Enter']) window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  }, code);
  await expectHeading(page, `查询编号 ${formatTrackingCode(code)} 的办理进度`);

  await page.getByRole('button', { name: '回到首页' }).click();
  await page.evaluate(() => {
    for (const key of [...'WIFI:S:office;;', 'Enter']) window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
  await expect.poll(() => ignored).toEqual(['[kiosk] scan ignored (keyboard, 15 characters): not a receipt tracking code']);
  await expectHeading(page, '示范村');
});

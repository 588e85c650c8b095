import { expect, expectNoAxeViolations } from './support/fixtures';
import { test } from './support/fake-hid';
import { expectHeading, submitQuickReport } from './support/report-steps';

/**
 * Receipts in browser mode: the print job goes to the host; with no printer the villager is
 * told to copy the code (shown large), and the printable preview shows the receipt exactly as
 * the thermal printer would lay it out (SVG from the host's ESC/POS layout).
 */

test('no printer: the fallback message with the code large, and the printable preview of the receipt', async ({ page, kiosk }) => {
  await page.goto(kiosk.url);
  const shown = await submitQuickReport(page, { category: '饮水', group: '第一村民小组', phrase: '水管漏水' });
  await expect(page.getByText('未连接打印机，请抄下查询编号。')).toBeVisible();
  const code = page.getByTestId('tracking-code');
  expect(parseFloat(await code.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(48);

  await page.getByRole('button', { name: '打印预览' }).click();
  const dialog = page.getByRole('dialog', { name: '回执预览' });
  const receipt = dialog.getByRole('img', { name: `回执：查询编号 ${shown}` });
  await expect(receipt).toBeVisible();
  expect(await receipt.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(576); // 80 mm: 576 dots
  await expect(dialog.getByText('纸宽 80 毫米')).toBeVisible();
  await expect(dialog.getByRole('button', { name: '打印这张回执' })).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toHaveCount(0);
  await expectHeading(page, '已经提交');
});

test.describe('a printer that fails', () => {
  test.use({ devicesConfig: { printer: { connection: 'cups', queue: 'kiosk-e2e-no-such-queue', paperWidth: 58 } } });

  test('the villager copies the code, may reprint; the clerk sees the failure counted', async ({ page, kiosk }) => {
    await page.goto(kiosk.url);
    await submitQuickReport(page, { category: '饮水', group: '第一村民小组' });
    await expect(page.getByText('打印失败，请抄下查询编号。')).toBeVisible();
    await expect(page.getByText('请告诉村委会工作人员：回执没有打印出来。')).toBeVisible();
    await expect(page.getByRole('button', { name: '重新打印' })).toBeVisible();
    await page.getByRole('button', { name: '打印预览' }).click();
    await expect(page.getByRole('dialog', { name: '回执预览' }).getByText('纸宽 58 毫米')).toBeVisible();
    expect(kiosk.output()).toContain('[printer] CUPS kiosk-e2e-no-such-queue: printer-error');
  });
});

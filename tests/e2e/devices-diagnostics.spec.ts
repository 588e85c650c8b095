import type { Page } from '@playwright/test';
import { expect, expectKioskSizedTargets, expectNoAxeViolations } from './support/fixtures';
import { test as hidTest } from './support/fake-hid';
import { reportLaunchOptions } from './support/report-fixtures';
import { expectHeading } from './support/report-steps';

/**
 * The clerk's device check behind the clerk PIN: live status of the simulated keypad and
 * scanner (plugged and unplugged at the node-hid boundary), a key test, a scan test, a test
 * receipt without a printer, the (fake) document camera — chosen by its label, which for
 * Chromium's fake camera is the file's path — and zero axe-core violations.
 */
const test = hidTest;
test.use({ launchOptions: reportLaunchOptions, devicesConfig: { camera: { label: 'document-640x480', width: 640, height: 480 } } });

async function openDeviceCheck(page: Page) {
  await page.getByRole('button', { name: '工作人员服务' }).click();
  const keypad = page.getByRole('group', { name: '密码数字键' });
  for (const digit of '2468') await keypad.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await page.getByRole('button', { name: '设备检查' }).click();
  await expectHeading(page, '设备检查');
}

const card = (page: Page, name: string) => page.getByRole('region', { name });

test('device check: status, key and scan tests, test receipt, camera; accessible', async ({ page, kiosk, hid }) => {
  await page.goto(kiosk.url);
  await openDeviceCheck(page);
  await expect(card(page, '大按键键盘')).toContainText('状态：已连接');
  await expect(card(page, '大按键键盘')).toContainText('设备名称：E2E Big Button Keypad');
  await expect(card(page, '扫码器')).toContainText('状态：已连接');
  await expect(card(page, '回执打印机')).toContainText('状态：没有设置');
  await expectKioskSizedTargets(page);
  await expectNoAxeViolations(page);

  // Hot-plug: unplug the scanner, the status follows without reloading.
  hid.send({ op: 'unplug', path: '/dev/hidraw-e2e-scanner' });
  await expect(card(page, '扫码器')).toContainText('状态：没有连接');

  await card(page, '大按键键盘').getByRole('button', { name: '测试按键' }).click();
  await expect(card(page, '大按键键盘')).toContainText('请按大按键键盘上的任意一个键。');
  hid.press('home');
  await expect(card(page, '大按键键盘')).toContainText('收到：首页键');
  await expectHeading(page, '设备检查'); // captured: Home did not leave the screen
  await card(page, '大按键键盘').getByRole('button', { name: '结束测试' }).click();

  await card(page, '扫码器').getByRole('button', { name: '测试扫码' }).click();
  await page.evaluate(() => {
    for (const key of [...'30527713', 'Enter']) window.dispatchEvent(new KeyboardEvent('keydown', { key }));
  });
  await expect(card(page, '扫码器')).toContainText('读到 8 个字符（键盘方式） 这是回执上的查询编号：30527713');
  await expectHeading(page, '设备检查');
  await card(page, '扫码器').getByRole('button', { name: '结束测试' }).click();

  await card(page, '回执打印机').getByRole('button', { name: '打印测试回执' }).click();
  await expect(card(page, '回执打印机')).toContainText('没有设置打印机，没有打印。');
  await card(page, '回执打印机').getByRole('button', { name: '打印预览' }).click();
  await expect(page.getByRole('dialog', { name: '回执预览' }).getByRole('img', { name: '回执：查询编号 0000 0000' })).toBeVisible();
  await page.getByRole('dialog', { name: '回执预览' }).getByRole('button', { name: '关闭' }).click();

  const camera = card(page, '高拍仪（文件摄像头）');
  await expect(camera).toContainText('设置：名称包含“document-640x480”，640×480');
  await camera.getByRole('button', { name: '显示画面' }).click();
  await expect(camera.getByRole('status')).toContainText(/正在使用：.+，640×480/);
  await expect(camera.locator('video')).toBeVisible();
  expect(await camera.locator('video').evaluate((video: HTMLVideoElement) => video.videoWidth)).toBe(640);
  await expectKioskSizedTargets(page);
  await expectNoAxeViolations(page);
  await camera.getByRole('button', { name: '关闭画面' }).click();

  // Back returns to the clerk dashboard, still unlocked.
  await page.getByRole('button', { name: '返回' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '和县里同步' })).toBeVisible();
});

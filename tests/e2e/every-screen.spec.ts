import type { Page, TestInfo } from '@playwright/test';
import { expect } from './support/fixtures';
import { reportLaunchOptions, test } from './support/report-fixtures';
import { expectHeading } from './support/report-steps';
import { expectScreenFits } from './support/screen-fit';

/**
 * Every screen of the kiosk at the project's screen size (playwright.config.ts runs this spec
 * at 1366×768, 1280×1024, 1920×1080 and 1080×1920): each visible control's centre inside the
 * window and not covered, nothing scrolling, kiosk-sized targets, zero axe violations. A
 * screenshot of each screen is attached to the report for people to look at.
 */
test.use({ launchOptions: reportLaunchOptions });

async function check(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.waitForTimeout(150); // let the paged lists measure themselves
  await testInfo.attach(name, { body: await page.screenshot(), contentType: 'image/png' });
  await expectScreenFits(page);
}

/** Taps 下一页 until the last page, checking each page (lists page instead of scrolling). */
async function everyPage(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await check(page, testInfo, name);
  const next = page.getByRole('group', { name: '翻页' }).getByRole('button', { name: '下一页' });
  for (let n = 2; (await next.count()) > 0 && (await next.isEnabled()); n++) {
    await next.click();
    await check(page, testInfo, `${name} page ${n}`);
  }
}

test('the villager screens: home, the whole report flow, the receipt and the status lookup', async ({ page, kiosk }, testInfo) => {
  test.setTimeout(180_000);
  await page.goto(kiosk.url);
  await expectHeading(page, '示范村');
  await check(page, testInfo, 'home');
  await page.getByRole('button', { name: 'English' }).click();
  await check(page, testInfo, 'home in English');
  await page.getByRole('button', { name: 'Report a problem' }).click();
  await everyPage(page, testInfo, 'categories in English');
  await page.getByRole('button', { name: 'Home' }).click();
  await page.getByRole('button', { name: '中文' }).click();

  await page.getByRole('button', { name: '我要反映问题' }).click();
  await everyPage(page, testInfo, 'categories');
  await page.getByRole('button', { name: '工作人员协助' }).click();
  await check(page, testInfo, 'assisted-mode PIN');
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  // Back to the first page: the category tile is there.
  const previous = page.getByRole('group', { name: '翻页' }).getByRole('button', { name: '上一页' });
  while ((await previous.count()) > 0 && (await previous.isEnabled())) await previous.click();
  await page.getByRole('button', { name: '饮水' }).click();

  await check(page, testInfo, 'describe');
  await page.getByRole('button', { name: '水管漏水' }).click();
  await page.getByRole('button', { name: '开始录音' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await check(page, testInfo, 'describe while recording');
  await page.getByRole('button', { name: '停止录音' }).click();
  await expect(page.getByRole('button', { name: '播放录音' })).toBeVisible();
  await check(page, testInfo, 'describe with a recording');

  await page.getByRole('button', { name: '用键盘打字（可选）' }).click();
  await check(page, testInfo, 'keyboard');
  const keys = page.getByRole('group', { name: '键盘' });
  for (const key of 'lu') await keys.getByRole('button', { name: key, exact: true }).click();
  await check(page, testInfo, 'keyboard with candidates');
  await keys.getByRole('button', { name: '123 数字' }).click();
  await check(page, testInfo, 'keyboard digits');
  await keys.getByRole('button', { name: '拼音字母' }).click();
  await page.getByRole('button', { name: '打完了' }).click();
  await page.getByRole('button', { name: '下一步' }).click();

  await expect(page.getByRole('button', { name: '拍照', exact: true })).toBeEnabled();
  await check(page, testInfo, 'photo');
  await page.getByRole('button', { name: '拍照', exact: true }).click();
  await expect(page.getByRole('img', { name: '刚拍的照片' })).toBeVisible();
  await check(page, testInfo, 'photo taken');
  await page.getByRole('button', { name: '用这张，下一步' }).click();

  await everyPage(page, testInfo, 'village groups');
  await page.getByRole('button', { name: '第二村民小组' }).click();
  await everyPage(page, testInfo, 'landmarks');
  await page.getByRole('button', { name: '水库' }).click();

  await check(page, testInfo, 'phone, nothing keyed in');
  const keypad = page.getByRole('group', { name: '电话数字键' });
  for (const digit of '1391234') await keypad.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('alert')).toContainText('号码不对');
  await check(page, testInfo, 'phone, wrong number');
  for (const digit of '5678') await keypad.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: '确定' }).click();

  await expectHeading(page, '请核对');
  await check(page, testInfo, 'review');
  await page.getByRole('button', { name: '确认提交' }).click();
  await expectHeading(page, '已经提交');
  await check(page, testInfo, 'receipt');
  const code = ((await page.getByTestId('tracking-code').textContent()) ?? '').replace(' ', '');
  await page.getByRole('button', { name: '完成' }).click();

  await page.getByRole('button', { name: '查询办理进度' }).click();
  await check(page, testInfo, 'status entry');
  const digits = page.getByRole('group', { name: '数字键盘' });
  for (const digit of code.slice(0, 5)) await digits.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: '查询', exact: true }).click();
  await check(page, testInfo, 'status entry with a problem');
  for (const digit of code.slice(5)) await digits.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: '查询', exact: true }).click();
  await expect(page.getByRole('list', { name: '办理进度' })).toBeVisible();
  await check(page, testInfo, 'status of one report');
  await page.getByRole('button', { name: '返回' }).click();
  await page.getByRole('button', { name: '查不到编号？' }).click();
  const phoneKeys = page.getByRole('group', { name: '电话数字键' });
  for (const digit of '13912345678') await phoneKeys.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: '查找' }).click();
  await expect(page.getByRole('list', { name: '用这个号码反映的问题' })).toBeVisible();
  await check(page, testInfo, 'status by phone');
  await page.getByRole('button', { name: '回到首页' }).click();
  await page.getByRole('button', { name: '政策查询' }).click();
  await check(page, testInfo, 'policies');

  // The same problem again: the duplicate hint, once the place is known.
  await page.getByRole('button', { name: '回到首页' }).click();
  await page.getByRole('button', { name: '我要反映问题' }).click();
  await page.getByRole('button', { name: '饮水' }).click();
  await page.getByRole('button', { name: '水管漏水' }).click();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '跳过，不拍照' }).click();
  await page.getByRole('button', { name: '第二村民小组' }).click();
  await page.getByRole('button', { name: '水库' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await check(page, testInfo, 'duplicate hint');
});

test('the clerk screens and the idle warning', async ({ page, kiosk }, testInfo) => {
  await page.clock.install();
  await page.goto(kiosk.url);
  await page.getByRole('button', { name: '工作人员服务' }).click();
  await check(page, testInfo, 'clerk PIN');
  const keypad = page.getByRole('group', { name: '密码数字键' });
  for (const digit of '1111') await keypad.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('alert')).toContainText('密码不对');
  await check(page, testInfo, 'clerk PIN, wrong');
  for (const digit of '2468') await keypad.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: '确定' }).click();
  for (const tab of ['同步', '本机注册', '退回的内容', '朗读']) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await check(page, testInfo, `clerk: ${tab}`);
  }
  await page.clock.fastForward(91_000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await check(page, testInfo, 'idle warning');
});

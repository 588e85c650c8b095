import type { Page } from '@playwright/test';
import { dammCheckDigit } from '#sync/schema/tracking-code';
import { expect, expectKioskSizedTargets, expectNoAxeViolations, test } from './support/fixtures';

/**
 * The status lookup in Chromium against the browser-mode host, keyed in by taps only.
 * The built app exposes no way to plant a report in its IndexedDB, so the lookup that finds
 * one first makes it through the report flow and reads the code off the receipt.
 */

const validUnknownCode = (payload: string) => payload + String(dammCheckDigit(payload));

async function openStatus(page: Page) {
  await page.getByRole('button', { name: '查询办理进度' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '查询办理进度' })).toBeVisible();
}

async function keyIn(page: Page, digits: string) {
  const keypad = page.getByRole('group', { name: '数字键盘' });
  for (const digit of digits) await keypad.getByRole('button', { name: digit, exact: true }).click();
}

const codeDisplay = (page: Page) => page.getByRole('status', { name: '您输入的查询编号' });

test('status lookup: the keypad screen is large, grouped as typed and free of axe violations', async ({ page, kiosk }) => {
  await page.goto(kiosk.url);
  await openStatus(page);
  await expectKioskSizedTargets(page);
  await expectNoAxeViolations(page);

  await keyIn(page, '305277');
  await expect(codeDisplay(page)).toHaveText('3052 77');
  await page.getByRole('button', { name: '删除' }).click();
  await expect(codeDisplay(page)).toHaveText('3052 7');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByRole('alert')).toHaveText('查询编号是 8 位数字，现在输入了 5 位，请输完整');
  await expectNoAxeViolations(page);
});

test('status lookup: a mistyped code is caught by its check digit', async ({ page, kiosk }) => {
  await page.goto(kiosk.url);
  await openStatus(page);
  const code = validUnknownCode('3052771');
  const mistyped = code.slice(0, -1) + String((Number(code.at(-1)) + 1) % 10);
  await keyIn(page, mistyped);
  await expect(codeDisplay(page)).toHaveText(`${mistyped.slice(0, 4)} ${mistyped.slice(4)}`);
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByRole('alert')).toHaveText('号码好像输错了，请核对回执上的号码');
  await expectKioskSizedTargets(page);
  await expectNoAxeViolations(page);
});

test('status lookup: an unknown code says "not found" plainly, and Try again starts over', async ({ page, kiosk }) => {
  await page.goto(kiosk.url);
  await openStatus(page);
  await keyIn(page, validUnknownCode('1234567'));
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByRole('alert')).toContainText('没有找到这个号码的反映');
  await expectKioskSizedTargets(page);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: '重新输入' }).click();
  await expect(codeDisplay(page)).toHaveText('');
  await expect(page.getByRole('alert')).toHaveText('');
  await expect(page.getByRole('button', { name: '查询' })).toBeVisible();
  // Home leaves nothing behind: a new visit starts with an empty code.
  await keyIn(page, '12');
  await page.getByRole('button', { name: '回到首页' }).click();
  await openStatus(page);
  await expect(codeDisplay(page)).toHaveText('');
});

test('status lookup: a report made here is found by its receipt code and shows "saved on this kiosk"', async ({ page, kiosk }) => {
  await page.goto(kiosk.url);
  await page.getByRole('button', { name: '我要反映问题' }).click();
  await page.getByRole('list', { name: '问题类别' }).getByRole('button', { name: '饮水' }).click();
  await page.getByRole('button', { name: '水管漏水' }).click();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '跳过，不拍照' }).click();
  await page.getByRole('list', { name: '村民小组' }).getByRole('button', { name: '第一村民小组' }).click();
  await page.getByRole('button', { name: '跳过', exact: true }).click();
  await page.getByRole('button', { name: '不留电话' }).click();
  await page.getByRole('button', { name: '确认提交' }).click();
  const shown = (await page.getByTestId('tracking-code').textContent())?.trim() ?? '';
  expect(shown).toMatch(/^\d{4} \d{4}$/);
  await page.getByRole('button', { name: '完成' }).click();

  await openStatus(page);
  await keyIn(page, shown.replace(' ', ''));
  await expect(codeDisplay(page)).toHaveText(shown);
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`查询编号 ${shown} 的办理进度`);
  const current = page.getByRole('list', { name: '办理进度' }).locator('[aria-current="step"]');
  await expect(current).toContainText('已保存在本机');
  await expect(current).toContainText('现在到这一步');
  await expect(page.getByText('水管漏水')).toBeVisible();
  // Nothing to reopen before the county has resolved it.
  await expect(page.getByRole('button', { name: '还没解决 — 重新反映' })).toHaveCount(0);
  await expectKioskSizedTargets(page);
  await expectNoAxeViolations(page);
});

test('查不到编号？: reports are found by the phone number left on them, showing category, date and status only', async ({ page, kiosk }) => {
  await page.goto(kiosk.url);
  await page.getByRole('button', { name: '我要反映问题' }).click();
  await page.getByRole('button', { name: '道路' }).click();
  await page.getByRole('button', { name: '路灯不亮' }).click();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '跳过，不拍照' }).click();
  await page.getByRole('button', { name: '第四村民小组' }).click();
  const phoneKeys = page.getByRole('group', { name: '电话数字键' });
  for (const digit of '13912345678') await phoneKeys.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await page.getByRole('button', { name: '确认提交' }).click();
  const code = (await page.getByTestId('tracking-code').textContent()) ?? '';
  await page.getByRole('button', { name: '完成' }).click();

  await openStatus(page);
  await page.getByRole('button', { name: '查不到编号？' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('用电话号码查');
  const keypad = page.getByRole('group', { name: '电话数字键' });
  // A wrong number shows nothing and says so.
  for (const digit of '13912345679') await keypad.getByRole('button', { name: digit, exact: true }).click();
  await expect(page.getByRole('status', { name: '您输入的电话号码' })).toHaveText('139 1234 5679');
  await page.getByRole('button', { name: '查找' }).click();
  await expect(page.getByRole('alert')).toContainText('这个号码没有查到反映');
  await expect(page.getByRole('list', { name: '用这个号码反映的问题' })).toHaveCount(0);
  await page.getByRole('button', { name: '删除' }).click();
  await keypad.getByRole('button', { name: '8', exact: true }).click();
  await page.getByRole('button', { name: '查找' }).click();
  const results = page.getByRole('list', { name: '用这个号码反映的问题' });
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results).toContainText(/^道路，\d{4}年\d{1,2}月\d{1,2}日：已保存在本机$/);
  // Category, date and status only: not the code, not what was said.
  await expect(page.getByRole('main')).not.toContainText(code);
  await expect(page.getByRole('main')).not.toContainText('路灯不亮');
  await expectKioskSizedTargets(page);
  await expectNoAxeViolations(page);
});

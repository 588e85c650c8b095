import type { Page } from '@playwright/test';
import { expect } from './support/fixtures';
import { test, type FakeHid } from './support/fake-hid';
import { expectHeading, recordSpokenTexts, storedReports } from './support/report-steps';

/**
 * The big-button keypad alone: a whole report from the first screen to the receipt, with no
 * touch and no mouse. Key presses are simulated at the node-hid boundary (fake HID device list
 * of the browser-mode host), so the host's matching, report parsing and events are real.
 */

const ringed = (page: Page) => page.locator('[data-keypad-focus]');

/** "next" until the ring is on the button called `name`, then "confirm". */
async function keypadPress(page: Page, hid: FakeHid, name: string | RegExp) {
  const matches = (text: string) => (typeof name === 'string' ? text.trim() === name : name.test(text));
  for (let presses = 0; presses < 40; presses++) {
    const before = (await ringed(page).count()) > 0 ? ((await ringed(page).textContent()) ?? '') : null;
    if (before !== null && matches(before)) {
      hid.press('confirm');
      return;
    }
    hid.press('next');
    await expect.poll(async () => ((await ringed(page).count()) > 0 ? ((await ringed(page).first().textContent()) ?? '') : null)).not.toBe(before);
  }
  throw new Error(`the keypad never reached "${String(name)}"`);
}

test('a report completed with the keypad alone: ring, confirm, back, read aloud, help', async ({ page, kiosk, hid }) => {
  const spoken = recordSpokenTexts(page);
  await page.goto(kiosk.url);
  await expectHeading(page, '示范村');

  await keypadPress(page, hid, '我要反映问题');
  await expectHeading(page, '我要反映问题');
  // The ring is drawn and visible on the chosen target.
  hid.press('next');
  await expect(ringed(page)).toBeVisible();
  await expect(ringed(page)).toBeFocused();
  expect(await ringed(page).evaluate((el) => getComputedStyle(el).outlineWidth)).toBe('6px');

  await keypadPress(page, hid, '饮水');
  await expectHeading(page, '说说是什么问题');
  // Back goes to the previous step exactly like the screen's own Back button, then on again.
  hid.press('back');
  await expectHeading(page, '我要反映问题');
  await keypadPress(page, hid, '饮水');
  await expectHeading(page, '说说是什么问题');
  hid.press('readAloud');
  await expect.poll(() => spoken.some((text) => text.startsWith('说说是什么问题'))).toBe(true);
  hid.press('help');
  await expect(page.getByRole('dialog', { name: '按键使用说明' })).toBeVisible();
  hid.press('confirm');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await keypadPress(page, hid, '水管漏水');
  await expect(page.getByRole('button', { name: '水管漏水' })).toHaveAttribute('aria-pressed', 'true');
  await keypadPress(page, hid, '下一步');
  await expectHeading(page, '拍一张照片');
  await keypadPress(page, hid, '跳过，不拍照');
  await expectHeading(page, '问题在哪里');
  await keypadPress(page, hid, '第一村民小组');
  await expectHeading(page, '在什么地方附近');
  await keypadPress(page, hid, '跳过');
  await expectHeading(page, '留个电话吗');
  await keypadPress(page, hid, '不留电话');
  await expectHeading(page, '请核对');
  await keypadPress(page, hid, '确认提交');
  await expectHeading(page, '已经提交');
  await expect(page.getByText('未连接打印机，请抄下查询编号。')).toBeVisible();

  const [report] = await storedReports(page);
  expect(report).toMatchObject({ category: 'water', group: 'g1', phrases: ['水管漏水'], anonymous: true, status: 'submitted' });
  hid.press('home');
  await expectHeading(page, '示范村');
  expect(kiosk.output()).toContain('[hid] keypad: opened E2E Big Button Keypad');
});

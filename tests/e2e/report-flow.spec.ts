import { formatTrackingCode } from '#sync/schema/tracking-code';
import { expect } from './support/fixtures';
import { reportLaunchOptions, test } from './support/report-fixtures';
import {
  continueAfterGroup,
  expectAccessibleScreen,
  expectHeading,
  recordSpokenTexts,
  storedReports,
  blobStored,
  submitQuickReport,
} from './support/report-steps';

test.use({ launchOptions: reportLaunchOptions });

test('a full report by taps only, with voice note and photo: receipt with code, QR and speech; every screen accessible', async ({ page, kiosk }) => {
  const spoken = recordSpokenTexts(page);
  await page.goto(kiosk.url);
  await page.getByRole('button', { name: '我要反映问题' }).click();
  await expectHeading(page, '我要反映问题');
  await expectAccessibleScreen(page);
  await page.getByRole('button', { name: '饮水' }).click();

  await expectHeading(page, '说说是什么问题');
  await page.getByRole('button', { name: '水管漏水' }).click();
  await expect(page.getByRole('button', { name: '水管漏水' })).toHaveAttribute('aria-pressed', 'true');
  await expectAccessibleScreen(page);
  await page.getByRole('button', { name: '开始录音' }).click();
  await expect(page.getByRole('timer')).toContainText('正在录音，还可以录');
  await expectAccessibleScreen(page);
  await expect(page.getByRole('timer')).toContainText(/还可以录 5\d 秒/);
  await page.getByRole('button', { name: '停止录音' }).click();
  await expect(page.getByRole('button', { name: '播放录音' })).toBeVisible();
  await expectAccessibleScreen(page);

  // A typed note on the on-screen keyboard: pinyin, then a candidate.
  await page.getByRole('button', { name: '用键盘打字（可选）' }).click();
  await expectHeading(page, '打字补充');
  const keys = page.getByRole('group', { name: '键盘' });
  for (const key of 'menkou') await keys.getByRole('button', { name: key, exact: true }).click();
  await page.getByRole('group', { name: '候选字词' }).getByRole('button', { name: '门口', exact: true }).click();
  await expect(page.getByRole('textbox', { name: '补充说明' })).toHaveValue('门口');
  await expectAccessibleScreen(page);
  await page.getByRole('button', { name: '打完了' }).click();
  await expect(page.getByText('您打的字：门口')).toBeVisible();
  await page.getByRole('button', { name: '下一步' }).click();

  await expectHeading(page, '拍一张照片');
  await expect(page.getByRole('button', { name: '拍照', exact: true })).toBeEnabled();
  await expectAccessibleScreen(page);
  await page.getByRole('button', { name: '拍照', exact: true }).click();
  await expect(page.getByRole('img', { name: '刚拍的照片' })).toBeVisible();
  await expectAccessibleScreen(page);
  await page.getByRole('button', { name: '用这张，下一步' }).click();

  await expectHeading(page, '问题在哪里');
  await expectAccessibleScreen(page);
  await page.getByRole('button', { name: '第二村民小组' }).click();
  await expectHeading(page, '在什么地方附近');
  await expectAccessibleScreen(page);
  await page.getByRole('button', { name: '水库' }).click();

  await expectHeading(page, '留个电话吗');
  const keypad = page.getByRole('group', { name: '电话数字键' });
  for (const digit of '13912345678') await keypad.getByRole('button', { name: digit, exact: true }).click();
  // In full while it is keyed in, grouped as people say it; masked everywhere after.
  await expect(page.getByRole('status', { name: '电话号码' })).toHaveText('139 1234 5678');
  await expectAccessibleScreen(page);
  await page.getByRole('button', { name: '确定' }).click();

  await expectHeading(page, '请核对');
  const main = page.getByRole('main');
  await expect(main).toContainText('139****5678');
  await expect(main).not.toContainText('1234 5678');
  await expect(main).not.toContainText('13912345678');
  await expect(main).toContainText('水管漏水，门口');
  await expect(main).toContainText('第二村民小组，水库附近');
  await expect(main.getByRole('img', { name: '要提交的照片' })).toBeVisible();
  await expect(main.getByRole('button', { name: '播放录音' })).toBeVisible();
  await expectAccessibleScreen(page);
  await page.getByRole('button', { name: '确认提交' }).click();

  await expectHeading(page, '已经提交');
  const shown = (await page.getByTestId('tracking-code').textContent()) ?? '';
  expect(shown).toMatch(/^\d{4} \d{4}$/);
  await expect(page.getByRole('img', { name: `查询编号二维码：${shown}` })).toBeVisible();
  await expect(page.getByText('未连接打印机，请抄下查询编号。')).toBeVisible();
  await expectAccessibleScreen(page);
  const digits = shown.replace(' ', '').split('');
  await expect.poll(() => spoken).toContain(`已经提交。您的查询编号是：${digits.slice(0, 4).join(' ')}，${digits.slice(4).join(' ')}。请记好这个编号。`);
  expect(spoken.filter((text) => text.startsWith('已经提交'))).toHaveLength(1);

  const [report] = await storedReports(page);
  expect(report).toMatchObject({ category: 'water', group: 'g2', phrases: ['水管漏水'], contactPhone: '13912345678', anonymous: false, status: 'submitted' });
  expect(formatTrackingCode(report!.trackingCode)).toBe(shown);
  expect(report!.voiceNote?.mime).toMatch(/^audio\/webm/);
  expect(report!.voiceNote!.bytes).toBeGreaterThan(1000);
  expect(report!.photo).toMatchObject({ mime: 'image/jpeg' });
  expect(await blobStored(page, report!.photo!.sha256)).toBe(true);
  expect(await blobStored(page, report!.voiceNote!.sha256)).toBe(true);

  await page.getByRole('button', { name: '完成' }).click();
  await expectHeading(page, '示范村');
});

test('assisted mode: wrong PIN said in words, then the badge on every step and the report marked assisted', async ({ page, kiosk }) => {
  await page.goto(kiosk.url);
  await page.getByRole('button', { name: '我要反映问题' }).click();
  await page.getByRole('button', { name: '工作人员协助' }).click();
  const dialog = page.getByRole('dialog', { name: '工作人员协助' });
  await expect(dialog).toBeVisible();
  await expectAccessibleScreen(page);
  const keypad = dialog.getByRole('group', { name: '密码数字键' });
  for (const digit of '1357') await keypad.getByRole('button', { name: digit, exact: true }).click();
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('密码不对，请再试一次。');
  await expectAccessibleScreen(page);
  for (const digit of '2468') await keypad.getByRole('button', { name: digit, exact: true }).click();
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('协助模式')).toBeVisible();
  await expectAccessibleScreen(page);

  await page.getByRole('button', { name: '拖欠工资' }).click();
  await expect(page.getByText('协助模式')).toBeVisible();
  await page.getByRole('button', { name: '工钱没给' }).click();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '跳过，不拍照' }).click();
  await page.getByRole('button', { name: '第四村民小组' }).click();
  await continueAfterGroup(page);
  await page.getByRole('button', { name: '不留电话' }).click();
  await expect(page.getByText('由工作人员协助填写')).toBeVisible();
  await page.getByRole('button', { name: '确认提交' }).click();
  await expectHeading(page, '已经提交');
  const [report] = await storedReports(page);
  expect(report).toMatchObject({ assisted: true, assistedByRole: 'clerk', category: 'wages', group: 'g4', anonymous: true });
});

test('duplicate hint: "这也是我的问题" files a co-report that keeps voice, photo and phone and gets its own code', async ({ page, kiosk }) => {
  await page.goto(kiosk.url);
  const first = await submitQuickReport(page, { category: '环境卫生', group: '第三村民小组', landmark: '集市', phrase: '垃圾没人清理' });
  await page.getByRole('button', { name: '完成' }).click();

  await page.getByRole('button', { name: '我要反映问题' }).click();
  await page.getByRole('button', { name: '环境卫生' }).click();
  await page.getByRole('button', { name: '垃圾没人清理' }).click();
  await page.getByRole('button', { name: '开始录音' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await page.getByRole('button', { name: '停止录音' }).click();
  await expect(page.getByRole('button', { name: '播放录音' })).toBeVisible();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('button', { name: '拍照', exact: true })).toBeEnabled();
  await page.getByRole('button', { name: '拍照', exact: true }).click();
  await page.getByRole('button', { name: '用这张，下一步' }).click();
  await page.getByRole('button', { name: '第三村民小组' }).click();
  // Asked only once the villager has said what and where.
  await page.getByRole('button', { name: '集市' }).click();
  const dialog = page.getByRole('dialog', { name: '最近已有人反映过同样的问题' });
  await expect(dialog).toContainText('说的是：垃圾没人清理。');
  await expectAccessibleScreen(page);
  await dialog.getByRole('button', { name: '这也是我的问题' }).click();

  await expectHeading(page, '留个电话吗');
  const keypad = page.getByRole('group', { name: '电话数字键' });
  for (const digit of '13912345678') await keypad.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('main')).toContainText('一起交给县里');
  await page.getByRole('button', { name: '确认提交' }).click();
  await expectHeading(page, '已经记下');
  const own = (await page.getByTestId('tracking-code').textContent()) ?? '';
  expect(own).toMatch(/^\d{4} \d{4}$/);
  expect(own).not.toBe(first);
  await expectAccessibleScreen(page);

  const reports = await storedReports(page);
  expect(reports).toHaveLength(2);
  const original = reports.find((report) => formatTrackingCode(report.trackingCode) === first)!;
  const coReport = reports.find((report) => formatTrackingCode(report.trackingCode) === own)!;
  expect(coReport).toMatchObject({ duplicateOf: original.id, contactPhone: '13912345678', phrases: ['垃圾没人清理'] });
  expect(await blobStored(page, coReport.voiceNote!.sha256)).toBe(true);
  expect(await blobStored(page, coReport.photo!.sha256)).toBe(true);
  expect(original.coReporters).toEqual([expect.objectContaining({ reportId: coReport.id })]);

  // "不是，我的是另一件事" goes on unchanged and saves a report of its own.
  await page.getByRole('button', { name: '完成' }).click();
  await page.getByRole('button', { name: '我要反映问题' }).click();
  await page.getByRole('button', { name: '环境卫生' }).click();
  await page.getByRole('button', { name: '垃圾没人清理' }).click();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '跳过，不拍照' }).click();
  await page.getByRole('button', { name: '第三村民小组' }).click();
  await page.getByRole('button', { name: '集市' }).click();
  await page.getByRole('button', { name: '不是，我的是另一件事' }).click();
  await expectHeading(page, '留个电话吗');
  await page.getByRole('button', { name: '不留电话' }).click();
  await page.getByRole('button', { name: '确认提交' }).click();
  await expectHeading(page, '已经提交');
  expect(await storedReports(page)).toHaveLength(3);
});

test('idle reset wipes a half-filled report: phrases, recording and photo are gone', async ({ page, kiosk }) => {
  await page.clock.install();
  await page.goto(kiosk.url);
  await page.getByRole('button', { name: '我要反映问题' }).click();
  await page.getByRole('button', { name: '道路' }).click();
  await page.getByRole('button', { name: '路灯不亮' }).click();
  await page.getByRole('button', { name: '开始录音' }).click();
  await expect(page.getByRole('button', { name: '停止录音' })).toBeVisible();
  await page.getByRole('button', { name: '停止录音' }).click();
  await expect(page.getByRole('button', { name: '播放录音' })).toBeVisible();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('button', { name: '拍照', exact: true })).toBeEnabled();
  await page.getByRole('button', { name: '拍照', exact: true }).click();
  await expect(page.getByRole('img', { name: '刚拍的照片' })).toBeVisible();
  await page.getByRole('button', { name: '用这张，下一步' }).click();
  await expectHeading(page, '问题在哪里');

  // Default configuration: warning after 90 s without a touch, reset 20 s later.
  await page.clock.fastForward(91_000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.clock.fastForward(21_000);
  await expectHeading(page, '示范村');

  await page.getByRole('button', { name: '我要反映问题' }).click();
  await page.getByRole('button', { name: '道路' }).click();
  await expect(page.getByRole('button', { name: '路灯不亮' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('button', { name: '开始录音' })).toBeVisible();
  await expect(page.getByRole('button', { name: '播放录音' })).toHaveCount(0);
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('img', { name: '刚拍的照片' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '拍照', exact: true })).toBeVisible();
  expect(await storedReports(page)).toEqual([]);
});

test('a recording over the limit stops by itself and says so', async ({ page, kiosk }) => {
  await page.clock.install();
  await page.goto(kiosk.url);
  await page.getByRole('button', { name: '我要反映问题' }).click();
  await page.getByRole('button', { name: '看病就医' }).click();
  await page.getByRole('button', { name: '开始录音' }).click();
  await expect(page.getByRole('timer')).toHaveText('正在录音，还可以录 60 秒');
  // Default configuration: voiceNote.maxSeconds 60 (the idle warning comes only after 90 s).
  await page.clock.fastForward(30_000);
  await expect(page.getByRole('timer')).toHaveText(/还可以录 (30|29) 秒/);
  await page.clock.fastForward(31_000);
  await expect(page.getByRole('button', { name: '播放录音' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '录音自动停止' })).toHaveText('已到最长 60 秒，录音自动停止了。 已录好 60 秒的录音。');
  await expectAccessibleScreen(page);
});

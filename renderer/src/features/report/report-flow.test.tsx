import type { Receipt } from '#common/devices-contract';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatTrackingCode, isValidTrackingCode } from '#sync/schema/tracking-code';
import { testConfig } from '../../app/render-kiosk.test-support';
import { installFakeMedia } from '../../ui/fake-media.test-support';
import { button, heading, renderReportKiosk } from './report.test-support';

let media: ReturnType<typeof installFakeMedia>;
beforeEach(() => {
  media = installFakeMedia();
});
afterEach(() => media.restore());

type Kiosk = Awaited<ReturnType<typeof renderReportKiosk>>;

async function keyIn(user: Kiosk['user'], digits: string) {
  const keypad = screen.getByRole('group', { name: '电话数字键' });
  for (const digit of digits) await user.click(within(keypad).getByRole('button', { name: digit }));
}

describe('report flow', () => {
  it('goes through every step by taps, keeps what was said, and saves blobs and one report', async () => {
    const { user, data, fake } = await renderReportKiosk();
    await user.click(button('我要反映问题'));
    expect(heading()).toBe('我要反映问题');
    await user.click(button('道路'));

    expect(heading()).toBe('说说是什么问题');
    await user.click(button('路灯不亮'));
    expect(button('路灯不亮').getAttribute('aria-pressed')).toBe('true');
    await user.click(button('开始录音'));
    await screen.findByRole('button', { name: '停止录音' });
    expect(button('下一步')).toHaveProperty('disabled', true);
    await user.click(button('停止录音'));
    await screen.findByRole('button', { name: '播放录音' });
    expect(media.liveTracks()).toEqual([]);
    await user.click(button('下一步'));

    expect(heading()).toBe('拍一张照片');
    await waitFor(() => expect(button('拍照')).toHaveProperty('disabled', false));
    await user.click(button('拍照'));
    await screen.findByRole('img', { name: '刚拍的照片' });
    // The camera is released as soon as the photo is taken.
    expect(media.liveTracks()).toEqual([]);
    // Back keeps the draft: the phrase and the recording are still there.
    await user.click(button('返回'));
    expect(button('路灯不亮').getAttribute('aria-pressed')).toBe('true');
    expect(button('播放录音')).toBeTruthy();
    await user.click(button('下一步'));
    await user.click(button('用这张，下一步'));

    expect(heading()).toBe('问题在哪里');
    await user.click(button('第一村民小组'));
    expect(await screen.findByRole('heading', { level: 1, name: '在什么地方附近' })).toBeTruthy();
    await user.click(button('村委会'));

    await screen.findByRole('heading', { level: 1, name: '留个电话吗' });
    await keyIn(user, '13812345678');
    // In full while it is keyed in, grouped so each part can be checked ...
    expect(screen.getByRole('status', { name: '电话号码' }).textContent).toBe('138 1234 5678');
    await user.click(button('确定'));

    expect(heading()).toBe('请核对');
    const review = screen.getByRole('main');
    expect(within(review).getByText('道路')).toBeTruthy();
    expect(within(review).getByText('路灯不亮')).toBeTruthy();
    expect(within(review).getByText('第一村民小组，村委会附近')).toBeTruthy();
    // ... and masked everywhere after.
    expect(within(review).getByText('138****5678')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/13812345678|1234 5678/);
    expect(within(review).getByRole('img', { name: '要提交的照片' })).toBeTruthy();
    expect(within(review).getByRole('button', { name: '播放录音' })).toBeTruthy();
    await user.click(button('确认提交'));

    const code = await screen.findByTestId('tracking-code');
    expect(heading()).toBe('已经提交');
    const reports = (await data.database.reports.find().exec()).map((doc) => doc.toJSON());
    expect(reports).toHaveLength(1);
    const report = reports[0]!;
    expect(code.textContent).toBe(formatTrackingCode(report.trackingCode));
    expect(isValidTrackingCode(report.trackingCode)).toBe(true);
    expect(report).toMatchObject({
      village: 'demo-village',
      kioskId: 'k-test',
      category: 'road',
      phrases: ['路灯不亮'],
      group: 'g1',
      landmark: '村委会',
      contactPhone: '13812345678',
      anonymous: false,
      assisted: false,
      status: 'submitted',
    });
    expect(report.voiceNote?.mime).toBe('audio/webm;codecs=opus');
    expect(report.photo?.mime).toBe('image/jpeg');
    expect(await data.blobs.hasBlob(report.voiceNote!.sha256)).toBe(true);
    expect(await data.blobs.hasBlob(report.photo!.sha256)).toBe(true);
    // The receipt: QR code, a printer note, the code read aloud once by itself.
    expect(screen.getByRole('img', { name: `查询编号二维码：${formatTrackingCode(report.trackingCode)}` })).toBeTruthy();
    expect(screen.getByText('未连接打印机，请抄下查询编号。')).toBeTruthy();
    const spoken = () => fake.calls.filter((call) => call.channel === 'speech.speak').map((call) => (call.request as { text: string }).text);
    const digits = report.trackingCode.split('');
    await waitFor(() => expect(spoken()).toHaveLength(1));
    expect(spoken()).toEqual([`已经提交。您的查询编号是：${digits.slice(0, 4).join(' ')}，${digits.slice(4).join(' ')}。请记好这个编号。`]);
    expect(fake.calls.some((call) => call.channel === 'print.receipt')).toBe(false);
    // The draft is gone with its object URLs; Done starts a fresh visit.
    expect(media.liveUrls.size).toBe(0);
    await user.click(button('完成'));
    expect(heading()).toBe('示范村');
  });

  it('prints the receipt through the host when a printer is configured, and offers a reprint when it fails', async () => {
    let printed = 0;
    const { user, fake } = await renderReportKiosk({
      config: testConfig((c) => void (c.devices.printer = { connection: 'cups', queue: 'receipt-printer', paperWidth: 58 })),
      print: () => ({ printed: ++printed > 1, ...(printed > 1 ? {} : { reason: 'printer-error' as const }) }),
    });
    await user.click(button('我要反映问题'));
    await user.click(button('饮水'));
    await user.click(button('下一步'));
    await user.click(await screen.findByRole('button', { name: '跳过，不拍照' }));
    await user.click(button('第四村民小组'));
    await user.click(await screen.findByRole('button', { name: '不留电话' }));
    await user.click(button('确认提交'));
    const code = (await screen.findByTestId('tracking-code')).textContent ?? '';
    expect(await screen.findByText('打印失败，请抄下查询编号。')).toBeTruthy();
    expect(screen.getByText('请告诉村委会工作人员：回执没有打印出来。')).toBeTruthy();
    const { receipt } = fake.calls.find((call) => call.channel === 'print.receipt')?.request as { receipt: Receipt };
    expect(receipt).toMatchObject({ trackingCode: code.replace(' ', ''), village: '示范村', codeLabel: '查询编号', heading: '村务服务终端 · 问题反映回执' });
    expect(receipt.fields).toContainEqual({ label: '问题类别', value: '饮水' });
    await user.click(button('重新打印'));
    expect(await screen.findByText('回执已打印，请取走。')).toBeTruthy();
  });

  it('refuses an invalid phone number in words and goes on without one as anonymous', async () => {
    const { user, data } = await renderReportKiosk();
    await user.click(button('我要反映问题'));
    await user.click(button('其他问题'));
    await user.click(button('下一步'));
    await user.click(await screen.findByRole('button', { name: '跳过，不拍照' }));
    await user.click(button('第四村民小组'));
    await screen.findByRole('heading', { level: 1, name: '留个电话吗' });
    await keyIn(user, '12345');
    await user.click(button('确定'));
    expect(screen.getByRole('alert').textContent).toBe('号码不对。请输入 11 位手机号，或者带区号的座机号。');
    expect(heading()).toBe('留个电话吗');
    await user.click(await screen.findByRole('button', { name: '不留电话' }));
    expect(screen.getByRole('main').textContent).toContain('不留电话');
    await user.click(button('确认提交'));
    await screen.findByTestId('tracking-code');
    const [report] = (await data.database.reports.find().exec()).map((doc) => doc.toJSON());
    expect(report).toMatchObject({ anonymous: true, category: 'other', group: 'g4', phrases: [] });
    expect(report?.contactPhone).toBeUndefined();
  });

  it('says in words when there is no camera or microphone, and Skip goes on', async () => {
    media.restore();
    media = installFakeMedia({ camera: 'missing', microphone: 'denied' });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { user } = await renderReportKiosk();
    await user.click(button('我要反映问题'));
    await user.click(button('道路'));
    await user.click(button('开始录音'));
    expect(await screen.findByText('麦克风没有打开的权限，不能录音。可以点选常见说法，或者直接按下一步。')).toBeTruthy();
    await user.click(button('下一步'));
    expect((await screen.findByRole('alert')).textContent).toBe('没有找到摄像头，不能拍照。请按"跳过，不拍照"。');
    await user.click(button('跳过，不拍照'));
    expect(heading()).toBe('问题在哪里');
  });

  it('keeps the draft and says so for the villager and the clerk when storage is full', async () => {
    const { user, data } = await renderReportKiosk();
    const insert = data.database.reports.insert.bind(data.database.reports);
    let failures = 1;
    data.database.reports.insert = async (doc) => {
      if (failures-- > 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return insert(doc);
    };
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    await user.click(button('我要反映问题'));
    await user.click(button('道路'));
    await user.click(button('路面坑洼'));
    await user.click(button('下一步'));
    await waitFor(() => expect(button('拍照')).toHaveProperty('disabled', false));
    await user.click(button('拍照'));
    await user.click(await screen.findByRole('button', { name: '用这张，下一步' }));
    await user.click(button('第二村民小组'));
    await user.click(await screen.findByRole('button', { name: '跳过' }));
    await user.click(await screen.findByRole('button', { name: '不留电话' }));
    await user.click(button('确认提交'));

    const dialog = await screen.findByRole('alertdialog', { name: '没能保存' });
    expect(dialog.textContent).toContain('本机的存储空间满了，这次没能保存。您填的内容还在');
    expect(dialog.textContent).toContain('给工作人员：终端存储已满。已经保存的反映没有受影响。');
    expect(await data.database.reports.count().exec()).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: '关闭' }));
    // Nothing was lost: the review still shows it all.
    expect(heading()).toBe('请核对');
    expect(screen.getByRole('img', { name: '要提交的照片' })).toBeTruthy();
    expect(screen.getByText('路面坑洼')).toBeTruthy();
    await user.click(button('确认提交'));
    await screen.findByTestId('tracking-code');
    expect(await data.database.reports.count().exec()).toBe(1);
    consoleError.mockRestore();
  });
});

import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DevicesStatus } from '#common/devices-contract';
import { codeFrom, seedReports, testReport } from '../features/status/status.test-support';
import { KEYPAD_FOCUS_ATTRIBUTE } from '../ui/keypad-focus';
import { renderKiosk, testConfigState } from './render-kiosk.test-support';

type Kiosk = Awaited<ReturnType<typeof renderKiosk>>;

const heading = () => screen.getByRole('heading', { level: 1 }).textContent;
const ringed = () => document.querySelector(`[${KEYPAD_FOCUS_ATTRIBUTE}]`)?.textContent;
const press = (kiosk: Kiosk, ...actions: ('next' | 'previous' | 'confirm' | 'back' | 'home' | 'help' | 'readAloud')[]) =>
  act(async () => {
    for (const action of actions) kiosk.fake.emit('keypad.action', { action });
    await Promise.resolve();
  });

afterEach(() => vi.restoreAllMocks());

describe('the big-button keypad (keypad.action events)', () => {
  it('moves a visible ring through the screen content in order, wrapping, and confirm presses it', async () => {
    const kiosk = await renderKiosk();
    await press(kiosk, 'next');
    expect(ringed()).toBe('我要反映问题');
    expect(document.activeElement?.textContent).toBe('我要反映问题');
    await press(kiosk, 'next');
    expect(ringed()).toBe('查询办理进度');
    await press(kiosk, 'previous', 'previous');
    expect(ringed()).not.toBe('我要反映问题'); // wrapped to the last target
    await press(kiosk, 'next', 'confirm');
    await waitFor(() => expect(heading()).toBe('我要反映问题'));
  });

  it('back and home press the screen’s own buttons; help explains the keys and back closes it', async () => {
    const kiosk = await renderKiosk();
    await press(kiosk, 'next', 'next', 'confirm');
    await waitFor(() => expect(heading()).toBe('查询办理进度'));
    await press(kiosk, 'back');
    await waitFor(() => expect(heading()).toBe('示范村'));
    await press(kiosk, 'next', 'next', 'confirm');
    await waitFor(() => expect(heading()).toBe('查询办理进度'));
    await press(kiosk, 'help');
    const dialog = await screen.findByRole('dialog', { name: '按键使用说明' });
    expect(kiosk.fake.calls.some((call) => call.channel === 'speech.speak' && (call.request as { text: string }).text.includes('确认'))).toBe(true);
    await press(kiosk, 'back');
    await waitFor(() => expect(dialog.isConnected).toBe(false));
    expect(heading()).toBe('查询办理进度');
    await press(kiosk, 'home');
    await waitFor(() => expect(heading()).toBe('示范村'));

    // One step back, not two: from the second step of the report flow to the first.
    await kiosk.user.click(screen.getByRole('button', { name: '我要反映问题' }));
    await kiosk.user.click(screen.getByRole('button', { name: '饮水' }));
    await screen.findByRole('heading', { level: 1, name: '说说是什么问题' });
    await press(kiosk, 'back');
    await waitFor(() => expect(heading()).toBe('我要反映问题'));
  });
});

describe('receipt scans from any screen', () => {
  it('a HID-POS scan of a receipt opens that report’s status', async () => {
    const code = codeFrom('3052771');
    const kiosk = await renderKiosk(testConfigState(), { seed: seedReports(testReport({ trackingCode: code })) });
    await act(async () => kiosk.fake.emit('scanner.read', { text: `https://county.example.cn/r?code=${code}`, aim: ']Q1' }));
    await waitFor(() => expect(heading()).toBe(`查询编号 ${code.slice(0, 4)} ${code.slice(4)} 的办理进度`));
  });

  it('a keyboard-wedge burst is a scan; its Enter does not reach the screen', async () => {
    const code = codeFrom('4417302');
    await renderKiosk();
    for (const key of [...code, 'Enter']) fireEvent.keyDown(window, { key });
    await waitFor(() => expect(screen.getByText('找不到这条反映，请返回重新查询。')).toBeTruthy());
  });

  it('anything that is not a receipt code is ignored with a log line that leaves the content out', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const kiosk = await renderKiosk();
    await act(async () => kiosk.fake.emit('scanner.read', { text: '6901234567892', aim: ']E0' }));
    expect(heading()).toBe('示范村');
    expect(info).toHaveBeenCalledWith('[kiosk] scan ignored (hid, 13 characters): not a receipt tracking code');
  });
});

describe('clerk device check', () => {
  const status: DevicesStatus = {
    devices: [
      { role: 'keypad', state: 'present', target: 'USB 0483:5750', product: 'Big Button Keypad', lastSeen: '2025-03-01T08:00:00Z', lastUsed: null, errors: 0, lastError: null, malformedReports: 2 },
      { role: 'scanner', state: 'absent', target: 'USB 0C2E:0B87', product: null, lastSeen: null, lastUsed: null, errors: 0, lastError: null, malformedReports: 0 },
      { role: 'printer', state: 'error', target: '/dev/usb/lp0', product: null, lastSeen: null, lastUsed: null, errors: 1, lastError: 'the printer reports its paper roll is empty', malformedReports: 0 },
    ],
  };

  async function openDeviceCheck() {
    const kiosk = await renderKiosk(testConfigState(), {
      hostHandlers: {
        'clerk.unlock': ({ pin }) => ({ unlocked: pin === '2468' }),
        'devices.status': () => status,
        'print.receipt': () => ({ printed: false, reason: 'out-of-paper' }),
      },
    });
    await kiosk.user.click(screen.getByRole('button', { name: '工作人员服务' }));
    const keypad = screen.getByRole('group', { name: '密码数字键' });
    for (const digit of '2468') await kiosk.user.click(within(keypad).getByRole('button', { name: digit }));
    await kiosk.user.click(screen.getByRole('button', { name: '确定' }));
    await kiosk.user.click(await screen.findByRole('button', { name: '设备检查' }));
    await screen.findByRole('heading', { level: 1, name: '设备检查' });
    return kiosk;
  }

  it('shows each device’s status and counts', async () => {
    await openDeviceCheck();
    const printer = screen.getByRole('region', { name: '回执打印机' });
    expect(within(printer).getByText('状态：出错')).toBeTruthy();
    expect(within(printer).getByText('最近的问题：the printer reports its paper roll is empty')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: '大按键键盘' })).getByText('无法识别的数据：2 条（已忽略）')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: '扫码器' })).getByText('状态：没有连接')).toBeTruthy();
  });

  it('key and scan tests capture the input instead of acting on it; the print test tells the result', async () => {
    const kiosk = await openDeviceCheck();
    await kiosk.user.click(screen.getByRole('button', { name: '测试按键' }));
    await press(kiosk, 'home');
    expect(await screen.findByText('收到：首页键')).toBeTruthy();
    expect(heading()).toBe('设备检查');
    await kiosk.user.click(screen.getByRole('button', { name: '结束测试' }));

    await kiosk.user.click(screen.getByRole('button', { name: '测试扫码' }));
    await act(async () => kiosk.fake.emit('scanner.read', { text: codeFrom('3052771'), aim: ']Q1' }));
    expect(await screen.findByText(`读到 8 个字符（扫码器） 这是回执上的查询编号：${codeFrom('3052771')}`)).toBeTruthy();
    expect(heading()).toBe('设备检查');

    await kiosk.user.click(screen.getByRole('button', { name: '打印测试回执' }));
    expect(await screen.findByText('打印机没有纸了。')).toBeTruthy();
  });
});

describe('the hidden clerk exit (kiosk.exitRequested)', () => {
  it('opens a fresh clerk screen that asks for the PIN, even over an unlocked one', async () => {
    const kiosk = await renderKiosk(testConfigState(), { hostHandlers: { 'clerk.unlock': ({ pin }) => ({ unlocked: pin === '2468' }) } });
    await act(async () => kiosk.fake.emit('kiosk.exitRequested', {}));
    expect(await screen.findByRole('group', { name: '密码数字键' })).toBeTruthy();
    const keypad = screen.getByRole('group', { name: '密码数字键' });
    for (const digit of '2468') await kiosk.user.click(within(keypad).getByRole('button', { name: digit }));
    await kiosk.user.click(screen.getByRole('button', { name: '确定' }));
    await screen.findByRole('button', { name: '设备检查' });
    await act(async () => kiosk.fake.emit('kiosk.exitRequested', {}));
    expect(await screen.findByRole('group', { name: '密码数字键' })).toBeTruthy();
    expect(kiosk.fake.calls.filter((call) => call.channel === 'clerk.unlock')).toHaveLength(1);
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderKiosk, testConfig, testConfigState } from '../../app/render-kiosk.test-support';
import { codeFrom, seedReports, testReport, withWrongCheckDigit } from './status.test-support';

const CODE = codeFrom('3052771'); // "30527713"

async function openStatus(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: '查询办理进度' }));
  expect(screen.getByRole('heading', { level: 1, name: '查询办理进度' })).toBeTruthy();
}

async function keyIn(user: UserEvent, digits: string) {
  const keypad = screen.getByRole('group', { name: '数字键盘' });
  for (const digit of digits) await user.click(within(keypad).getByRole('button', { name: digit }));
}

function display(): string {
  return screen.getByRole('status', { name: '您输入的查询编号' }).textContent ?? '';
}

function alertText(): string {
  return screen.getByRole('alert').textContent ?? '';
}

describe('status lookup: keying in the code', () => {
  it('shows the digits grouped like the receipt as they are typed; Delete and Clear', async () => {
    const { user } = await renderKiosk();
    await openStatus(user);
    const keypad = screen.getByRole('group', { name: '数字键盘' });
    expect(within(keypad).getAllByRole('button').map((b) => b.textContent)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '清除', '0', '删除']);

    await keyIn(user, '305');
    expect(display()).toBe('305');
    await keyIn(user, '27');
    expect(display()).toBe('3052 7');
    await keyIn(user, '719');
    expect(display()).toBe('3052 7719');
    // A ninth digit is not taken.
    await keyIn(user, '5');
    expect(display()).toBe('3052 7719');

    await user.click(screen.getByRole('button', { name: '删除' }));
    expect(display()).toBe('3052 771');
    await user.click(screen.getByRole('button', { name: '清除' }));
    expect(display()).toBe('');
  });

  it('takes digits, Backspace and Enter from a keyboard too', async () => {
    const { user } = await renderKiosk();
    await openStatus(user);
    for (const key of ['3', '0', '5', '2', '9']) fireEvent.keyDown(document.body, { key });
    fireEvent.keyDown(document.body, { key: 'Backspace' });
    expect(display()).toBe('3052');
    fireEvent.keyDown(document.body, { key: 'Enter' });
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(alertText()).toBe('查询编号是 8 位数字，现在输入了 4 位，请输完整');
  });

  it('asks for all eight digits before looking anything up', async () => {
    const { user } = await renderKiosk();
    await openStatus(user);
    await keyIn(user, '305277');
    await user.click(screen.getByRole('button', { name: '查询' }));
    expect(alertText()).toBe('查询编号是 8 位数字，现在输入了 6 位，请输完整');
    // Typing on clears the message.
    await keyIn(user, '1');
    expect(alertText()).toBe('');
  });

  it('says a mistyped code is mistyped (check digit), without looking it up', async () => {
    const { user } = await renderKiosk(testConfigState(), { seed: seedReports(testReport({ trackingCode: CODE })) });
    await openStatus(user);
    await keyIn(user, withWrongCheckDigit(CODE));
    await user.click(screen.getByRole('button', { name: '查询' }));
    expect(alertText()).toBe('号码好像输错了，请核对回执上的号码');
    expect(screen.getByRole('heading', { level: 1, name: '查询办理进度' })).toBeTruthy();
  });

  it('says plainly when a well-formed code is not found, and Try again starts over', async () => {
    const { user } = await renderKiosk(testConfigState(), { seed: seedReports(testReport({ trackingCode: CODE })) });
    await openStatus(user);
    await keyIn(user, codeFrom('1234567'));
    await user.click(screen.getByRole('button', { name: '查询' }));
    expect(await screen.findByText('没有找到这个号码的反映')).toBeTruthy();
    expect(alertText()).toContain('没有找到这个号码的反映');
    expect(alertText()).toContain('可能还没有传过来');

    await user.click(screen.getByRole('button', { name: '重新输入' }));
    expect(display()).toBe('');
    expect(alertText()).toBe('');
    expect(document.activeElement).toBe(screen.getByRole('status', { name: '您输入的查询编号' }));
    expect(screen.getByRole('button', { name: '查询' })).toBeTruthy();
  });

  it('reads the prompt and the current message aloud', async () => {
    const { user, fake } = await renderKiosk();
    await openStatus(user);
    await keyIn(user, withWrongCheckDigit(CODE));
    await user.click(screen.getByRole('button', { name: '查询' }));
    await user.click(screen.getByRole('button', { name: '朗读' }));
    const spoken = () => fake.calls.filter((c) => c.channel === 'speech.speak').map((c) => (c.request as { text: string }).text);
    await waitFor(() => expect(spoken()).toHaveLength(1));
    expect(spoken()).toEqual(['请输入回执上的 8 位查询编号，再按“查询” 号码好像输错了，请核对回执上的号码']);
  });
});

describe('status lookup: results', () => {
  it('opens the timeline of the one report with that code; Back returns to an empty keypad', async () => {
    const { user } = await renderKiosk(testConfigState(), { seed: seedReports(testReport({ trackingCode: CODE })) });
    await openStatus(user);
    await keyIn(user, CODE);
    await user.click(screen.getByRole('button', { name: '查询' }));
    expect(await screen.findByRole('heading', { level: 1, name: '查询编号 3052 7713 的办理进度' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '返回' }));
    expect(screen.getByRole('heading', { level: 1, name: '查询办理进度' })).toBeTruthy();
    expect(display()).toBe('');
  });

  it('lets the villager choose when several reports share the code (by category, group and day)', async () => {
    const road = testReport({ trackingCode: CODE, category: 'road', group: 'g2', createdAt: '2025-04-02T04:00:00Z', kioskId: 'kiosk-other' });
    const water = testReport({ trackingCode: CODE, category: 'water', group: 'g1', createdAt: '2025-03-01T04:00:00Z' });
    const unrelated = testReport({ trackingCode: codeFrom('1111111') });
    const { user } = await renderKiosk(testConfigState(), { seed: seedReports(road, water, unrelated) });
    await openStatus(user);
    await keyIn(user, CODE);
    await user.click(screen.getByRole('button', { name: '查询' }));

    expect(await screen.findByRole('heading', { level: 1, name: '这个查询编号有 2 条反映' })).toBeTruthy();
    const choices = within(screen.getByRole('list')).getAllByRole('button');
    expect(choices.map((c) => c.textContent)).toEqual(['饮水，第一村民小组，2025年3月1日', '道路，第二村民小组，2025年4月2日']);

    await user.click(choices[1]!);
    expect(await screen.findByRole('heading', { level: 1, name: '查询编号 3052 7713 的办理进度' })).toBeTruthy();
    expect(screen.getByText('道路')).toBeTruthy();
    // Back goes to the chooser, not to the keypad. The chooser reads its list again from the
    // live query, whose first result arrives asynchronously: wait for it rather than race it.
    await user.click(screen.getByRole('button', { name: '返回' }));
    expect(await screen.findByRole('heading', { level: 1, name: '这个查询编号有 2 条反映' })).toBeTruthy();
  });

  it('mentions the receipt QR code only when a scanner is configured', async () => {
    const first = await renderKiosk();
    await openStatus(first.user);
    expect(screen.queryByText(/扫描回执二维码/)).toBeNull();
    first.unmount();

    const withScanner = testConfig((config) => void (config.devices.scanner = { vendorId: 0x1eab, productId: 0x1a03, usagePage: 0x8c, layout: 'newland' }));
    const { user } = await renderKiosk(testConfigState(withScanner));
    await openStatus(user);
    expect(screen.getByText(/扫描回执二维码/)).toBeTruthy();
  });
});

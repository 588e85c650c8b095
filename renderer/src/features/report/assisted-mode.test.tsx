import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeMedia } from '../../ui/fake-media.test-support';
import { button, heading, renderReportKiosk } from './report.test-support';

let media: ReturnType<typeof installFakeMedia>;
beforeEach(() => {
  media = installFakeMedia({ camera: 'missing' });
});
afterEach(() => media.restore());

type Kiosk = Awaited<ReturnType<typeof renderReportKiosk>>;

async function enterPin(user: Kiosk['user'], pin: string) {
  const dialog = screen.getByRole('dialog', { name: '工作人员协助' });
  const keypad = within(dialog).getByRole('group', { name: '密码数字键' });
  for (const digit of pin) await user.click(within(keypad).getByRole('button', { name: digit }));
  await user.click(within(dialog).getByRole('button', { name: '确定' }));
  // The host answers asynchronously: done when the dialog closed (unlocked) or says why not.
  await waitFor(() => expect(!dialog.isConnected || within(dialog).queryByRole('alert') !== null).toBe(true));
}

describe('assisted mode', () => {
  it('a wrong PIN says so; the right one shows the badge on every step and marks the report as assisted by the clerk', async () => {
    const { user, data, fake } = await renderReportKiosk();
    await user.click(button('我要反映问题'));
    await user.click(button('工作人员协助'));
    const dialog = screen.getByRole('dialog', { name: '工作人员协助' });
    // The PIN is never shown, only counted.
    await user.click(within(dialog).getByRole('button', { name: '1' }));
    expect(dialog.textContent).toContain('已输入 1 位');
    expect(dialog.textContent).toContain('●');
    await user.click(within(dialog).getByRole('button', { name: '清除' }));
    await enterPin(user, '1111');
    expect(within(dialog).getByRole('alert').textContent).toBe('密码不对，请再试一次。');
    expect(screen.queryByText('协助模式')).toBeNull();

    await enterPin(user, '2468');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.calls.filter((call) => call.channel === 'clerk.unlock').map((call) => call.request)).toEqual([{ pin: '1111' }, { pin: '2468' }]);
    expect(screen.getByText('协助模式')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '工作人员协助' })).toBeNull();

    await user.click(button('土地'));
    expect(screen.getByText('协助模式')).toBeTruthy();
    await user.click(button('下一步'));
    await user.click(await screen.findByRole('button', { name: '跳过，不拍照' }));
    await user.click(button('第三村民小组'));
    await user.click(await screen.findByRole('button', { name: '跳过' }));
    await user.click(await screen.findByRole('button', { name: '不留电话' }));
    expect(heading()).toBe('请核对');
    expect(screen.getByText('由工作人员协助填写')).toBeTruthy();
    await user.click(button('确认提交'));
    await screen.findByTestId('tracking-code');
    const [report] = (await data.database.reports.find().exec()).map((doc) => doc.toJSON());
    expect(report).toMatchObject({ assisted: true, assistedByRole: 'clerk', category: 'land', group: 'g3' });
  });

  it('shows the lockout with its seconds, and Cancel leaves assisted mode off', async () => {
    const { user } = await renderReportKiosk({ unlock: () => ({ unlocked: false, retryAfterSeconds: 30 }) });
    await user.click(button('我要反映问题'));
    await user.click(button('工作人员协助'));
    await enterPin(user, '2468');
    expect(screen.getByRole('alert').textContent).toBe('密码错误次数太多，请 30 秒后再试。');
    await user.click(button('取消'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByText('协助模式')).toBeNull();
  });

  it('says so when the host cannot check the PIN', async () => {
    const { user } = await renderReportKiosk({
      unlock: () => {
        throw new Error('host gone');
      },
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await user.click(button('我要反映问题'));
    await user.click(button('工作人员协助'));
    await enterPin(user, '2468');
    expect((await screen.findByRole('alert')).textContent).toBe('暂时无法验证密码，请稍后再试。');
    warn.mockRestore();
  });

  it('ends when the villager leaves the flow or the visit ends', async () => {
    const { user } = await renderReportKiosk();
    await user.click(button('我要反映问题'));
    await user.click(button('工作人员协助'));
    await enterPin(user, '2468');
    await user.click(button('道路'));
    expect(screen.getByText('协助模式')).toBeTruthy();
    await user.click(button('回到首页'));
    await user.click(button('我要反映问题'));
    expect(screen.queryByText('协助模式')).toBeNull();

    await user.click(button('工作人员协助'));
    await enterPin(user, '2468');
    await user.click(button('道路'));
    await user.click(button('下一步'));
    await user.click(await screen.findByRole('button', { name: '跳过，不拍照' }));
    await user.click(button('第四村民小组'));
    await user.click(await screen.findByRole('button', { name: '不留电话' }));
    await user.click(button('确认提交'));
    await screen.findByTestId('tracking-code');
    await user.click(button('完成'));
    await user.click(button('我要反映问题'));
    expect(screen.queryByText('协助模式')).toBeNull();
    expect(button('工作人员协助')).toBeTruthy();
  });
});

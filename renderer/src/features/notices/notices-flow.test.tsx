import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderKiosk } from '../../app/render-kiosk.test-support';

const unlockWith2468 = { 'clerk.unlock': ({ pin }: { pin: string }) => ({ unlocked: pin === '2468' }) };

describe('notices (村务公开)', () => {
  it('the clerk publishes a typed notice behind the PIN; home then has a 公告 tile that shows it', async () => {
    const kiosk = await renderKiosk(undefined, { hostHandlers: unlockWith2468 });
    const { user, data } = kiosk;
    expect(screen.queryByRole('button', { name: '公告' })).toBeNull();
    await user.click(screen.getByRole('button', { name: '工作人员服务' }));
    const keypad = screen.getByRole('group', { name: '密码数字键' });
    for (const digit of '2468') await user.click(within(keypad).getByRole('button', { name: digit }));
    await user.click(screen.getByRole('button', { name: '确定' }));
    await user.click(await screen.findByRole('tab', { name: '村务公告' }));
    await user.click(screen.getByRole('button', { name: '发布公告' }));

    const publish = screen.getByRole('button', { name: '发布' });
    expect(publish).toHaveProperty('disabled', true);
    await user.type(screen.getByLabelText('公告标题'), '十一月村务财务公开');
    await user.click(screen.getByRole('button', { name: '写正文' }));
    await user.type(screen.getByLabelText('公告正文'), '本月收入一万二千元。');
    await user.click(screen.getByRole('button', { name: '挂 7 天' }));
    await user.click(publish);
    expect(await screen.findByText(/公告已发布/)).toBeTruthy();

    const [stored] = (await data.database.notices.find().exec()).map((doc) => doc.toJSON());
    expect(stored).toMatchObject({ type: 'notice', village: 'demo-village', author: 'clerk', kioskId: 'k-test', title: { zh: '十一月村务财务公开' }, body: { zh: '本月收入一万二千元。' } });

    await user.click(screen.getByRole('button', { name: '回到首页' }));
    await user.click(await screen.findByRole('button', { name: '公告' }));
    // The list and the notice come from live queries whose first result arrives asynchronously.
    await user.click(await screen.findByRole('button', { name: /十一月村务财务公开/ }));
    expect(await screen.findByRole('heading', { level: 1, name: '十一月村务财务公开' })).toBeTruthy();
    expect(within(document.querySelector('article')!).getByText('本月收入一万二千元。')).toBeTruthy();
  });
});

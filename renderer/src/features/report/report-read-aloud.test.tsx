import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installFakeMedia } from '../../ui/fake-media.test-support';
import { button, renderReportKiosk } from './report.test-support';

let media: ReturnType<typeof installFakeMedia>;
beforeEach(() => {
  media = installFakeMedia({ camera: 'missing' });
});
afterEach(() => media.restore());

describe('read aloud in the report flow', () => {
  it('speaks each step\'s whole question with its choices, in the interface language', async () => {
    const { user, fake } = await renderReportKiosk();
    const spokenNow = async () => {
      const count = () => fake.calls.filter((call) => call.channel === 'speech.speak').length;
      const before = count();
      await user.click(button(/^(朗读|Read aloud)$/));
      await waitFor(() => expect(count()).toBe(before + 1));
      const last = fake.calls.filter((call) => call.channel === 'speech.speak').at(-1)?.request as { text: string; lang: string };
      return last;
    };
    await user.click(button('我要反映问题'));
    expect((await spokenNow()).text).toBe(
      '您要反映哪一类问题？请点选：道路，饮水，环境卫生，邻里纠纷，土地，养老社保，看病就医，拖欠工资，安全隐患，其他问题。',
    );
    await user.click(button('饮水'));
    expect((await spokenNow()).text).toBe('说说是什么问题。可以点选常见说法：停水了，水质浑浊，水管漏水。也可以按开始录音，说一段话。说完按下一步。');
    await user.click(button('停水了'));
    await user.click(button('下一步'));
    expect((await spokenNow()).text).toContain('拍一张照片。');
    await user.click(await screen.findByRole('button', { name: '跳过，不拍照' }));
    expect((await spokenNow()).text).toBe('问题在哪里？请点选村民小组：第一村民小组，第二村民小组，第三村民小组，第四村民小组。');
    await user.click(button('第三村民小组'));
    await screen.findByRole('heading', { level: 1, name: '在什么地方附近' });
    expect((await spokenNow()).text).toBe('在什么地方附近？可以点选：集市。不知道就按跳过。');
    await user.click(button('集市'));
    await screen.findByRole('heading', { level: 1, name: '留个电话吗' });
    expect((await spokenNow()).text).toContain('请用数字键输入');
    for (const digit of '13812345678') await user.click(button(digit));
    await user.click(button('确定'));
    expect((await spokenNow()).text).toBe(
      '请核对。 问题类别：饮水。 说明：停水了。 录音：没有录音。 照片：没有照片。 地点：第三村民小组，集市附近。 联系电话：尾号 5 6 7 8。 没问题请按确认提交。要修改请按返回。',
    );

    await user.click(button('回到首页'));
    await user.click(button('English'));
    await user.click(button('Report a problem'));
    const english = await spokenNow();
    expect(english.lang).toBe('en');
    expect(english.text).toBe('What kind of problem is it? Tap one of: Roads, Water, Sanitation, Neighbour dispute, Land, Pension and social security, Medical care, Unpaid wages, Safety hazard, Other.');
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { OnScreenKeyboard } from './on-screen-keyboard';

const labels = {
  text: '补充说明',
  keys: '键盘',
  candidates: '候选字词',
  hint: '打拼音',
  composing: (pinyin: string) => `拼音：${pinyin}`,
  noCandidates: '没有找到',
  previous: '上一页',
  next: '下一页',
  backspace: '删除',
  space: '空格',
  digits: '123 数字',
  letters: '拼音字母',
};

function Harness({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return <OnScreenKeyboard value={value} onChange={setValue} vocabulary={['路灯不亮', '水管漏水']} labels={labels} maxLength={20} />;
}

function setup(initial?: string) {
  const user = userEvent.setup();
  render(<Harness initial={initial} />);
  const keys = screen.getByRole('group', { name: '键盘' });
  const press = async (sequence: string) => {
    for (const key of sequence) await user.click(within(keys).getByRole('button', { name: key }));
  };
  const text = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: '补充说明' }).value;
  return { user, keys, press, text };
}

describe('OnScreenKeyboard', () => {
  it('renders its keys as real, named buttons', () => {
    const { keys } = setup();
    const buttons = within(keys).getAllByRole('button');
    expect(buttons.length).toBeGreaterThan(30);
    for (const button of buttons) expect(button.getAttribute('type')).toBe('button');
    expect(within(keys).getByRole('button', { name: '删除' })).toBeTruthy();
    expect(within(keys).getByRole('button', { name: '空格' })).toBeTruthy();
  });

  it('composes pinyin and inserts the chosen candidate', async () => {
    const { user, press, text } = setup();
    await press('ludeng');
    expect(screen.getByRole('status').textContent).toBe('拼音：ludeng');
    const candidates = screen.getByRole('group', { name: '候选字词' });
    await user.click(within(candidates).getByRole('button', { name: '路灯' }));
    expect(text()).toBe('路灯');
    expect(screen.getByRole('status').textContent).toBe('打拼音');
  });

  it('a single character uses up only its syllable, so a phrase can be typed piece by piece', async () => {
    const { user, press, text } = setup();
    await press('shuiguan');
    await user.click(within(screen.getByRole('group', { name: '候选字词' })).getByRole('button', { name: '水' }));
    expect(text()).toBe('水');
    expect(screen.getByRole('status').textContent).toBe('拼音：guan');
  });

  it('backspace removes pinyin first, then text; punctuation commits the best candidate', async () => {
    const { user, press, text, keys } = setup('好');
    await press('lu');
    await user.click(within(keys).getByRole('button', { name: '删除' }));
    expect(screen.getByRole('status').textContent).toBe('拼音：l');
    await user.click(within(keys).getByRole('button', { name: '删除' }));
    await user.click(within(keys).getByRole('button', { name: '删除' }));
    expect(text()).toBe('');
    await press('ldbl');
    await user.click(within(keys).getByRole('button', { name: '。' }));
    expect(text()).toBe('路灯不亮。');
  });

  it('pages through many candidates', async () => {
    const { user, press } = setup();
    await press('yi');
    const candidates = screen.getByRole('group', { name: '候选字词' });
    const first = within(candidates).getAllByRole('button')[0]?.textContent;
    await user.click(within(candidates).getByRole('button', { name: '下一页' }));
    expect(within(candidates).getAllByRole('button')[0]?.textContent).not.toBe(first);
    expect(within(candidates).getByRole('button', { name: '上一页' })).toBeTruthy();
  });
});

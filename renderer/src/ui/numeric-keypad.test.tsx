import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { NumericKeypad } from './numeric-keypad';

function Harness({ disabled = false }: { disabled?: boolean }) {
  const [value, setValue] = useState('');
  return (
    <>
      <output>{value}</output>
      <NumericKeypad
        disabled={disabled}
        labels={{ keypad: '数字键', delete: '删除', clear: '清除' }}
        onDigit={(digit) => setValue((v) => v + digit)}
        onDelete={() => setValue((v) => v.slice(0, -1))}
        onClear={() => setValue('')}
      />
    </>
  );
}

describe('NumericKeypad', () => {
  it('is a named group of 12 real buttons in telephone order', () => {
    render(<Harness />);
    const keys = within(screen.getByRole('group', { name: '数字键' })).getAllByRole('button');
    expect(keys.map((key) => key.textContent)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '清除', '0', '删除']);
    for (const key of keys) expect(key.getAttribute('type')).toBe('button');
  });

  it('reports digits, delete and clear', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    for (const key of ['1', '3', '8', '0']) await user.click(screen.getByRole('button', { name: key }));
    expect(screen.getByRole('status').textContent).toBe('1380');
    await user.click(screen.getByRole('button', { name: '删除' }));
    expect(screen.getByRole('status').textContent).toBe('138');
    await user.click(screen.getByRole('button', { name: '清除' }));
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('works from a physical keyboard too (Enter on a focused key)', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    screen.getByRole('button', { name: '7' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status').textContent).toBe('7');
  });

  it('can be disabled while its owner is busy', () => {
    render(<Harness disabled />);
    for (const key of screen.getAllByRole('button')) expect(key).toHaveProperty('disabled', true);
  });
});

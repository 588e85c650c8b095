import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { crashAutoHomeMs, KioskErrorBoundary } from './error-boundary';

function Boom(): never {
  throw new Error('secret detail: /home/kiosk/app.js:1:2');
}

function renderCrash(onHome = vi.fn()) {
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  render(
    <KioskErrorBoundary onHome={onHome}>
      <Boom />
    </KioskErrorBoundary>,
  );
  return { onHome, consoleError };
}

describe('KioskErrorBoundary', () => {
  it('shows a calm message in both languages and never the error or its stack', () => {
    const { consoleError } = renderCrash();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('页面出了点问题This page ran into a problem');
    expect(screen.getByText('请回到首页重新开始。如需帮助，请找村委会工作人员。')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/secret detail|app\.js|Error/);
    // The details go to the console only.
    expect(consoleError.mock.calls.some((call) => call.includes('[kiosk] a screen crashed'))).toBe(true);
    consoleError.mockRestore();
  });

  it('has one big bilingual Home button', async () => {
    const { onHome, consoleError } = renderCrash();
    const home = screen.getByRole('button', { name: '回到首页 / Home' });
    expect(home.className).toContain('big-button');
    await userEvent.click(home);
    expect(onHome).toHaveBeenCalledTimes(1);
    consoleError.mockRestore();
  });

  it('goes home by itself when nobody answers', () => {
    vi.useFakeTimers();
    const { onHome, consoleError } = renderCrash();
    act(() => {
      vi.advanceTimersByTime(crashAutoHomeMs - 1);
    });
    expect(onHome).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(onHome).toHaveBeenCalledTimes(1);
    consoleError.mockRestore();
  });
});

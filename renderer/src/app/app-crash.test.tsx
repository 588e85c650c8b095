import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderKiosk } from './render-kiosk.test-support';

// A feature screen that crashes while rendering.
vi.mock('../features/status/status-screen', () => ({
  StatusScreen: function CrashingStatusScreen(): never {
    throw new Error('TypeError: cannot read properties of undefined (reading "trackingCode") at StatusScreen.tsx:12');
  },
}));

describe('a crashing screen', () => {
  it('shows the friendly message without details, and Home brings the kiosk back', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user } = await renderKiosk();
    await user.click(screen.getByRole('button', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Check my report' }));

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('页面出了点问题This page ran into a problem');
    expect(document.body.textContent).not.toContain('trackingCode');
    expect(document.body.textContent).not.toContain('StatusScreen');
    expect(consoleError).toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: '回到首页 / Home' }));
    // A fresh session: home, in the default language.
    expect(screen.getByRole('heading', { level: 1, name: '示范村' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '我要反映问题' })).toBeTruthy();
    consoleError.mockRestore();
  });
});

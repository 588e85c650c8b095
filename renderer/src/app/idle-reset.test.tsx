import { act, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Screen } from '../ui/screen';
import { renderKiosk, testConfig, testConfigState } from './render-kiosk.test-support';
import { useIdleResetHook } from './session';

const resetHook = vi.hoisted(() => ({ calls: 0 }));

// The report screen stands in for any feature: it holds typed text and registers a reset hook.
vi.mock('../features/report/report-screen', () => ({
  ReportScreen: function FakeReportScreen() {
    const [text, setText] = useState('');
    useIdleResetHook(() => {
      resetHook.calls += 1;
    });
    return (
      <Screen title="我要反映问题">
        <label>
          问题描述
          <input value={text} onChange={(event) => setText(event.target.value)} />
        </label>
      </Screen>
    );
  },
}));

const warningSeconds = 30;
const resetSeconds = 10;
const config = testConfig((c) => {
  c.idle = { warningSeconds, resetSeconds };
});

/**
 * Fake timers only after start-up (the idle timer starts with the first touch, so nothing is
 * missed). `shouldAdvanceTime` lets the clock also follow real time, because Testing Library
 * waits on a zero-delay timeout after each user-event action; the few real milliseconds that
 * adds are far below the one-second margins the assertions use.
 */
function startFakeTimers() {
  vi.useFakeTimers({ shouldAdvanceTime: true });
}

async function openReportWithFakeTimers() {
  const kiosk = await renderKiosk(testConfigState(config));
  startFakeTimers();
  await kiosk.user.click(screen.getByRole('button', { name: '我要反映问题' }));
  expect(screen.getByRole('heading', { level: 1, name: '我要反映问题' })).toBeTruthy();
  return kiosk;
}

/**
 * Enters text without user-event: user-event fires a synthetic `change` inside a synchronous
 * act() when the warning takes focus from the input, which React reports as an un-awaited act.
 */
function typeInto(text: string) {
  fireEvent.change(screen.getByRole('textbox', { name: '问题描述' }), { target: { value: text } });
}

async function advance(seconds: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(seconds * 1000);
  });
}

describe('idle reset', () => {
  beforeEach(() => {
    resetHook.calls = 0;
  });

  it('warns after warningSeconds without a touch, with Continue focused and a countdown', async () => {
    await openReportWithFakeTimers();
    await advance(warningSeconds - 1);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await advance(1);
    const dialog = screen.getByRole('alertdialog', { name: '您还在使用吗？' });
    const continueButton = screen.getByRole('button', { name: '继续使用' });
    expect(document.activeElement).toBe(continueButton);
    expect(dialog.textContent).toContain(`${resetSeconds} 秒后将回到首页`);
    await advance(3);
    expect(dialog.textContent).toContain(`${resetSeconds - 3} 秒后将回到首页`);
    // The screen behind is inert while the warning is up.
    expect(screen.getByRole('heading', { level: 1, name: '我要反映问题', hidden: true }).closest('[inert]')).not.toBeNull();
  });

  it('Continue dismisses the warning, keeps the screen and restarts the timer', async () => {
    const { user } = await openReportWithFakeTimers();
    typeInto('路灯坏了');
    await advance(warningSeconds);
    await user.click(screen.getByRole('button', { name: '继续使用' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await advance(resetSeconds + 1);
    expect(screen.getByRole('heading', { level: 1, name: '我要反映问题' })).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: '问题描述' }).value).toBe('路灯坏了');
    expect(resetHook.calls).toBe(0);
    expect(screen.getByRole('heading', { level: 1, name: '我要反映问题' }).closest('[inert]')).toBeNull();
    // Continue counts as a touch: the next warning comes a full warningSeconds later.
    await advance(warningSeconds - resetSeconds - 2);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await advance(1);
    expect(screen.getByRole('alertdialog')).toBeTruthy();
  });

  it('without an answer resets: home, default language, reset hooks called, nothing entered remains', async () => {
    const { user } = await renderKiosk(testConfigState(config));
    startFakeTimers();
    await user.click(screen.getByRole('button', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Report a problem' }));
    typeInto('我家水管漏水');
    await advance(warningSeconds);
    expect(screen.getByRole('alertdialog', { name: 'Are you still there?' })).toBeTruthy();
    await advance(resetSeconds);

    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: '示范村' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(resetHook.calls).toBe(1);

    await user.click(screen.getByRole('button', { name: '我要反映问题' }));
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: '问题描述' }).value).toBe('');
  });

  it('counts key presses as activity', async () => {
    await openReportWithFakeTimers();
    await advance(warningSeconds - 5);
    fireEvent.keyDown(document.body, { key: 'Enter' });
    await advance(10);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await advance(warningSeconds - 10);
    expect(screen.getByRole('alertdialog')).toBeTruthy();
  });

  it('ignores a stray touch outside the warning but accepts Escape as Continue', async () => {
    await openReportWithFakeTimers();
    await advance(warningSeconds);
    fireEvent.pointerDown(document.body);
    expect(screen.getByRole('alertdialog')).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: '我要反映问题' })).toBeTruthy();
  });

  it('shows no warning at rest (home, default language): there is nothing of anyone to protect', async () => {
    await renderKiosk(testConfigState(config));
    startFakeTimers();
    fireEvent.pointerDown(document.body);
    await advance(warningSeconds);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await advance(resetSeconds + 1);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: '示范村' })).toBeTruthy();
  });

  it('warns on the home screen when the last person switched the language', async () => {
    const { user } = await renderKiosk(testConfigState(config));
    startFakeTimers();
    await user.click(screen.getByRole('button', { name: 'English' }));
    await advance(warningSeconds);
    expect(screen.getByRole('alertdialog', { name: 'Are you still there?' })).toBeTruthy();
    await advance(resetSeconds);
    expect(screen.getByRole('button', { name: '我要反映问题' })).toBeTruthy();
  });
});

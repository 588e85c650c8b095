import { describe, expect, it } from 'vitest';
import { createClerkUnlockService } from '#host/clerk/clerk-unlock-service';
import { createKioskExit, type KioskModeWindow } from './kiosk-exit';

class FakeKioskWindow implements KioskModeWindow {
  kiosk = true;
  calls: boolean[] = [];
  setKiosk(flag: boolean): void {
    this.calls.push(flag);
    this.kiosk = flag;
  }
  isKiosk(): boolean {
    return this.kiosk;
  }
}

function setUp() {
  let time = 1_000_000;
  const window = new FakeKioskWindow();
  const shown: number[] = [];
  // The real clerk service (lockout included) with a stand-in hash check: PIN 2468 is right.
  const clerk = createClerkUnlockService({ pinHash: () => 'hash', verify: (pin) => Promise.resolve(pin === '2468'), now: () => time });
  const exit = createKioskExit({ clerk, window: () => window, showClerkPin: () => shown.push(1), now: () => time, armedMs: 60_000 });
  return { exit, window, shown, advance: (ms: number) => (time += ms) };
}

describe('createKioskExit', () => {
  it('the gesture only shows the PIN screen; kiosk mode stays', () => {
    const { exit, window, shown } = setUp();
    exit.request();
    expect(shown).toEqual([1]);
    expect(window.calls).toEqual([]);
    expect(window.kiosk).toBe(true);
  });

  it('a wrong PIN after the gesture keeps kiosk mode', async () => {
    const { exit, window } = setUp();
    exit.request();
    await expect(exit.clerk.unlock('1111')).resolves.toEqual({ unlocked: false });
    expect(window.kiosk).toBe(true);
    expect(window.calls).toEqual([]);
  });

  it('the right PIN after the gesture leaves kiosk mode, once', async () => {
    const { exit, window } = setUp();
    exit.request();
    await expect(exit.clerk.unlock('2468')).resolves.toEqual({ unlocked: true });
    expect(window.calls).toEqual([false]);
    window.kiosk = true;
    await exit.clerk.unlock('2468');
    expect(window.calls).toEqual([false]);
  });

  it('an ordinary clerk login without the gesture leaves kiosk mode alone', async () => {
    const { exit, window } = setUp();
    await expect(exit.clerk.unlock('2468')).resolves.toEqual({ unlocked: true });
    expect(window.calls).toEqual([]);
  });

  it('the gesture expires: a right PIN long after it does not leave', async () => {
    const { exit, window, advance } = setUp();
    exit.request();
    advance(61_000);
    await exit.clerk.unlock('2468');
    expect(window.calls).toEqual([]);
  });

  it('wrong PINs count towards the clerk lockout: the right one is refused while locked out', async () => {
    const { exit, window } = setUp();
    exit.request();
    for (let i = 0; i < 5; i += 1) await exit.clerk.unlock('1111');
    const locked = await exit.clerk.unlock('2468');
    expect(locked.unlocked).toBe(false);
    expect(locked.retryAfterSeconds).toBeGreaterThan(0);
    expect(window.kiosk).toBe(true);
  });
});

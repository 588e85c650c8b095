import type { ClerkUnlockService } from '#host/clerk/clerk-unlock-service';

/** The slice of BrowserWindow the exit needs. */
export interface KioskModeWindow {
  setKiosk(flag: boolean): void;
  isKiosk(): boolean;
}

export interface KioskExitDeps {
  /** The host's PIN checker with its lockout (host-services.ts); the exit never checks a PIN itself. */
  clerk: ClerkUnlockService;
  window: () => KioskModeWindow | null;
  /** Tells the renderer to show the clerk PIN screen (the `kiosk.exitRequested` event). */
  showClerkPin: () => void;
  now?: () => number;
  /** How long a gesture keeps the exit armed. */
  armedMs?: number;
  log?: (line: string) => void;
}

export interface KioskExit {
  /** The hidden gesture or chord happened: arm the exit and ask for the PIN. Leaves nothing by itself. */
  request(): void;
  /** The clerk service main hands to the IPC handlers: a right PIN while armed leaves kiosk mode. */
  readonly clerk: ClerkUnlockService;
}

const DEFAULT_ARMED_MS = 2 * 60_000;

/**
 * Leaving kiosk mode. Invariant: `setKiosk(false)` is called only after the host's clerk
 * service answered `unlocked` to a PIN entered after a clerk-exit request, within its window.
 * The gesture alone only shows the PIN screen (the renderer can ask nothing more); a wrong PIN
 * counts towards the clerk lockout like any other; an ordinary clerk login without the
 * gesture unlocks the clerk screen and leaves kiosk mode alone.
 */
export function createKioskExit(deps: KioskExitDeps): KioskExit {
  const now = deps.now ?? Date.now;
  const armedMs = deps.armedMs ?? DEFAULT_ARMED_MS;
  let armedUntil = 0;
  return {
    request() {
      armedUntil = now() + armedMs;
      deps.log?.('clerk exit requested: PIN screen shown');
      deps.showClerkPin();
    },
    clerk: {
      async unlock(pin) {
        const result = await deps.clerk.unlock(pin);
        if (!result.unlocked || now() >= armedUntil) return result;
        armedUntil = 0;
        const window = deps.window();
        if (window?.isKiosk()) {
          window.setKiosk(false);
          deps.log?.('kiosk mode left after the clerk PIN');
        }
        return result;
      },
    },
  };
}

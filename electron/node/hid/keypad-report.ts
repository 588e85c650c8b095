import { defaultKeypadKeys, type KeypadAction, type KeypadConfig } from '#kiosk-config/devices-schema';

/**
 * Keypad input reports to actions. Two layouts (kiosk-config/devices-schema.ts):
 * - keyboard: the 8-byte boot keyboard report — modifiers, reserved, six usages of page 0x07;
 * - buttons: a bitmap, button n is bit (n−1).
 * An action fires on the press edge only (a key newly down compared with the previous report),
 * so a held key or a repeated report does not repeat the action, and releases do nothing.
 */

export type KeypadOutcome =
  | { kind: 'actions'; actions: KeypadAction[] }
  /** A report for another purpose (another report id), or the keyboard's roll-over state. */
  | { kind: 'other' }
  | { kind: 'malformed'; reason: string };

const BOOT_KEYBOARD_BYTES = 8;
const MAX_BUTTON_BYTES = 8;
/** Usages 1–3: ErrorRollOver, POSTFail, ErrorUndefined — "too many keys", no real key state. */
const PHANTOM_USAGE_MAX = 0x03;

export function createKeypadDecoder(config: Pick<KeypadConfig, 'report' | 'reportId' | 'keys'>) {
  const keys = new Map((config.keys ?? defaultKeypadKeys(config.report)).map((key) => [key.code, key.action]));
  const idBytes = config.reportId > 0 ? 1 : 0;
  let down = new Set<number>();

  function pressedCodes(body: Uint8Array): Set<number> | 'phantom' {
    const codes = new Set<number>();
    if (config.report === 'keyboard') {
      for (const usage of body.subarray(2)) {
        if (usage === 0) continue;
        if (usage <= PHANTOM_USAGE_MAX) return 'phantom';
        codes.add(usage);
      }
      return codes;
    }
    body.forEach((byte, index) => {
      for (let bit = 0; bit < 8; bit++) if (byte & (1 << bit)) codes.add(index * 8 + bit + 1);
    });
    return codes;
  }

  return {
    push(report: Uint8Array): KeypadOutcome {
      if (idBytes === 1 && report.length > 0 && report[0] !== config.reportId) return { kind: 'other' };
      const body = report.subarray(idBytes);
      if (config.report === 'keyboard' && body.length !== BOOT_KEYBOARD_BYTES) {
        return { kind: 'malformed', reason: `keyboard report of ${report.length} bytes` };
      }
      if (config.report === 'buttons' && (body.length === 0 || body.length > MAX_BUTTON_BYTES)) {
        return { kind: 'malformed', reason: `button report of ${report.length} bytes` };
      }
      const pressed = pressedCodes(body);
      if (pressed === 'phantom') return { kind: 'other' };
      const actions: KeypadAction[] = [];
      for (const code of pressed) {
        if (down.has(code)) continue;
        const action = keys.get(code);
        if (action) actions.push(action);
      }
      down = pressed;
      return { kind: 'actions', actions };
    },
    /** Forget held keys (the device was reopened). */
    reset() {
      down = new Set();
    },
  };
}

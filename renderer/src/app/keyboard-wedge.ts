/**
 * Keyboard-wedge scanners (a scanner in keyboard mode, as in browser mode or on a kiosk where
 * HID-POS is not set up) type the code as key presses ending in Enter. They are told apart from
 * people by timing: a scanner sends each character a few milliseconds after the last, a person
 * at least tens of milliseconds apart (fast typists average ~100 ms). A burst of at least
 * `minLength` characters, every gap at most `maxGapMs`, ended by Enter within `maxGapMs`, is a
 * scan; anything slower is typing and is left alone.
 */
export interface KeyboardWedgeOptions {
  maxGapMs?: number;
  minLength?: number;
}

export interface WedgeKey {
  key: string;
  /** Milliseconds, e.g. KeyboardEvent.timeStamp. */
  time: number;
  modified?: boolean;
}

export function createKeyboardWedge(options: KeyboardWedgeOptions = {}) {
  const maxGapMs = options.maxGapMs ?? 40;
  const minLength = options.minLength ?? 8;
  let buffer = '';
  let last = -Infinity;

  return {
    /** Feeds a key; returns the scanned text when this Enter ends a burst, else null. */
    push({ key, time, modified }: WedgeKey): string | null {
      const gap = time - last;
      if (key === 'Enter') {
        const text = buffer;
        buffer = '';
        last = -Infinity;
        return text.length >= minLength && gap <= maxGapMs ? text : null;
      }
      // Shift and the like come between a scanner's characters (upper case): not part of the text.
      if (key.length !== 1 || modified) return null;
      if (gap > maxGapMs) buffer = '';
      buffer += key;
      last = time;
      return null;
    },
  };
}

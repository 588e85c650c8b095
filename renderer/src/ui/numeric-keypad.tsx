import './kiosk-inputs.css';

export type KeypadDigit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';

export interface NumericKeypadProps {
  onDigit: (digit: KeypadDigit) => void;
  onDelete: () => void;
  onClear: () => void;
  /** Texts of the keypad (the kit has no words of its own): group name and the two command keys. */
  labels: { keypad: string; delete: string; clear: string };
  disabled?: boolean;
}

const digits: readonly KeypadDigit[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * A big telephone-style keypad (1 2 3 on top, as on every phone the villagers know): 3 × 4 keys
 * of at least 112 × 88 px, digits at 48 px. Real buttons, so taps, a physical keyboard and
 * screen readers all work. It holds no value: the owner keeps and shows it (masked or not, as
 * the owner decides).
 */
export function NumericKeypad({ onDigit, onDelete, onClear, labels, disabled = false }: NumericKeypadProps) {
  return (
    <div className="keypad" role="group" aria-label={labels.keypad}>
      {digits.map((digit) => (
        <button key={digit} type="button" className="keypad-key" disabled={disabled} onClick={() => onDigit(digit)}>
          {digit}
        </button>
      ))}
      <button type="button" className="keypad-key keypad-key--command" disabled={disabled} onClick={onClear}>
        {labels.clear}
      </button>
      <button type="button" className="keypad-key" disabled={disabled} onClick={() => onDigit('0')}>
        0
      </button>
      <button type="button" className="keypad-key keypad-key--command" disabled={disabled} onClick={onDelete}>
        {labels.delete}
      </button>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/big-button';

const DIGIT_ROWS = [
  ['1', '2', '3'],
  ['4', '5', '6'],
  ['7', '8', '9'],
] as const;

export interface CodeKeypadProps {
  onDigit: (digit: string) => void;
  onDelete: () => void;
  onClear: () => void;
}

/**
 * The big numeric keypad of the status lookup: 1–9 like a phone, then Clear, 0, Delete.
 * Every key is a real button with its digit or word as its name, so it works by touch, by a
 * screen reader and with a keyboard alike. (A shared ui/ keypad is being built for the report
 * flow; this one can be replaced by it later.)
 */
export function CodeKeypad({ onDigit, onDelete, onClear }: CodeKeypadProps) {
  const { t } = useTranslation();
  return (
    <div className="code-keypad" role="group" aria-label={t('status.entry.keypad')}>
      {DIGIT_ROWS.flat().map((digit) => (
        <BigButton key={digit} variant="secondary" className="code-key" onClick={() => onDigit(digit)}>
          {digit}
        </BigButton>
      ))}
      <BigButton variant="secondary" className="code-key code-key--word" onClick={onClear}>
        {t('status.entry.clear')}
      </BigButton>
      <BigButton variant="secondary" className="code-key" onClick={() => onDigit('0')}>
        0
      </BigButton>
      <BigButton variant="secondary" className="code-key code-key--word" onClick={onDelete}>
        {t('status.entry.delete')}
      </BigButton>
    </div>
  );
}

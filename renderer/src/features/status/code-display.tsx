import type { Ref } from 'react';
import { TRACKING_CODE_LENGTH } from '#sync/schema/tracking-code';

const GROUP = TRACKING_CODE_LENGTH / 2;

/**
 * The digits keyed in so far, in two groups of four like the receipt ("3052 77"), with empty
 * boxes for the digits still missing so it is clear how many remain. The text content is
 * exactly the grouped digits (the boxes are empty), which is what a screen reader reads; it
 * is a polite live region, so each key press is confirmed.
 */
export function CodeDisplay({ digits, label, ref }: { digits: string; label: string; ref?: Ref<HTMLOutputElement> }) {
  const slots = Array.from({ length: TRACKING_CODE_LENGTH }, (_, index) => digits[index] ?? '');
  return (
    <output className="code-display" aria-live="polite" aria-label={label} tabIndex={-1} ref={ref}>
      {slots.slice(0, GROUP).map((digit, index) => (
        <span key={index} className="code-slot">
          {digit}
        </span>
      ))}
      <span className="code-gap">{digits.length > GROUP ? ' ' : ''}</span>
      {slots.slice(GROUP).map((digit, index) => (
        <span key={GROUP + index} className="code-slot">
          {digit}
        </span>
      ))}
    </output>
  );
}

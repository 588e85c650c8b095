import { useEffect, useRef } from 'react';

export interface PhysicalDigitKeyHandlers {
  onDigit: (digit: string) => void;
  onDelete: () => void;
  onEnter: () => void;
}

/**
 * Digits, Backspace/Delete and Enter from a keyboard (a clerk's USB keyboard in browser mode,
 * a numeric pad) work like the on-screen keypad. Ignored while a dialog is open (the idle
 * warning must not swallow digits into the code), inside text fields, and with modifier keys.
 * Enter on a focused button keeps its own meaning (pressing that button).
 */
export function usePhysicalDigitKeys(handlers: PhysicalDigitKeyHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (/^[0-9]$/.test(event.key)) {
        event.preventDefault();
        latest.current.onDigit(event.key);
      } else if (event.key === 'Backspace' || event.key === 'Delete') {
        event.preventDefault();
        latest.current.onDelete();
      } else if (event.key === 'Enter' && !target?.closest('button, a[href]')) {
        event.preventDefault();
        latest.current.onEnter();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

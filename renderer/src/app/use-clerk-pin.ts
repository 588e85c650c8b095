import { useState } from 'react';
import { useHost } from '../host/host-context';

export const MIN_PIN = 4;
export const MAX_PIN = 12;

export type ClerkPinMessage = { kind: 'wrong' } | { kind: 'locked'; seconds: number } | { kind: 'unavailable' } | null;

/**
 * Clerk PIN entry shared by the clerk screen and the report flow's assisted mode. The host
 * checks the PIN and limits guessing (clerk.unlock answers a lockout in seconds); this only
 * keeps the digits and says what happened. The PIN is cleared after every attempt.
 */
export function useClerkPin(onUnlocked: () => void) {
  const host = useHost();
  const [pin, setPin] = useState('');
  const [checking, setChecking] = useState(false);
  const [message, setMessage] = useState<ClerkPinMessage>(null);

  function unlock() {
    if (pin.length < MIN_PIN || checking) return;
    setChecking(true);
    host.invoke('clerk.unlock', { pin }).then(
      (result) => {
        setChecking(false);
        setPin('');
        if (result.unlocked) onUnlocked();
        else if (result.retryAfterSeconds !== undefined) setMessage({ kind: 'locked', seconds: result.retryAfterSeconds });
        else setMessage({ kind: 'wrong' });
      },
      (error: unknown) => {
        console.warn('[kiosk] clerk.unlock failed', error);
        setChecking(false);
        setPin('');
        setMessage({ kind: 'unavailable' });
      },
    );
  }

  /** A new digit clears the last message; digits past the longest PIN are ignored. */
  function addDigit(digit: string) {
    setMessage(null);
    setPin((current) => (current.length < MAX_PIN ? current + digit : current));
  }

  return { pin, setPin, addDigit, checking, message, unlock };
}

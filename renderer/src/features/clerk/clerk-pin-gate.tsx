import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../../host/host-context';
import { BigButton } from '../../ui/big-button';
import { NumericKeypad } from '../../ui/numeric-keypad';

const MIN_PIN = 4;
const MAX_PIN = 12;

type Message = { kind: 'wrong' } | { kind: 'locked'; seconds: number } | { kind: 'unavailable' } | null;

/**
 * The clerk PIN on the big keypad, in the screen itself (the same rules as the report flow's
 * assisted-mode dialog): the host checks the PIN and limits guessing (clerk.unlock answers a
 * lockout in seconds), this only says so. The PIN is never shown and is cleared after every
 * attempt. Whether the clerk is unlocked is the caller's component state, so an idle reset
 * (which remounts every screen) locks the clerk screen again.
 */
export function ClerkPinGate({ onUnlocked }: { onUnlocked: () => void }) {
  const { t } = useTranslation();
  const host = useHost();
  const [pin, setPin] = useState('');
  const [checking, setChecking] = useState(false);
  const [message, setMessage] = useState<Message>(null);

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

  const text =
    message?.kind === 'wrong'
      ? t('clerk.pin.wrong')
      : message?.kind === 'locked'
        ? t('clerk.pin.locked', { seconds: message.seconds })
        : message?.kind === 'unavailable'
          ? t('clerk.pin.unavailable')
          : null;

  return (
    <div className="clerk-pin">
      <p>
        {t('clerk.pin.prompt')} {checking ? t('clerk.pin.checking') : t('clerk.pin.entered', { count: pin.length })}
      </p>
      <p className="clerk-pin-dots" aria-hidden="true">
        {'●'.repeat(pin.length) || '—'}
      </p>
      {text && (
        <p className="clerk-problem" role="alert">
          {text}
        </p>
      )}
      <NumericKeypad
        labels={{ keypad: t('clerk.pin.keypad'), delete: t('clerk.pin.delete'), clear: t('clerk.pin.clear') }}
        disabled={checking}
        onDigit={(digit) => {
          setMessage(null);
          setPin((current) => (current.length < MAX_PIN ? current + digit : current));
        }}
        onDelete={() => setPin((current) => current.slice(0, -1))}
        onClear={() => setPin('')}
      />
      <BigButton onClick={unlock} disabled={checking || pin.length < MIN_PIN}>
        {t('clerk.pin.unlock')}
      </BigButton>
    </div>
  );
}

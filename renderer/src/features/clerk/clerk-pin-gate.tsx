import { useTranslation } from 'react-i18next';
import { MIN_PIN, useClerkPin } from '../../app/use-clerk-pin';
import { BigButton } from '../../ui/big-button';
import { NumericKeypad } from '../../ui/numeric-keypad';

/**
 * The clerk PIN on the big keypad, in the screen itself (the same rules as the report flow's
 * assisted-mode dialog): the host checks the PIN and limits guessing (clerk.unlock answers a
 * lockout in seconds), this only says so. The PIN is never shown and is cleared after every
 * attempt. Whether the clerk is unlocked is the caller's component state, so an idle reset
 * (which remounts every screen) locks the clerk screen again.
 */
export function ClerkPinGate({ onUnlocked }: { onUnlocked: () => void }) {
  const { t } = useTranslation();
  const { pin, setPin, addDigit, checking, message, unlock } = useClerkPin(onUnlocked);

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
        onDigit={addDigit}
        onDelete={() => setPin((current) => current.slice(0, -1))}
        onClear={() => setPin('')}
      />
      <BigButton onClick={unlock} disabled={checking || pin.length < MIN_PIN}>
        {t('clerk.pin.unlock')}
      </BigButton>
    </div>
  );
}

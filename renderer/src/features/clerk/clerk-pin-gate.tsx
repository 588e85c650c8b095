import { useTranslation } from 'react-i18next';
import type { useClerkPin } from '../../app/use-clerk-pin';
import { NumericKeypad } from '../../ui/numeric-keypad';

/**
 * The clerk PIN on the big keypad, in the screen itself (the same rules as the report flow's
 * assisted-mode dialog): the host checks the PIN and limits guessing (clerk.unlock answers a
 * lockout in seconds), this only says so. The PIN is never shown and is cleared after every
 * attempt. 确定 is the screen's action (its bottom bar). Whether the clerk is unlocked is the
 * caller's component state, so an idle reset (which remounts every screen) locks it again.
 */
export function ClerkPinEntry({ pin: { pin, setPin, addDigit, checking, message } }: { pin: ReturnType<typeof useClerkPin> }) {
  const { t } = useTranslation();
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
      <div className="clerk-pin-text">
        <p>
          {t('clerk.pin.prompt')} {checking ? t('clerk.pin.checking') : t('clerk.pin.entered', { count: pin.length })}
        </p>
        <p className="clerk-pin-dots" aria-hidden="true">
          {'●'.repeat(pin.length) || '—'}
        </p>
        <div className="clerk-message" role="alert">
          {text && <p className="clerk-problem">{text}</p>}
        </div>
      </div>
      <NumericKeypad
        labels={{ keypad: t('clerk.pin.keypad'), delete: t('clerk.pin.delete'), clear: t('clerk.pin.clear') }}
        disabled={checking}
        onDigit={addDigit}
        onDelete={() => setPin((current) => current.slice(0, -1))}
        onClear={() => setPin('')}
      />
    </div>
  );
}

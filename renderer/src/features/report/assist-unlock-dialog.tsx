import { useTranslation } from 'react-i18next';
import { MIN_PIN, useClerkPin } from '../../app/use-clerk-pin';
import { BigButton } from '../../ui/big-button';
import { Dialog } from '../../ui/dialog';
import { NumericKeypad } from '../../ui/numeric-keypad';

/**
 * The clerk's PIN for assisted mode, on the big keypad. The host checks the PIN and limits
 * guessing (clerk.unlock answers a lockout in seconds); this dialog only says so. The PIN is
 * never shown (dots and a count) and is cleared after every attempt.
 */
export function AssistUnlockDialog({ onUnlocked, onCancel }: { onUnlocked: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { pin, setPin, addDigit, checking, message, unlock } = useClerkPin(onUnlocked);

  const text =
    message?.kind === 'wrong'
      ? t('report.assisted.wrong')
      : message?.kind === 'locked'
        ? t('report.assisted.locked', { seconds: message.seconds })
        : message?.kind === 'unavailable'
          ? t('report.assisted.unavailable')
          : null;

  return (
    <Dialog
      title={t('report.assisted.title')}
      onDismiss={onCancel}
      description={
        <>
          <p>
            {t('report.assisted.prompt')} {checking ? t('report.assisted.checking') : t('report.assisted.entered', { count: pin.length })}
          </p>
          <p className="pin-dots" aria-hidden="true">
            {'●'.repeat(pin.length) || '—'}
          </p>
          {text && (
            <p className="report-problem" role="alert">
              {text}
            </p>
          )}
        </>
      }
      actions={
        <div className="assist-actions">
          <NumericKeypad
            labels={{ keypad: t('report.assisted.keypad'), delete: t('report.contact.delete'), clear: t('report.contact.clear') }}
            disabled={checking}
            onDigit={addDigit}
            onDelete={() => setPin((current) => current.slice(0, -1))}
            onClear={() => setPin('')}
          />
          <div className="assist-buttons">
            <BigButton variant="secondary" onClick={onCancel}>
              {t('report.assisted.cancel')}
            </BigButton>
            <BigButton onClick={unlock} disabled={checking || pin.length < MIN_PIN}>
              {t('report.assisted.unlock')}
            </BigButton>
          </div>
        </div>
      }
    />
  );
}

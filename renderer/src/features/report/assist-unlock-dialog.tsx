import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../../host/host-context';
import { BigButton } from '../../ui/big-button';
import { Dialog } from '../../ui/dialog';
import { NumericKeypad } from '../../ui/numeric-keypad';

const MIN_PIN = 4;
const MAX_PIN = 12;

type Message = { kind: 'wrong' } | { kind: 'locked'; seconds: number } | { kind: 'unavailable' } | null;

/**
 * The clerk's PIN for assisted mode, on the big keypad. The host checks the PIN and limits
 * guessing (clerk.unlock answers a lockout in seconds); this dialog only says so. The PIN is
 * never shown (dots and a count) and is cleared after every attempt.
 */
export function AssistUnlockDialog({ onUnlocked, onCancel }: { onUnlocked: () => void; onCancel: () => void }) {
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
            onDigit={(digit) => {
              setMessage(null);
              setPin((current) => (current.length < MAX_PIN ? current + digit : current));
            }}
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

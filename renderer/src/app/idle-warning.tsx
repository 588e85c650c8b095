import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BigButton } from '../ui/big-button';
import { Dialog } from '../ui/dialog';

export interface IdleWarningProps {
  /** When the session will be reset (ms since epoch). */
  deadline: number;
  onContinue: () => void;
}

function secondsLeft(deadline: number): number {
  return Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
}

/** "Are you still there?" with a countdown and one large Continue button, focused. */
export function IdleWarning({ deadline, onContinue }: IdleWarningProps) {
  const { t } = useTranslation();
  const continueRef = useRef<HTMLButtonElement>(null);
  const [seconds, setSeconds] = useState(() => secondsLeft(deadline));

  useEffect(() => {
    const tick = setInterval(() => setSeconds(secondsLeft(deadline)), 1000);
    return () => clearInterval(tick);
  }, [deadline]);

  return (
    <Dialog
      role="alertdialog"
      title={t('app.idle.title')}
      description={<p>{t('app.idle.body', { seconds })}</p>}
      initialFocus={continueRef}
      onDismiss={onContinue}
      dismissOnBackdrop
      actions={
        <BigButton ref={continueRef} onClick={onContinue}>
          {t('app.idle.continue')}
        </BigButton>
      }
    />
  );
}

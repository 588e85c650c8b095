import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../../host/host-context';
import type { KioskDocument } from '../../data/kiosk-database-types';
import { BigButton } from '../../ui/big-button';
import { Dialog } from '../../ui/dialog';
import { requestReopen } from './reopen-report';

type Phase = 'idle' | 'confirming' | 'saving' | 'done' | 'failed';

/**
 * "Not fixed — reopen" on a resolved report: a confirmation first (a tap by mistake must not
 * reopen), then the request is written locally and goes to the county with the next sync.
 * `canReopen` comes from the timeline; after the write the live report shows
 * "reopened, waiting for the county" and this component says so in words and takes focus
 * there, since the button that had it is gone.
 */
export function ReopenAction({ doc, canReopen }: { doc: KioskDocument<'reports'>; canReopen: boolean }) {
  const { t } = useTranslation();
  const host = useHost();
  const [phase, setPhase] = useState<Phase>('idle');
  const noticeRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (phase === 'done' || phase === 'failed') noticeRef.current?.focus();
  }, [phase]);

  async function confirm() {
    if (phase === 'saving') return;
    setPhase('saving');
    try {
      const { kioskId } = await host.invoke('system.info');
      const result = await requestReopen(doc, { at: new Date().toISOString(), kioskId });
      setPhase(result === 'full' ? 'failed' : 'done');
    } catch (error) {
      console.error('[kiosk] could not save the reopen request', error);
      setPhase('failed');
    }
  }

  const dialogOpen = phase === 'confirming' || phase === 'saving';
  return (
    <>
      {canReopen && (
        <BigButton variant="primary" className="status-reopen" onClick={() => setPhase('confirming')}>
          {t('status.report.reopen')}
        </BigButton>
      )}
      {(phase === 'done' || phase === 'failed') && (
        <p className="status-message" role={phase === 'failed' ? 'alert' : 'status'} tabIndex={-1} ref={noticeRef}>
          {phase === 'done' ? t('status.report.reopenDone') : t('status.report.reopenFailed')}
        </p>
      )}
      {dialogOpen && (
        <Dialog
          title={t('status.report.reopenTitle')}
          description={t('status.report.reopenBody')}
          onDismiss={() => setPhase('idle')}
          actions={
            <>
              <BigButton variant="primary" onClick={() => void confirm()} aria-disabled={phase === 'saving' || undefined}>
                {t('status.report.reopenConfirm')}
              </BigButton>
              <BigButton variant="secondary" onClick={() => setPhase('idle')}>
                {t('status.report.reopenCancel')}
              </BigButton>
            </>
          }
        />
      )}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/big-button';
import { Dialog } from '../../ui/dialog';
import type { SaveFailure } from './save-report';

/**
 * Saving failed (storage full, or another write error): a plain message for the villager, a
 * line for the clerk with what to do, and the reassurance that the draft and every report
 * saved before are intact. Try again resubmits the same draft.
 */
export function SaveFailedDialog({ failure, onRetry, onClose }: { failure: SaveFailure; onRetry: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const full = failure === 'storage-full';
  return (
    <Dialog
      role="alertdialog"
      title={t('report.saveFailed.title')}
      onDismiss={onClose}
      description={
        <>
          <p>{full ? t('report.saveFailed.storageFull') : t('report.saveFailed.other')}</p>
          <p className="clerk-note">{t('report.saveFailed.clerk', { detail: full ? t('report.saveFailed.detailFull') : t('report.saveFailed.detailOther') })}</p>
        </>
      }
      actions={
        <div className="report-dialog-actions">
          <BigButton onClick={onRetry}>{t('report.saveFailed.retry')}</BigButton>
          <BigButton variant="secondary" onClick={onClose}>
            {t('report.saveFailed.close')}
          </BigButton>
        </div>
      }
    />
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintPreview, Receipt } from '#common/devices-contract';
import { formatTrackingCode } from '#sync/schema/tracking-code';
import { useHost } from '../../host/host-context';
import { BigButton } from '../../ui/big-button';
import { Dialog } from '../../ui/dialog';
import './devices.css';

/**
 * Browser mode's printable receipt (DESIGN.md §7): the host lays the receipt out exactly as for
 * the thermal printer (print.preview, an SVG at the paper's width) and the page shows it as an
 * image; "print" hands it to the browser's printing, whose print style sheet (devices.css) puts
 * only the receipt on paper of that width. The SVG is shown through <img>, never inlined: no
 * markup from the host enters the page.
 */
export function ReceiptPreviewDialog({ receipt, onClose }: { receipt: Receipt; onClose: () => void }) {
  const { t } = useTranslation();
  const host = useHost();
  const [preview, setPreview] = useState<PrintPreview | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    host.invoke('print.preview', { receipt }).then(
      (answer) => live && setPreview(answer),
      (error: unknown) => {
        console.warn('[kiosk] receipt preview failed', error);
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [host, receipt]);

  return (
    <Dialog
      title={t('devices.receipt.previewTitle')}
      onDismiss={onClose}
      description={
        failed ? (
          <p>{t('report.receipt.printFailed')}</p>
        ) : preview ? (
          <div className="receipt-preview">
            <p>{t('devices.receipt.paper', { width: preview.paperWidth })}</p>
            <div className={`receipt-preview-paper receipt-preview-paper--${preview.paperWidth}`}>
              <img
                src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(preview.svg)}`}
                alt={t('devices.receipt.previewImage', { code: formatTrackingCode(receipt.trackingCode) })}
              />
            </div>
          </div>
        ) : (
          <p>{t('report.receipt.printing')}</p>
        )
      }
      actions={
        <>
          {preview && <BigButton onClick={() => window.print()}>{t('devices.receipt.print')}</BigButton>}
          <BigButton variant="secondary" onClick={onClose}>
            {t('devices.receipt.close')}
          </BigButton>
        </>
      }
    />
  );
}

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTrackingCode } from '#sync/schema/tracking-code';
import { printOutcome, receiptFor, type PrintOutcome } from '../devices/receipt-content';
import { ReceiptPreviewDialog } from '../devices/receipt-preview-dialog';
import { useHostKind } from '../devices/use-host-kind';
import { useConfig } from '../../app/config-context';
import { useResetSession } from '../../app/session';
import { useHost } from '../../host/host-context';
import { useLanguage } from '../../i18n/use-language';
import { useLocalized } from '../../i18n/use-localized';
import { BigButton } from '../../ui/big-button';
import { CheckIcon } from '../../ui/media-icons';
import { QrCode } from '../../ui/qr-code';
import { useReadAloud } from '../../ui/read-aloud-context';
import { Screen } from '../../ui/screen';
import type { ReceiptParams } from './receipt-params';
import { receiptQr } from './receipt-qr';
import './report.css';

type PrintState = PrintOutcome | 'printing';

/** "3052 7719" → "3 0 5 2，7 7 1 9": digits one by one, a pause between the two groups. */
function spokenCode(code: string, language: string): string {
  const [first = '', second = ''] = formatTrackingCode(code).split(' ');
  return [first, second].map((group) => group.split('').join(' ')).join(language === 'en' ? ', ' : '，');
}

/**
 * The receipt: the tracking code shown huge ("3052 7719"), its QR code (drawn locally), read
 * aloud once by itself, and printed through the host when a printer is configured — otherwise
 * a plain note to write it down. The report is already committed when this shows; Done (and
 * Back) end the visit.
 */
export function ReceiptScreen({ params }: { params: ReceiptParams }) {
  const { t } = useTranslation();
  const config = useConfig();
  const host = useHost();
  const localized = useLocalized();
  const { language } = useLanguage();
  const readAloud = useReadAloud();
  const resetSession = useResetSession();
  const { trackingCode, categoryId, joined } = params;
  const shown = formatTrackingCode(trackingCode);
  const speech = t(joined ? 'report.receipt.joinedSpeech' : 'report.receipt.speech', { digits: spokenCode(trackingCode, language) });
  const printer = config.devices.printer;
  const [print, setPrint] = useState<PrintState>(printer ? 'printing' : 'no-printer');

  const category = config.categories.find((candidate) => candidate.id === categoryId);
  // The receipt as printed (and previewed): fixed once shown, so a reprint is the same paper.
  const [issuedOn] = useState(() => new Date().toLocaleDateString(language === 'en' ? 'en-GB' : 'zh-CN'));
  const receipt = useMemo(
    () => receiptFor(t, { trackingCode, village: localized(config.village.name), category: category ? localized(category.label) : categoryId, date: issuedOn }),
    [t, trackingCode, localized, config.village.name, category, categoryId, issuedOn],
  );
  const hostKind = useHostKind();
  const [previewOpen, setPreviewOpen] = useState(false);
  const sendToPrinter = useCallback(() => {
    host.invoke('print.receipt', { receipt }).then(
      (result) => setPrint(printOutcome(result)),
      (error: unknown) => {
        console.warn('[kiosk] receipt printing failed', error);
        setPrint('failed');
      },
    );
  }, [host, receipt]);

  // Once per receipt, also under React's development double effects: spoken and printed.
  const announced = useRef(false);
  useEffect(() => {
    if (announced.current) return;
    announced.current = true;
    readAloud?.speak(speech);
    if (printer) sendToPrinter();
  }, [readAloud, speech, printer, sendToPrinter]);
  const reprint = () => {
    setPrint('printing');
    sendToPrinter();
  };

  const finish = () => void resetSession();
  const qr = receiptQr(trackingCode, config.county.trackingUrl);
  const printNote = {
    'no-printer': t('report.receipt.noPrinter'),
    printing: t('report.receipt.printing'),
    printed: t('report.receipt.printed'),
    failed: t('report.receipt.printFailed'),
    'out-of-paper': t('devices.receipt.outOfPaper'),
  }[print];
  const printProblem = print === 'failed' || print === 'out-of-paper';

  // One way out: 完成 ends the visit (Back and Home would do exactly the same, so they are not offered).
  return (
    <Screen
      title={t(joined ? 'report.receipt.joinedTitle' : 'report.receipt.title')}
      speech={speech}
      nav={false}
      actions={
        <>
          {printProblem && (
            <BigButton variant="secondary" onClick={reprint}>
              {t('report.receipt.reprint')}
            </BigButton>
          )}
          {hostKind === 'browser' && (
            <BigButton variant="secondary" onClick={() => setPreviewOpen(true)}>
              {t('devices.receipt.preview')}
            </BigButton>
          )}
          <BigButton icon={<CheckIcon />} onClick={finish}>
            {t('report.receipt.done')}
          </BigButton>
        </>
      }
    >
      <div className="receipt">
        <div className="receipt-text">
          <p className="report-prompt">{t(joined ? 'report.receipt.joinedBody' : 'report.receipt.body')}</p>
          <p className="receipt-code-label">{t('report.receipt.codeLabel')}</p>
          <p className="receipt-code" data-testid="tracking-code">
            {shown}
          </p>
          <p className={printProblem || print === 'no-printer' ? 'receipt-print receipt-print--problem' : 'receipt-print'} role="status">
            {printNote}
          </p>
          {printProblem && <p>{t('devices.receipt.tellClerk')}</p>}
        </div>
        <figure className="receipt-qr">
          <QrCode value={qr.value} label={t('report.receipt.qr', { code: shown })} size={240} />
          <figcaption>{qr.kind === 'url' ? t('report.receipt.qrUrl') : t('report.receipt.qrCodeOnly')}</figcaption>
        </figure>
      </div>
      {previewOpen && <ReceiptPreviewDialog receipt={receipt} onClose={() => setPreviewOpen(false)} />}
    </Screen>
  );
}

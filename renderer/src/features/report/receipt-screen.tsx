import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTrackingCode } from '#sync/schema/tracking-code';
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

type PrintState = 'no-printer' | 'printing' | 'printed' | 'failed';

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
  const sendToPrinter = useCallback(() => {
    const lines = [
      t('report.receipt.printHeading'),
      localized(config.village.name),
      '',
      t('report.receipt.printCode', { code: shown }),
      t('report.receipt.printCategory', { category: category ? localized(category.label) : categoryId }),
      t('report.receipt.printDate', { date: new Date().toLocaleDateString(language === 'en' ? 'en-GB' : 'zh-CN') }),
      '',
      t('report.receipt.printHint'),
    ];
    host.invoke('print.receipt', { trackingCode, lines, lang: language }).then(
      (result) => setPrint(result.printed ? 'printed' : 'failed'),
      (error: unknown) => {
        console.warn('[kiosk] receipt printing failed', error);
        setPrint('failed');
      },
    );
  }, [t, localized, config.village.name, shown, category, categoryId, language, host, trackingCode]);

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
  }[print];

  // One way out: 完成 ends the visit (Back and Home would do exactly the same, so they are not offered).
  return (
    <Screen
      title={t(joined ? 'report.receipt.joinedTitle' : 'report.receipt.title')}
      speech={speech}
      nav={false}
      actions={
        <>
          {print === 'failed' && (
            <BigButton variant="secondary" onClick={reprint}>
              {t('report.receipt.reprint')}
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
          <p className={print === 'failed' || print === 'no-printer' ? 'receipt-print receipt-print--problem' : 'receipt-print'} role="status">
            {printNote}
          </p>
        </div>
        <figure className="receipt-qr">
          <QrCode value={qr.value} label={t('report.receipt.qr', { code: shown })} size={240} />
          <figcaption>{qr.kind === 'url' ? t('report.receipt.qrUrl') : t('report.receipt.qrCodeOnly')}</figcaption>
        </figure>
      </div>
    </Screen>
  );
}

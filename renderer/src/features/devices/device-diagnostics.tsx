import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceRole, DeviceStatus, DevicesStatus } from '#common/devices-contract';
import type { KeypadAction } from '#kiosk-config/devices-schema';
import { useConfig } from '../../app/config-context';
import { useDeviceInputCapture, type DeviceInputCapture, type ScanSource } from '../../app/device-input';
import { trackingCodeFromScan } from '../../app/receipt-scan';
import { useHost } from '../../host/host-context';
import { useLocalized } from '../../i18n/use-localized';
import { BigButton } from '../../ui/big-button';
import { CameraCheck } from './camera-check';
import { printOutcome, receiptFor, type PrintOutcome } from './receipt-content';
import { ReceiptPreviewDialog } from './receipt-preview-dialog';
import { useHostKind } from './use-host-kind';
import './devices.css';

/** The code printed on a test receipt: a valid tracking code no report is likely to have. */
const TEST_RECEIPT_CODE = '00000000';

function useDevicesStatus(): DevicesStatus | null {
  const host = useHost();
  const [status, setStatus] = useState<DevicesStatus | null>(null);
  useEffect(() => {
    let live = true;
    const off = host.on('devices.changed', (next) => live && setStatus(next));
    host.invoke('devices.status').then(
      (first) => live && setStatus(first),
      (error: unknown) => console.warn('[kiosk] device status unavailable', error),
    );
    return () => {
      live = false;
      off();
    };
  }, [host]);
  return status;
}

function StatusLines({ status }: { status: DeviceStatus | undefined }) {
  const { t, i18n } = useTranslation();
  if (!status) return null;
  const time = (iso: string | null) => (iso ? new Date(iso).toLocaleString(i18n.language) : t('devices.diagnostics.never'));
  const lines = [
    status.target && t('devices.diagnostics.target', { target: status.target }),
    status.product && t('devices.diagnostics.product', { product: status.product }),
    status.state !== 'not-configured' && t('devices.diagnostics.lastSeen', { time: time(status.lastSeen) }),
    status.state !== 'not-configured' && t('devices.diagnostics.lastUsed', { time: time(status.lastUsed) }),
    status.errors > 0 && t('devices.diagnostics.errors', { count: status.errors }),
    status.malformedReports > 0 && t('devices.diagnostics.malformed', { count: status.malformedReports }),
    status.lastError && t('devices.diagnostics.lastError', { message: status.lastError }),
  ].filter((line): line is string => Boolean(line));
  return (
    <>
      <p className="clerk-sync-state">{t('devices.diagnostics.state', { state: t(`devices.diagnostics.states.${status.state}`) })}</p>
      {lines.length > 0 && (
        <ul className="clerk-lines">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function DeviceCard({ role, title, children, status }: { role: DeviceRole | 'camera'; title: string; status?: DeviceStatus; children: React.ReactNode }) {
  return (
    <section className="clerk-card" aria-labelledby={`device-${role}-title`}>
      <h2 id={`device-${role}-title`}>{title}</h2>
      <StatusLines status={status} />
      {children}
    </section>
  );
}

type Test = { kind: 'key'; action: KeypadAction | null } | { kind: 'scan'; scan: { text: string; source: ScanSource } | null } | null;

/**
 * The clerk's device check (behind the clerk PIN, on the clerk screen): each device's status as
 * the host sees it (kept live by devices.changed) and a test for each — press a key, scan a
 * code (both captured here, so they do not act on the kiosk meanwhile), print a test receipt
 * (with browser mode's preview), show the document camera.
 */
export function DeviceDiagnostics() {
  const { t } = useTranslation();
  const host = useHost();
  const config = useConfig();
  const localized = useLocalized();
  const hostKind = useHostKind();
  const status = useDevicesStatus();
  const [test, setTest] = useState<Test>(null);
  const [print, setPrint] = useState<PrintOutcome | 'printing' | null>(null);
  const [previewOpen, setPreviewOpen] = useState(false);
  const of = (role: DeviceRole) => status?.devices.find((device) => device.role === role);

  const capture = useMemo<DeviceInputCapture | null>(() => {
    if (test?.kind === 'key') return { onKeypad: (action) => setTest({ kind: 'key', action }) };
    if (test?.kind === 'scan') return { onScan: (scan) => setTest({ kind: 'scan', scan }) };
    return null;
  }, [test?.kind]);
  useDeviceInputCapture(capture);

  const testReceipt = useMemo(
    () =>
      receiptFor(
        t,
        { trackingCode: TEST_RECEIPT_CODE, village: localized(config.village.name), category: t('devices.diagnostics.testReceiptHeading'), date: new Date().toLocaleDateString('zh-CN') },
        { heading: t('devices.diagnostics.testReceiptHeading'), footer: t('devices.diagnostics.testReceiptFooter') },
      ),
    [t, localized, config.village.name],
  );
  const printTest = useCallback(() => {
    setPrint('printing');
    host.invoke('print.receipt', { receipt: testReceipt }).then(
      (result) => setPrint(printOutcome(result)),
      () => setPrint('failed'),
    );
  }, [host, testReceipt]);
  const printText = print && {
    printing: t('devices.diagnostics.printing'),
    printed: t('devices.diagnostics.printed'),
    'no-printer': t('devices.diagnostics.printNoPrinter'),
    'out-of-paper': t('devices.diagnostics.printOutOfPaper'),
    failed: t('devices.diagnostics.printFailed'),
  }[print];

  const scanned = test?.kind === 'scan' ? test.scan : null;
  const scannedCode = scanned ? trackingCodeFromScan(scanned.text) : null;

  return (
    <div className="clerk-cards">
      <p>{t('devices.diagnostics.intro')}</p>
      <div className="device-cards">
        <DeviceCard role="keypad" title={t('devices.diagnostics.roles.keypad')} status={of('keypad')}>
          {test?.kind === 'key' ? (
            <>
              <p className="device-test-result" role="status">
                {test.action ? t('devices.diagnostics.keyReceived', { action: t(`devices.diagnostics.actions.${test.action}`) }) : t('devices.diagnostics.keyPrompt')}
              </p>
              <BigButton variant="secondary" onClick={() => setTest(null)}>
                {t('devices.diagnostics.stopTest')}
              </BigButton>
            </>
          ) : (
            <BigButton variant="secondary" onClick={() => setTest({ kind: 'key', action: null })}>
              {t('devices.diagnostics.testKey')}
            </BigButton>
          )}
        </DeviceCard>

        <DeviceCard role="scanner" title={t('devices.diagnostics.roles.scanner')} status={of('scanner')}>
          {test?.kind === 'scan' ? (
            <>
              <p className="device-test-result" role="status">
                {scanned
                  ? `${t('devices.diagnostics.scanReceived', { count: scanned.text.length, source: t(`devices.diagnostics.scanSources.${scanned.source}`) })} ${
                      scannedCode ? t('devices.diagnostics.scanIsReceipt', { code: scannedCode }) : t('devices.diagnostics.scanNotReceipt')
                    }`
                  : t('devices.diagnostics.scanPrompt')}
              </p>
              <BigButton variant="secondary" onClick={() => setTest(null)}>
                {t('devices.diagnostics.stopTest')}
              </BigButton>
            </>
          ) : (
            <BigButton variant="secondary" onClick={() => setTest({ kind: 'scan', scan: null })}>
              {t('devices.diagnostics.testScan')}
            </BigButton>
          )}
        </DeviceCard>

        <DeviceCard role="printer" title={t('devices.diagnostics.roles.printer')} status={of('printer')}>
          {printText && (
            <p className="device-test-result" role="status">
              {printText}
            </p>
          )}
          <BigButton variant="secondary" onClick={printTest} disabled={print === 'printing'}>
            {t('devices.diagnostics.testPrint')}
          </BigButton>
          {hostKind === 'browser' && (
            <BigButton variant="secondary" onClick={() => setPreviewOpen(true)}>
              {t('devices.receipt.preview')}
            </BigButton>
          )}
        </DeviceCard>

        <DeviceCard role="camera" title={t('devices.diagnostics.roles.camera')}>
          <CameraCheck config={config.devices.camera} />
        </DeviceCard>
      </div>
      {previewOpen && <ReceiptPreviewDialog receipt={testReceipt} onClose={() => setPreviewOpen(false)} />}
    </div>
  );
}

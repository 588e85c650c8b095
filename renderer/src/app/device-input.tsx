import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeypadAction } from '#kiosk-config/devices-schema';
import { useKioskData } from '../data/data-context';
import { findReportsByCode } from '../features/status/find-reports';
import { useHost } from '../host/host-context';
import { BigButton } from '../ui/big-button';
import { Dialog } from '../ui/dialog';
import { activateKeypadFocus, keypadLayer, moveKeypadFocus, screenControl } from '../ui/keypad-focus';
import { useReadAloud } from '../ui/read-aloud-context';
import { useConfig } from './config-context';
import { useIdleActivity } from './idle-reset';
import { createKeyboardWedge } from './keyboard-wedge';
import { trackingCodeFromScan } from './receipt-scan';
import { useRouter } from './router';

export type ScanSource = 'hid' | 'keyboard';

/** While registered (the clerk's device tests), keypad actions and scans go here instead of acting. */
export interface DeviceInputCapture {
  onKeypad?: (action: KeypadAction) => void;
  onScan?: (scan: { text: string; source: ScanSource }) => void;
}

const CaptureContext = createContext<(capture: DeviceInputCapture) => () => void>(() => () => {});

/** Takes the device input for as long as `capture` is non-null and the caller is mounted. */
export function useDeviceInputCapture(capture: DeviceInputCapture | null): void {
  const register = useContext(CaptureContext);
  useEffect(() => (capture ? register(capture) : undefined), [register, capture]);
}

const isModalOpen = () => keypadLayer(document).getAttribute('aria-modal') === 'true';

/** Back/Home inside a dialog: what Escape does there (each dialog decides: cancel, continue…). */
function dismissModal() {
  keypadLayer(document).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
}

/** Presses the screen's own button when it has one (keeping its behaviour), else does `fallback`. */
function pressOr(control: HTMLElement | null, fallback: () => void) {
  if (control) control.click();
  else fallback();
}

/**
 * The peripherals' input, for every screen (DESIGN.md §7):
 * - keypad actions from the host (HID keypad): next/previous move the focus ring, confirm
 *   presses the ringed button, back/home/read aloud press the screen's own buttons (so a
 *   screen's own Back behaviour holds), help explains the keys aloud and on screen;
 * - scans, from the host (HID-POS scanner) or typed by a keyboard-wedge scanner: a receipt's
 *   tracking code opens that report's status from any screen; anything else is ignored with a
 *   log line (its length only: a scan may be personal).
 * Each counts as activity for the idle timer. Mounted inside the session: a reset drops its state.
 */
export function DeviceInputProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const host = useHost();
  const router = useRouter();
  const config = useConfig();
  const { database } = useKioskData();
  const readAloud = useReadAloud();
  const reportActivity = useIdleActivity();
  const [helpOpen, setHelpOpen] = useState(false);
  const captures = useRef<DeviceInputCapture[]>([]);

  const latest = useRef({ t, router, config, database, readAloud, reportActivity });
  useEffect(() => {
    latest.current = { t, router, config, database, readAloud, reportActivity };
  });

  const onKeypad = useCallback((action: KeypadAction) => {
    const { router, readAloud, reportActivity, t } = latest.current;
    reportActivity();
    const capture = captures.current.at(-1);
    if (capture?.onKeypad) return capture.onKeypad(action);
    switch (action) {
      case 'next':
      case 'previous':
        moveKeypadFocus(document, action);
        return;
      case 'confirm':
        if (!activateKeypadFocus(document)) moveKeypadFocus(document, 'next');
        return;
      case 'back':
        if (isModalOpen()) return dismissModal();
        return pressOr(screenControl(document, 'back'), router.back);
      case 'home':
        if (isModalOpen()) return dismissModal();
        return pressOr(screenControl(document, 'home'), router.home);
      case 'readAloud':
        screenControl(document, 'read-aloud')?.click();
        return;
      case 'help':
        setHelpOpen(true);
        readAloud?.speak(t('devices.keypad.help'));
        return;
    }
  }, []);

  const onScan = useCallback((text: string, source: ScanSource) => {
    const { router, config, database, reportActivity } = latest.current;
    reportActivity();
    const capture = captures.current.at(-1);
    if (capture?.onScan) return capture.onScan({ text, source });
    const code = trackingCodeFromScan(text);
    if (!code || !config.services.status) {
      console.info(`[kiosk] scan ignored (${source}, ${text.length} characters): ${code ? 'status service is off' : 'not a receipt tracking code'}`);
      return;
    }
    findReportsByCode(database.reports, code).then(
      (found) => {
        const [only] = found;
        if (found.length === 1 && only) router.navigate('status-report', { reportId: only.id });
        else router.navigate('status-choose', { trackingCode: code });
      },
      (error: unknown) => console.error('[kiosk] receipt lookup after a scan failed', error),
    );
  }, []);

  useEffect(() => host.on('keypad.action', (event) => onKeypad(event.action)), [host, onKeypad]);
  useEffect(() => host.on('scanner.read', (event) => onScan(event.text, 'hid')), [host, onScan]);
  // The Electron host's hidden clerk exit: a fresh clerk screen asks for the PIN, which the host
  // checks before it leaves kiosk mode (electron/main/kiosk-exit.ts); nothing else happens here.
  useEffect(
    () =>
      host.on('kiosk.exitRequested', () => {
        latest.current.reportActivity();
        latest.current.router.navigate('clerk');
      }),
    [host],
  );

  useEffect(() => {
    const wedge = createKeyboardWedge();
    // Capture phase on window: a recognised scan's Enter never reaches the screen (which would
    // otherwise take it as "search" or "press the focused button").
    const onKeyDown = (event: KeyboardEvent) => {
      const scanned = wedge.push({ key: event.key, time: event.timeStamp, modified: event.ctrlKey || event.altKey || event.metaKey });
      if (scanned === null) return;
      event.preventDefault();
      event.stopPropagation();
      onScan(scanned, 'keyboard');
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [onScan]);

  const register = useCallback((capture: DeviceInputCapture) => {
    captures.current = [...captures.current, capture];
    return () => {
      captures.current = captures.current.filter((entry) => entry !== capture);
    };
  }, []);
  const context = useMemo(() => register, [register]);

  return (
    <CaptureContext.Provider value={context}>
      {children}
      {helpOpen && (
        <Dialog
          title={t('devices.keypad.helpTitle')}
          description={<p>{t('devices.keypad.help')}</p>}
          onDismiss={() => setHelpOpen(false)}
          actions={<BigButton onClick={() => setHelpOpen(false)}>{t('devices.keypad.close')}</BigButton>}
        />
      )}
    </CaptureContext.Provider>
  );
}

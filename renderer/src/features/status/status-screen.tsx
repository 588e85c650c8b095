import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTrackingCode, TRACKING_CODE_LENGTH } from '#sync/schema/tracking-code';
import { useConfig } from '../../app/config-context';
import { useRouter } from '../../app/router';
import { useKioskData } from '../../data/data-context';
import { NumericKeypad } from '../../ui/numeric-keypad';
import { BigButton } from '../../ui/big-button';
import { Screen } from '../../ui/screen';
import { CodeDisplay } from './code-display';
import { findReportsByCode } from './find-reports';
import { usePhysicalDigitKeys } from './use-physical-digit-keys';
import './status.css';

type Problem = { kind: 'tooShort'; count: number } | { kind: 'checksum' } | { kind: 'notFound' } | { kind: 'failed' };

/**
 * "Check my report": key in the tracking code from the receipt on a big keypad, then look it
 * up in this kiosk's reports (every report of the village arrives here through sync).
 * - The check digit catches a mistyped or swapped digit before any lookup (tracking-code.ts),
 *   so "not found" means the code is well-formed but unknown here.
 * - One report → its timeline; several with the same code → a chooser.
 * - Nothing typed here outlives the screen: it is component state, gone on Back, Home and reset.
 */
export function StatusScreen() {
  const { t } = useTranslation();
  const config = useConfig();
  const { database } = useKioskData();
  const { navigate } = useRouter();
  const [digits, setDigits] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const displayRef = useRef<HTMLOutputElement>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const addDigit = useCallback((digit: string) => {
    setDigits((current) => (current.length < TRACKING_CODE_LENGTH ? current + digit : current));
    setProblem((current) => (current?.kind === 'notFound' ? current : null));
  }, []);
  const deleteDigit = useCallback(() => {
    setDigits((current) => current.slice(0, -1));
    setProblem(null);
  }, []);
  const clear = useCallback(() => {
    setDigits('');
    setProblem(null);
  }, []);
  const retry = () => {
    clear();
    displayRef.current?.focus();
  };

  const search = useCallback(async () => {
    if (busy) return;
    const parsed = parseTrackingCode(digits);
    if (!parsed.ok) {
      setProblem(parsed.reason === 'checksum' ? { kind: 'checksum' } : { kind: 'tooShort', count: digits.length });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const found = await findReportsByCode(database.reports, parsed.code);
      if (!mounted.current) return;
      const [first] = found;
      if (!first) setProblem({ kind: 'notFound' });
      else if (found.length === 1) navigate('status-report', { reportId: first.id });
      else navigate('status-choose', { trackingCode: parsed.code });
    } catch (error) {
      console.error('[kiosk] tracking code lookup failed', error);
      if (mounted.current) setProblem({ kind: 'failed' });
    } finally {
      if (mounted.current) setBusy(false);
    }
  }, [busy, digits, database, navigate]);

  usePhysicalDigitKeys({ onDigit: addDigit, onDelete: deleteDigit, onEnter: () => void search() });

  const message = problemText(problem, t);
  const speech = [t('status.entry.prompt'), message, config.devices.scanner ? t('status.entry.scannerHint') : ''].filter(Boolean).join(' ');

  const actions = (
    <>
      <BigButton variant="secondary" onClick={() => navigate('status-phone')}>
        {t('status.entry.lostCode')}
      </BigButton>
      {problem?.kind === 'notFound' ? (
        <BigButton variant="primary" onClick={retry}>
          {t('status.entry.retry')}
        </BigButton>
      ) : (
        <BigButton variant="primary" className="status-search" onClick={() => void search()} aria-disabled={busy || undefined}>
          {busy ? t('status.entry.searching') : t('status.entry.search')}
        </BigButton>
      )}
    </>
  );

  return (
    <Screen title={t('status.title')} speech={speech} actions={actions}>
      <div className="status-entry">
        <div className="status-entry__code">
          <p className="status-entry__prompt">{t('status.entry.prompt')}</p>
          <CodeDisplay digits={digits} label={t('status.entry.codeLabel')} ref={displayRef} />
          <div className="status-message" role="alert">
            {message && <p>{message}</p>}
            {problem?.kind === 'notFound' && <p className="status-message__hint">{t('status.entry.notFoundHint')}</p>}
          </div>
          {config.devices.scanner && <p className="status-note">{t('status.entry.scannerHint')}</p>}
        </div>
        <NumericKeypad
          labels={{ keypad: t('status.entry.keypad'), delete: t('status.entry.delete'), clear: t('status.entry.clear') }}
          onDigit={addDigit}
          onDelete={deleteDigit}
          onClear={clear}
        />
      </div>
    </Screen>
  );
}

function problemText(problem: Problem | null, t: ReturnType<typeof useTranslation>['t']): string {
  switch (problem?.kind) {
    case undefined:
      return '';
    case 'tooShort':
      return t('status.entry.tooShort', { typed: problem.count });
    case 'checksum':
      return t('status.entry.checksum');
    case 'notFound':
      return t('status.entry.notFound');
    case 'failed':
      return t('status.entry.failed');
  }
}

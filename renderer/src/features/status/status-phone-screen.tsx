import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDocType } from '#sync/schema/report-schema';
import { useKioskData } from '../../data/data-context';
import { BigButton } from '../../ui/big-button';
import { NumericKeypad } from '../../ui/numeric-keypad';
import { Screen } from '../../ui/screen';
import { groupPhone, isValidPhone, PHONE_MAX_DIGITS } from '../report/phone';
import { phoneLookupLimiter, findReportsByPhone } from './find-by-phone';
import { deriveReportProgress } from './report-progress';
import { useReportLabels } from './report-labels';
import { useReportSyncFacts } from './sync-facts-context';
import './status.css';

type Answer = { kind: 'found'; reports: ReportDocType[] } | { kind: 'none' } | { kind: 'invalid' } | { kind: 'limited'; seconds: number } | { kind: 'failed' };

/**
 * "查不到编号？": the villager keys in the phone number they left, and sees their reports by
 * category, day and status only — never a code, a phrase or anything else, since whoever
 * types a number sees the answer. A number with no report says so and shows nothing. Lookups
 * are limited on this kiosk (find-by-phone.ts). The number is component state: gone on Back,
 * Home and reset, and shown grouped as typed like on the report's phone step.
 */
export function StatusPhoneScreen() {
  const { t } = useTranslation();
  const { database } = useKioskData();
  const [digits, setDigits] = useState('');
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [busy, setBusy] = useState(false);

  async function search() {
    if (busy) return;
    if (!isValidPhone(digits)) {
      setAnswer({ kind: 'invalid' });
      return;
    }
    if (!phoneLookupLimiter.tryLookup()) {
      setAnswer({ kind: 'limited', seconds: phoneLookupLimiter.waitSeconds() });
      return;
    }
    setBusy(true);
    try {
      const reports = await findReportsByPhone(database.reports, digits);
      setAnswer(reports.length > 0 ? { kind: 'found', reports } : { kind: 'none' });
    } catch (error) {
      console.error('[kiosk] phone lookup failed', error);
      setAnswer({ kind: 'failed' });
    } finally {
      setBusy(false);
    }
  }

  const edit = (next: (current: string) => string) => {
    setAnswer(null);
    setDigits(next);
  };
  const message =
    answer?.kind === 'none'
      ? t('status.phone.none')
      : answer?.kind === 'invalid'
        ? t('status.phone.invalid')
        : answer?.kind === 'limited'
          ? t('status.phone.limited', { minutes: Math.ceil(answer.seconds / 60) })
          : answer?.kind === 'failed'
            ? t('status.entry.failed')
            : '';

  return (
    <Screen
      title={t('status.phone.title')}
      speech={[t('status.phone.prompt'), message].filter(Boolean).join(' ')}
      actions={
        <BigButton onClick={() => void search()} disabled={digits.length === 0} aria-busy={busy || undefined}>
          {t('status.phone.search')}
        </BigButton>
      }
    >
      <div className="status-entry">
        <div className="status-entry__code">
          <p className="status-entry__prompt">{t('status.phone.prompt')}</p>
          <p className={digits ? 'code-display' : 'code-display status-phone--empty'} role="status" aria-label={t('status.phone.number')}>
            {digits ? groupPhone(digits) : t('status.phone.empty')}
          </p>
          <div className="status-message" role="alert">
            {message && <p>{message}</p>}
          </div>
          {answer?.kind === 'found' && (
            <ul className="status-phone-results" aria-label={t('status.phone.results')}>
              {answer.reports.slice(0, 5).map((report) => (
                <PhoneResult key={report.id} report={report} />
              ))}
            </ul>
          )}
        </div>
        <NumericKeypad
          labels={{ keypad: t('status.phone.keypad'), delete: t('status.entry.delete'), clear: t('status.entry.clear') }}
          onDigit={(digit) => edit((current) => (current.length < PHONE_MAX_DIGITS ? current + digit : current))}
          onDelete={() => edit((current) => current.slice(0, -1))}
          onClear={() => edit(() => '')}
        />
      </div>
    </Screen>
  );
}

/** One line: category, day, where it stands. Nothing else of the report. */
function PhoneResult({ report }: { report: ReportDocType }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const facts = useReportSyncFacts(report.id);
  const step = facts ? deriveReportProgress(report, facts).currentStep : null;
  return (
    <li className="status-phone-result">
      {t('status.phone.result', { category: labels.category(report.category), date: labels.date(report.createdAt), status: step ? t(`status.steps.${step}`) : t('status.report.loading') })}
    </li>
  );
}

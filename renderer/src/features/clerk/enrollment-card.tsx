import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSync } from '../../sync/sync-context';
import { villageLabel } from './village-label';

/**
 * Enrollment: who this kiosk is to the county. Not enrolled → the clerk loads the one-time
 * file the county sent (read here with File.text(), handed whole to the host, which keeps the
 * credentials); enrolled → village, kiosk id and the county origin, never an account or a
 * password (the host's `county.status` carries none). Errors are the host's words, shown as is.
 */
export function EnrollmentCard() {
  const { t, i18n } = useTranslation();
  const { enrollment, enroll } = useSync();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setProblem(undefined);
    try {
      let text: string;
      try {
        text = await file.text();
      } catch {
        setProblem(t('clerk.enrollment.unreadable'));
        return;
      }
      await enroll(text);
    } catch (error) {
      setProblem(t('clerk.enrollment.failed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
      // The same file may be chosen again after a fix on the county side.
      input.value = '';
    }
  }

  return (
    <section className="clerk-card" aria-labelledby="clerk-enrollment-title">
      <h2 id="clerk-enrollment-title">{t('clerk.enrollment.title')}</h2>
      {enrollment.state === 'enrolled' ? (
        <>
          <p>{t('clerk.enrollment.enrolled')}</p>
          <dl className="clerk-facts">
            <dt>{t('clerk.enrollment.village')}</dt>
            <dd>{villageLabel(enrollment, i18n.language)}</dd>
            <dt>{t('clerk.enrollment.kioskId')}</dt>
            <dd>{enrollment.kioskId}</dd>
            {enrollment.countyOrigin && (
              <>
                <dt>{t('clerk.enrollment.county')}</dt>
                <dd>{enrollment.countyOrigin}</dd>
              </>
            )}
          </dl>
        </>
      ) : enrollment.state === 'checking' ? (
        <p>{t('clerk.enrollment.checking')}</p>
      ) : (
        <>
          <p>{enrollment.state === 'unavailable' ? t('clerk.enrollment.unavailable') : t('clerk.enrollment.notEnrolled')}</p>
          {/* A large button-styled label; the real file input lies over it, invisible, so the
              whole 88 px target opens the file chooser and keyboards reach it. */}
          <label className="big-button big-button--primary clerk-file-button">
            <span>{busy ? t('clerk.enrollment.enrolling') : t('clerk.enrollment.load')}</span>
            <input type="file" accept=".json,application/json" disabled={busy} onChange={(event) => void onFile(event)} />
          </label>
        </>
      )}
      {problem && (
        <p className="clerk-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}

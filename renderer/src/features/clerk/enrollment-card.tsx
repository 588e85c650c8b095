import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig } from '../../app/config-context';
import { useLocalized } from '../../i18n/use-localized';
import { useSync } from '../../sync/sync-context';
import { enrollmentFileProblem, serverName } from './enrollment-words';
import { spokenVillage, villageLabel } from './village-label';

type EnrolledVillage = { village: string; villageName?: { zh: string; en?: string } };

/**
 * The enrolled village by its name: the county's name for it when the enrollment carries one
 * (village-label.ts), else the configuration's when it has the same code, else the code.
 * `withCode` adds the code beside a name (the facts list), for telling county IT.
 */
function useVillageName(): (enrollment: EnrolledVillage, withCode?: boolean) => string {
  const config = useConfig();
  const localized = useLocalized();
  const { i18n } = useTranslation();
  return (enrollment, withCode = false) => {
    if (enrollment.villageName) return withCode ? villageLabel(enrollment, i18n.language) : spokenVillage(enrollment, i18n.language);
    return config.village.code === enrollment.village ? localized(config.village.name) : enrollment.village;
  };
}

/** The enrollment in one sentence, for the card and for read aloud. */
export function useEnrollmentWords(): string {
  const { t } = useTranslation();
  const { enrollment } = useSync();
  const villageName = useVillageName();
  switch (enrollment.state) {
    case 'enrolled':
      return t('clerk.enrollment.enrolledAs', { village: villageName(enrollment), kioskId: enrollment.kioskId });
    case 'checking':
      return t('clerk.enrollment.checking');
    case 'unavailable':
      return t('clerk.enrollment.unavailable');
    case 'not-enrolled':
      return t('clerk.enrollment.notEnrolled');
  }
}

/**
 * Enrollment: who this kiosk is to the county. Not enrolled → the clerk loads the one-time
 * file the county sent (read here with File.text(), handed whole to the host, which keeps the
 * credentials); enrolled → the village by name, this kiosk's number and the county server's
 * name, never an account or a password (the host's `county.status` carries none). Every
 * problem is a sentence saying what to do next.
 */
export function EnrollmentCard() {
  const { t } = useTranslation();
  const { enrollment, enroll } = useSync();
  const words = useEnrollmentWords();
  const villageName = useVillageName();
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
      const fileProblem = enrollmentFileProblem(text);
      if (fileProblem) {
        setProblem(t(`clerk.enrollment.${fileProblem === 'not-json' ? 'notJson' : 'notEnrollment'}`));
        return;
      }
      await enroll(text);
    } catch (error) {
      console.warn('[kiosk] enrollment failed', error);
      setProblem(t('clerk.enrollment.failed'));
    } finally {
      setBusy(false);
      // The same file may be chosen again after a fix on the county side.
      input.value = '';
    }
  }

  return (
    <section className="clerk-card" aria-labelledby="clerk-enrollment-title">
      <h2 id="clerk-enrollment-title">{t('clerk.enrollment.title')}</h2>
      <p>{words}</p>
      {enrollment.state === 'enrolled' ? (
        <dl className="clerk-facts">
          <dt>{t('clerk.enrollment.village')}</dt>
          <dd>{villageName(enrollment, true)}</dd>
          <dt>{t('clerk.enrollment.kioskId')}</dt>
          <dd>{enrollment.kioskId}</dd>
          {enrollment.countyOrigin && (
            <>
              <dt>{t('clerk.enrollment.county')}</dt>
              <dd>{serverName(enrollment.countyOrigin)}</dd>
            </>
          )}
        </dl>
      ) : (
        enrollment.state !== 'checking' && (
          // A large button-styled label; the real file input lies over it, invisible, so the
          // whole target opens the file chooser and keyboards reach it.
          <label className="big-button big-button--primary clerk-file-button">
            <span>{busy ? t('clerk.enrollment.enrolling') : t('clerk.enrollment.load')}</span>
            <input type="file" accept=".json,application/json" disabled={busy} onChange={(event) => void onFile(event)} />
          </label>
        )
      )}
      {problem && (
        <p className="clerk-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}

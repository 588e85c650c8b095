import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDocType } from '#sync/schema/report-schema';
import { useConfig } from '../../app/config-context';
import { useKioskData } from '../../data/data-context';
import { useLanguage } from '../../i18n/use-language';
import { useLocalized } from '../../i18n/use-localized';
import { BigButton } from '../../ui/big-button';
import { Dialog } from '../../ui/dialog';
import { addCoReporter } from './duplicate-report';
import { useReportKioskId } from './report-draft-context';
import { useShowReceipt } from './show-receipt';
import { joinList } from './speech-list';

/** A report's date for people ("3月5日" / "5 March"), in the kiosk's own time zone. */
function shownDate(iso: string, language: string): string {
  return new Date(iso).toLocaleDateString(language === 'en' ? 'en-GB' : 'zh-CN', { month: 'long', day: 'numeric' });
}

/**
 * The duplicate hint: what was reported (category, group, date, phrases — never who, never a
 * phone or a photo) and two choices. "This is my problem too" adds this villager as a
 * co-reporter of that report and shows its tracking code; "Make a new report" goes on.
 */
export function DuplicateDialog({ report, onNew }: { report: ReportDocType; onNew: () => void }) {
  const { t } = useTranslation();
  const config = useConfig();
  const localized = useLocalized();
  const { language } = useLanguage();
  const { database } = useKioskData();
  const kioskId = useReportKioskId();
  const showReceipt = useShowReceipt();
  const [joining, setJoining] = useState(false);
  const [failed, setFailed] = useState(false);

  const category = config.categories.find((c) => c.id === report.category);
  const group = config.village.groups.find((g) => g.id === report.group);
  const people = 1 + report.coReporters.length;

  function join() {
    if (joining) return;
    setJoining(true);
    setFailed(false);
    kioskId()
      .then((id) => addCoReporter(database.reports, report.id, { addedAt: new Date().toISOString(), kioskId: id }))
      .then(
        (updated) => showReceipt({ trackingCode: updated.trackingCode, categoryId: updated.category, joined: true }),
        (error: unknown) => {
          console.error('[kiosk] could not add a co-reporter', error);
          setJoining(false);
          setFailed(true);
        },
      );
  }

  return (
    <Dialog
      title={t('report.duplicate.title')}
      description={
        <>
          <p>
            {t('report.duplicate.body', {
              date: shownDate(report.createdAt, language),
              group: group ? localized(group.label) : report.group,
              category: category ? localized(category.label) : report.category,
            })}
          </p>
          {report.phrases.length > 0 && <p>{t('report.duplicate.phrases', { phrases: joinList(report.phrases, language) })}</p>}
          {people > 1 && <p>{t('report.duplicate.count', { count: people })}</p>}
          <p>{t('report.duplicate.note')}</p>
          {failed && (
            <p className="report-problem" role="alert">
              {t('report.duplicate.failed')}
            </p>
          )}
        </>
      }
      actions={
        <div className="report-dialog-actions">
          <BigButton onClick={join} disabled={joining}>
            {joining ? t('report.duplicate.joining') : t('report.duplicate.same')}
          </BigButton>
          <BigButton variant="secondary" onClick={onNew} disabled={joining}>
            {t('report.duplicate.new')}
          </BigButton>
        </div>
      }
    />
  );
}

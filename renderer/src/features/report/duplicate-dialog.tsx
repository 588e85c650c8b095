import { useTranslation } from 'react-i18next';
import type { ReportDocType } from '#sync/schema/report-schema';
import { useConfig } from '../../app/config-context';
import { useLanguage } from '../../i18n/use-language';
import { useLocalized } from '../../i18n/use-localized';
import { BigButton } from '../../ui/big-button';
import { Dialog } from '../../ui/dialog';
import { joinList } from './speech-list';

/** A report's date for people ("3月5日" / "5 March"), in the kiosk's own time zone. */
export function shownDate(iso: string, language: string): string {
  return new Date(iso).toLocaleDateString(language === 'en' ? 'en-GB' : 'zh-CN', { month: 'long', day: 'numeric' });
}

/**
 * The duplicate hint, once the villager has said what and where: what was reported (category,
 * group, place, date, phrases — never who, never a phone or a photo) and two choices. Neither
 * loses anything: "这也是我的问题" files the villager's own report (voice, photo, phone and
 * all) linked to that one, with its own receipt code; "不是，我的是另一件事" goes on as before.
 */
export function DuplicateDialog({ report, onSame, onDifferent }: { report: ReportDocType; onSame: () => void; onDifferent: () => void }) {
  const { t } = useTranslation();
  const config = useConfig();
  const localized = useLocalized();
  const { language } = useLanguage();
  const category = config.categories.find((c) => c.id === report.category);
  const group = config.village.groups.find((g) => g.id === report.group);
  const people = 1 + report.coReporters.length;
  const place = group ? localized(group.label) : report.group;

  return (
    <Dialog
      title={t('report.duplicate.title')}
      onDismiss={onDifferent}
      description={
        <>
          <p>
            {t('report.duplicate.body', {
              date: shownDate(report.createdAt, language),
              group: report.landmark ? t('report.duplicate.near', { group: place, landmark: report.landmark }) : place,
              category: category ? localized(category.label) : report.category,
            })}
          </p>
          {report.phrases.length > 0 && <p>{t('report.duplicate.phrases', { phrases: joinList(report.phrases, language) })}</p>}
          {people > 1 && <p>{t('report.duplicate.count', { count: people })}</p>}
          <p>{t('report.duplicate.note')}</p>
        </>
      }
      actions={
        <div className="report-dialog-actions">
          <BigButton onClick={onSame}>{t('report.duplicate.same')}</BigButton>
          <BigButton variant="secondary" onClick={onDifferent}>
            {t('report.duplicate.new')}
          </BigButton>
        </div>
      }
    />
  );
}

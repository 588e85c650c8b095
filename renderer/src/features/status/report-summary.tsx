import { useTranslation } from 'react-i18next';
import type { ReportDocType } from '#sync/schema/report-schema';
import { useLanguage } from '../../i18n/use-language';
import { useReportLabels } from './report-labels';

const CJK = /[\u3400-\u9fff]/;

/**
 * What the report is about, so the villager recognises it: category, village group, day, and
 * the quick phrases chosen. Deliberately nothing else: no contact phone (anyone holding the
 * code can open this screen), no free text (it may contain names or numbers), no photo or
 * voice note.
 */
export function ReportSummary({ report }: { report: Pick<ReportDocType, 'category' | 'group' | 'createdAt' | 'phrases'> }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const { language } = useLanguage();
  // Phrases are stored as shown when the report was made, in that session's language.
  const chinese = report.phrases.some((phrase) => CJK.test(phrase));
  const phraseLang = chinese ? 'zh-CN' : 'en';
  return (
    <dl className="status-summary">
      <dt>{t('status.report.category')}</dt>
      <dd>{labels.category(report.category)}</dd>
      <dt>{t('status.report.group')}</dt>
      <dd>{labels.group(report.group)}</dd>
      <dt>{t('status.report.date')}</dt>
      <dd>{labels.date(report.createdAt)}</dd>
      {report.phrases.length > 0 && (
        <>
          <dt>{t('status.report.phrases')}</dt>
          <dd lang={phraseLang === language ? undefined : phraseLang}>{report.phrases.join(chinese ? '、' : ', ')}</dd>
        </>
      )}
    </dl>
  );
}

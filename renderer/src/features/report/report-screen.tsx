import { useTranslation } from 'react-i18next';
import { Screen } from '../../ui/screen';

/** Placeholder until the report feature lands: the title and a note to ask the clerk. */
export function ReportScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('report.title')}>
      <p>{t('common.comingSoon')}</p>
    </Screen>
  );
}

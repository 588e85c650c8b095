import { useTranslation } from 'react-i18next';
import { Screen } from '../../ui/screen';

/** Placeholder until the status feature lands: the title and a note to ask the clerk. */
export function StatusScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('status.title')}>
      <p>{t('common.comingSoon')}</p>
    </Screen>
  );
}

import { useTranslation } from 'react-i18next';
import { Screen } from '../../ui/screen';

/** Placeholder until the clerk feature lands: the title and a note to ask the clerk. */
export function ClerkScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('clerk.title')}>
      <p>{t('common.comingSoon')}</p>
    </Screen>
  );
}

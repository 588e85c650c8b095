import { useTranslation } from 'react-i18next';
import { Screen } from '../../ui/screen';

/** Placeholder until the policies feature lands: the title and a note to ask the clerk. */
export function PoliciesScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('policies.title')}>
      <p>{t('common.comingSoon')}</p>
    </Screen>
  );
}

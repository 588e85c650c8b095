import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { BigButton } from '../../ui/big-button';
import { LanguageIcon } from '../../ui/icons';

/**
 * One button that switches to the other language, labelled in that language ("English" /
 * "中文", `language.switchTo`) and marked with its `lang`, so someone who cannot read the
 * current language can still find it and a screen reader pronounces it right.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const target = language === 'en' ? 'zh-CN' : 'en';
  return (
    <BigButton variant="secondary" icon={<LanguageIcon />} lang={target} onClick={() => setLanguage(target)}>
      {t('language.switchTo')}
    </BigButton>
  );
}

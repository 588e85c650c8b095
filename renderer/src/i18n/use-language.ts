import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskLanguage } from './languages';

/** The current interface language and a way to change it. */
export function useLanguage(): { language: KioskLanguage; setLanguage: (language: KioskLanguage) => void } {
  const { i18n } = useTranslation();
  const language: KioskLanguage = i18n.language === 'en' ? 'en' : 'zh-CN';
  const setLanguage = useCallback(
    (next: KioskLanguage) => {
      void i18n.changeLanguage(next);
    },
    [i18n],
  );
  return { language, setLanguage };
}

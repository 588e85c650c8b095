import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createKioskI18n } from '../i18n/create-i18n';

/**
 * Owns this app's i18next instance and mirrors the language onto <html lang> and the window
 * title, so screen readers and font selection follow the interface language.
 */
export function KioskI18nProvider({ children }: { children: ReactNode }) {
  const [i18n] = useState(() => createKioskI18n());

  useEffect(() => {
    const apply = (language: string) => {
      document.documentElement.lang = language;
      document.title = i18n.t('app.title');
    };
    apply(i18n.language);
    i18n.on('languageChanged', apply);
    return () => i18n.off('languageChanged', apply);
  }, [i18n]);

  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

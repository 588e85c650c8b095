import { createInstance, type i18n as I18n } from 'i18next';
import { en } from './en';
import { fallbackLanguage, kioskLanguages, type KioskLanguage } from './languages';
import { zhCN } from './zh-CN';

export const resources = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const;

/**
 * A fresh i18next instance per app (and per test), never the global singleton, so two
 * mounted apps or two tests cannot change each other's language. Resources are bundled,
 * so `initAsync: false` makes `t` usable as soon as this returns (no loading flash, offline).
 */
export function createKioskI18n(language: KioskLanguage = fallbackLanguage): I18n {
  const instance = createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: fallbackLanguage,
    supportedLngs: [...kioskLanguages],
    load: 'currentOnly',
    initAsync: false,
    // React escapes text; i18next escaping would show "&gt;" in configuration messages.
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
  });
  return instance;
}

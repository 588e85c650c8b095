import { createInstance, type i18n as I18n } from 'i18next';
import { en } from './en';
import { zhCN } from './zh-CN';

export const CONSOLE_LANGUAGES = ['zh-CN', 'en'] as const;
export type ConsoleLanguage = (typeof CONSOLE_LANGUAGES)[number];

/** One i18next instance per app, Chinese first; resources bundled (no loading, works offline). */
export function createConsoleI18n(language: ConsoleLanguage = 'zh-CN'): I18n {
  const instance = createInstance();
  void instance.init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: language,
    fallbackLng: 'zh-CN',
    supportedLngs: [...CONSOLE_LANGUAGES],
    load: 'currentOnly',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
  });
  return instance;
}

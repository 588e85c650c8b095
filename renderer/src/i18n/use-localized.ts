import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** A text from configuration or content: Chinese always present, English optional. */
export interface LocalizedLike {
  zh: string;
  en?: string | undefined;
}

/** English when the interface is English and the text has it; Chinese otherwise. */
export function localize(text: LocalizedLike, language: string): string {
  return language === 'en' && text.en ? text.en : text.zh;
}

/**
 * Returns `pick(text)` for `{zh, en}` texts from configuration (village name, categories,
 * quick phrases, policies). Re-renders the caller when the language changes.
 */
export function useLocalized(): (text: LocalizedLike) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback((text: LocalizedLike) => localize(text, language), [language]);
}

import { useCallback } from 'react';
import { useConfig } from '../../app/config-context';
import { useLanguage } from '../../i18n/use-language';
import { useLocalized } from '../../i18n/use-localized';

/**
 * Words for a report's ids, in the current language: category and village group from the
 * configuration (the raw id when the configuration no longer has it), and the day it was made.
 */
export function useReportLabels() {
  const config = useConfig();
  const localized = useLocalized();
  const { language } = useLanguage();
  const category = useCallback(
    (id: string) => {
      const found = config.categories.find((c) => c.id === id);
      return found ? localized(found.label) : id;
    },
    [config.categories, localized],
  );
  const group = useCallback(
    (id: string) => {
      const found = config.village.groups.find((g) => g.id === id);
      return found ? localized(found.label) : id;
    },
    [config.village.groups, localized],
  );
  const date = useCallback((iso: string) => formatReportDate(iso, language), [language]);
  return { category, group, date };
}

/**
 * The calendar day of a timestamp in the kiosk's time zone ("2025年3月1日", "1 March 2025").
 * The timestamp is the kiosk clock when the report was made: for reading only.
 */
export function formatReportDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso.slice(0, 10);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'zh-CN', { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

import { defaultKioskConfig } from '#kiosk-config/default-config';

/** Times as county staff read them: China time, to the minute. */
export function formatTime(iso: string | undefined, language: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
}

/** The kiosk's category names (kiosk-config's defaults); the id where a county added its own. */
export const CATEGORY_IDS = (defaultKioskConfig.categories ?? []).map((category) => category.id);

export function categoryName(id: string | undefined, language: string): string {
  const category = (defaultKioskConfig.categories ?? []).find((entry) => entry.id === id);
  if (!category) return id ?? '';
  return language === 'en' ? (category.label.en ?? category.label.zh) : category.label.zh;
}

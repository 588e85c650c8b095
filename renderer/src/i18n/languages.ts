import type { KioskConfig } from '#kiosk-config/schema';

/** The interface languages; the configuration schema is their one definition. */
export type KioskLanguage = KioskConfig['defaultLanguage'];

export const kioskLanguages: readonly KioskLanguage[] = ['zh-CN', 'en'];

/** Chinese first: anything unknown falls back to it. */
export const fallbackLanguage: KioskLanguage = 'zh-CN';

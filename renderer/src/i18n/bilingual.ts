import { en } from './en';
import { zhCN, type Messages } from './zh-CN';

export interface BilingualText {
  zh: string;
  en: string;
}

/**
 * Both languages of one message at once, read straight from the resources without an
 * i18next instance. For the screens that must work when the app itself could not start or
 * has crashed (start-up failure, error boundary): nobody can switch language there, so both
 * are shown.
 */
export function bilingual(pick: (messages: Messages) => string): BilingualText {
  return { zh: pick(zhCN), en: pick(en) };
}

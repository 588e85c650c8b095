import type { ConsoleMessages } from './zh-CN';

// Types `t('inbox.heading')` in the console: a key that is not in zh-CN.ts is a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: ConsoleMessages };
  }
}

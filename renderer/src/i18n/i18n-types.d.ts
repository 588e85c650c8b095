import type { Messages } from './zh-CN';

// Types `t('home.tiles.report')`: a key that is not in zh-CN.ts is a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

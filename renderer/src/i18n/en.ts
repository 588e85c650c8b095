import type { Messages } from './zh-CN';

/**
 * English interface texts. Typed as `Messages`, so a missing key or an extra key
 * (object-literal excess property check) is a compile error; `i18n-keys.test.ts` checks the
 * same at run time.
 */
export const en: Messages = {
  common: {
    readAloud: 'Read aloud',
    home: 'Home',
    back: 'Back',
    navigation: 'Page navigation',
    comingSoon: 'This service is being prepared. Please ask the village clerk.',
  },
  app: {
    storageFailed: 'Local storage is not available, nothing can be saved. Please ask the village clerk',
    title: 'Village Service Kiosk',
    loading: 'Starting, please wait…',
    startupFailed: 'The kiosk cannot start, please ask the village clerk',
    error: {
      title: 'This page ran into a problem',
      body: 'Please go back to the home screen and start again. The village clerk can help.',
    },
    idle: {
      title: 'Are you still there?',
      body: 'In {{seconds}} s the kiosk returns to the home screen and clears what was entered.',
      continue: 'Continue',
    },
    configProblem:
      'Configuration file {{source}} has an error: {{path}} — {{message}}. The last valid configuration is still in use.',
    configProblemWholeFile: 'whole file',
  },
  language: {
    switchTo: '中文',
  },
  home: {
    servicesLabel: 'Services',
    tiles: {
      report: 'Report a problem',
      status: 'Check my report',
      policies: 'Policies',
      clerk: 'Clerk services',
    },
  },
  report: { title: 'Report a problem' },
  status: { title: 'Check my report' },
  policies: { title: 'Policies' },
  clerk: { title: 'Clerk services' },
};

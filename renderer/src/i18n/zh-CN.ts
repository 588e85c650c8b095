/**
 * Chinese (zh-CN) interface texts: the first language and the source of truth for keys.
 * `en.ts` must have exactly these keys (enforced by its type and by a test).
 *
 * Key convention: one top-level section per area — `common` (shared words such as Home/Back),
 * `app` (shell: start-up, errors, idle warning, configuration problems), `language`, then one
 * section per feature (`home`, `report`, `status`, `policies`, `clerk`, ...). Nest by screen
 * inside a feature (`report.category.title`). Interpolation uses `{{name}}`; avoid plural
 * suffixes (`_one`/`_other`) because zh and en would then need different keys.
 */
export const zhCN = {
  common: {
    readAloud: '朗读',
    home: '回到首页',
    back: '返回',
    navigation: '页面导航',
    comingSoon: '这项服务正在准备中，请找村委会工作人员办理。',
  },
  app: {
    storageFailed: '本机存储不可用，无法保存内容，请联系村委会工作人员',
    title: '村务服务终端',
    loading: '正在启动，请稍候……',
    startupFailed: '终端暂时无法启动，请联系村委会工作人员',
    error: {
      title: '页面出了点问题',
      body: '请回到首页重新开始。如需帮助，请找村委会工作人员。',
    },
    idle: {
      title: '您还在使用吗？',
      body: '{{seconds}} 秒后将回到首页，刚才填写的内容会被清除。',
      continue: '继续使用',
    },
    configProblem: '配置文件 {{source}} 有误：{{path}} — {{message}}。已继续使用上一份有效配置。',
    configProblemWholeFile: '整个文件',
  },
  language: {
    /** The switch shows the language it switches to, written in that language. */
    switchTo: 'English',
  },
  home: {
    servicesLabel: '服务项目',
    tiles: {
      report: '我要反映问题',
      status: '查询办理进度',
      policies: '政策查询',
      clerk: '工作人员服务',
    },
  },
  report: { title: '我要反映问题' },
  status: { title: '查询办理进度' },
  policies: { title: '政策查询' },
  clerk: { title: '工作人员服务' },
};

/** The shape every language must have: the same keys, every leaf a string. */
export type Messages = typeof zhCN;

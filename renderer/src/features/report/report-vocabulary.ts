import type { KioskConfig } from '#kiosk-config/schema';

/**
 * Words villagers are likely to type in a report, offered first as pinyin candidates (before
 * single characters). Complements what the configuration already names.
 */
const COMMON_WORDS = [
  '问题', '已经', '好几天', '一个月', '没有', '不能', '需要', '希望', '尽快', '处理', '解决', '帮忙', '联系', '电话',
  '谢谢', '村里', '家里', '门口', '路边', '附近', '晚上', '白天', '下雨', '积水', '路灯', '道路', '修路', '坑洼',
  '桥', '水管', '漏水', '停水', '自来水', '水井', '垃圾', '厕所', '污水', '养老金', '低保', '医保', '社保',
  '看病', '工资', '老板', '工地', '邻居', '吵架', '土地', '宅基地', '房子', '房屋', '漏雨', '倒塌', '电线',
  '危险', '老人', '孩子', '学校', '噪音', '占用', '损坏', '坏了', '不亮', '没人管',
];

/** The configuration's own words (categories, phrases, groups, landmarks) first, then the common ones; Chinese only. */
export function reportVocabulary(config: KioskConfig): string[] {
  const words = [
    ...config.categories.flatMap((category) => [category.label.zh, ...category.quickPhrases.map((phrase) => phrase.zh)]),
    ...config.village.groups.flatMap((group) => [group.label.zh, ...group.landmarks.map((landmark) => landmark.zh)]),
    ...COMMON_WORDS,
  ];
  return [...new Set(words)];
}

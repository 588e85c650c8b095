import type { KioskConfigInput } from './schema';

/**
 * The embedded default: a demo village so the kiosk runs with no site file and no county
 * server. County URLs are empty, so the kiosk is offline-only until it is enrolled.
 * The demo clerk PIN is 2468 (documented in the README; a real site file must replace it).
 */
export const defaultKioskConfig: KioskConfigInput = {
  schemaVersion: 1,
  village: {
    code: 'demo-village',
    name: { zh: '示范村', en: 'Demo Village' },
    groups: [
      { id: 'g1', label: { zh: '第一村民小组', en: 'Group 1' }, landmarks: [{ zh: '村委会', en: 'Village committee' }, { zh: '老祠堂', en: 'Old ancestral hall' }] },
      { id: 'g2', label: { zh: '第二村民小组', en: 'Group 2' }, landmarks: [{ zh: '小学', en: 'Primary school' }, { zh: '水库', en: 'Reservoir' }] },
      { id: 'g3', label: { zh: '第三村民小组', en: 'Group 3' }, landmarks: [{ zh: '集市', en: 'Market' }] },
      { id: 'g4', label: { zh: '第四村民小组', en: 'Group 4' }, landmarks: [] },
    ],
  },
  services: { report: true, status: true, policies: true, clerk: true },
  categories: [
    {
      id: 'road',
      icon: 'road',
      label: { zh: '道路', en: 'Roads' },
      quickPhrases: [
        { zh: '路面坑洼', en: 'Potholes in the road' },
        { zh: '路灯不亮', en: 'Street light is out' },
        { zh: '桥梁损坏', en: 'Bridge is damaged' },
      ],
    },
    {
      id: 'water',
      icon: 'water',
      label: { zh: '饮水', en: 'Water' },
      quickPhrases: [
        { zh: '停水了', en: 'No running water' },
        { zh: '水质浑浊', en: 'Water is dirty' },
        { zh: '水管漏水', en: 'Water pipe is leaking' },
      ],
    },
    {
      id: 'sanitation',
      icon: 'sanitation',
      label: { zh: '环境卫生', en: 'Sanitation' },
      quickPhrases: [
        { zh: '垃圾没人清理', en: 'Rubbish is not collected' },
        { zh: '厕所损坏', en: 'Toilet is broken' },
        { zh: '污水横流', en: 'Sewage in the street' },
      ],
    },
    {
      id: 'dispute',
      icon: 'dispute',
      label: { zh: '邻里纠纷', en: 'Neighbour dispute' },
      quickPhrases: [
        { zh: '宅基地边界争议', en: 'Boundary disagreement' },
        { zh: '噪音扰民', en: 'Noise' },
      ],
    },
    {
      id: 'land',
      icon: 'land',
      label: { zh: '土地', en: 'Land' },
      quickPhrases: [
        { zh: '承包地问题', en: 'Contracted land problem' },
        { zh: '土地被占用', en: 'Land is occupied' },
      ],
    },
    {
      id: 'pension',
      icon: 'pension',
      label: { zh: '养老社保', en: 'Pension and social security' },
      quickPhrases: [
        { zh: '养老金没到账', en: 'Pension not received' },
        { zh: '医保卡问题', en: 'Insurance card problem' },
      ],
    },
    {
      id: 'medical',
      icon: 'medical',
      label: { zh: '看病就医', en: 'Medical care' },
      quickPhrases: [
        { zh: '村卫生室缺药', en: 'Clinic has no medicine' },
        { zh: '报销有问题', en: 'Reimbursement problem' },
      ],
    },
    {
      id: 'wages',
      icon: 'wages',
      label: { zh: '拖欠工资', en: 'Unpaid wages' },
      quickPhrases: [
        { zh: '工钱没给', en: 'Wages not paid' },
        { zh: '找不到老板', en: 'Cannot reach the employer' },
      ],
    },
    {
      id: 'safety',
      icon: 'safety',
      label: { zh: '安全隐患', en: 'Safety hazard' },
      quickPhrases: [
        { zh: '房屋危险', en: 'House is unsafe' },
        { zh: '电线裸露', en: 'Exposed electric wires' },
        { zh: '山体滑坡风险', en: 'Landslide risk' },
      ],
    },
    {
      id: 'other',
      icon: 'other',
      label: { zh: '其他问题', en: 'Other' },
      quickPhrases: [{ zh: '需要有人联系我', en: 'Please contact me' }],
    },
  ],
  idle: { warningSeconds: 90, resetSeconds: 20 },
  voiceNote: { maxSeconds: 60 },
  clerk: { pinHash: 'scrypt$16384$8$1$FerDCKjDRSm+tR5ijfgt0A==$IBsY+bJ1uYr2bZ+tqLnxamNMcPTapuUy1luuLFuw8/c=' },
  county: { couchUrl: '', updateUrl: '', trackingUrl: '' },
  devices: { keypad: null, scanner: null, printer: null, camera: null },
  defaultLanguage: 'zh-CN',
};

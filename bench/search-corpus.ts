import type { SearchablePolicy } from '#sync/search/policy-search';

/**
 * Generated policies for the search benchmark: realistic titles built from place × topic ×
 * measure (× year when needed), a summary, tags and a body of a few hundred characters. Titles
 * whose pinyin initials another title already has are skipped: when two titles share their
 * initials no search can tell them apart, and the benchmark measures the index, not that.
 */
const PLACES = ['青山镇', '河西乡', '柳林村', '东湖镇', '白马乡', '石桥村', '南岗镇', '红旗乡', '杨柳村', '金沙镇', '北坡乡', '清水村', '龙门镇', '桃园乡', '大沟村', '新华镇', '黄土乡', '长岭村', '西山镇', '云台乡', '全县', '城关镇', '马家村', '高庄乡', '李家湾'];
const TOPICS = ['城乡居民养老保险', '基本医疗保险', '最低生活保障', '特困人员供养', '耕地地力保护', '农机购置', '危房改造', '宅基地审批', '饮水安全', '农村公路养护', '职业技能培训', '公益性岗位', '学生资助', '营养午餐', '残疾人补贴', '高龄津贴', '临时救助', '医疗救助', '农业保险', '种粮补贴', '创业贷款', '户厕改造', '电网改造', '土地承包', '退役军人优待', '家庭医生签约', '慢性病门诊', '大病保险', '异地就医', '征地补偿', '森林防火', '防汛抗旱', '垃圾分类', '秸秆禁烧', '光伏扶贫', '水产养殖', '畜禽防疫', '乡村旅游', '电商培训', '冬季取暖'];
const MEASURES = ['实施细则', '办理指南', '补贴标准', '申请流程', '管理办法', '工作方案', '资金发放公示', '政策解读', '服务须知', '常见问题'];
const SENTENCES = [
  '符合条件的村民可以向村委会提出申请，由乡镇审核、县里审批。',
  '申请时请带好身份证、户口本和银行卡，材料不齐的可以请工作人员帮忙补齐。',
  '补助资金通过惠民惠农财政补贴资金一卡通按时发放，不收任何费用。',
  '家庭情况发生变化的，请在一个月内告诉村委会，以免影响待遇。',
  '对审核结果有意见的，可以在公示期内向村委会或乡镇政府反映。',
  '弄虚作假骗取补助的，要退回资金，并依法追究责任。',
  '具体标准以县里当年公布的为准，可以在本机查询或请工作人员解释。',
  '行动不便的老人和残疾人，可以由家属代办，或请村干部上门帮办。',
];

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

export function generatePolicies(count: number, initialsOf: (title: string) => string): { policies: SearchablePolicy[]; skipped: number } {
  const policies: SearchablePolicy[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  for (let n = 0; policies.length < count; n++) {
    const place = pick(PLACES, n);
    const topic = pick(TOPICS, Math.floor(n / PLACES.length));
    const measure = pick(MEASURES, Math.floor(n / (PLACES.length * TOPICS.length)));
    const round = Math.floor(n / (PLACES.length * TOPICS.length * MEASURES.length));
    const title = `${round > 0 ? `${2020 + round}年` : ''}${place}${topic}${measure}`;
    const initials = initialsOf(title);
    if (seen.has(initials)) {
      skipped++;
      continue;
    }
    seen.add(initials);
    const body = Array.from({ length: 6 }, (_, i) => pick(SENTENCES, n + i * 3)).join('');
    policies.push({
      id: `gen-${n}`,
      title: { zh: title },
      summary: { zh: `${place}${topic}的${measure}，${pick(SENTENCES, n)}` },
      body: { zh: `# ${title}\n\n${body}\n\n${body.slice(0, 120)}` },
      tags: [topic.slice(0, 4), measure.slice(0, 2)],
      issuer: { zh: '县人民政府' },
    });
  }
  return { policies, skipped };
}

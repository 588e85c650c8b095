import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { samplePolicies } from '#kiosk-config/sample-policies.generated';
import { highlight } from './highlight';
import { buildPolicyIndex, loadPolicyIndex } from './policy-search';

const index = buildPolicyIndex(samplePolicies);
const titleOf = (id: string) => samplePolicies.find((p) => p.id === id)?.title.zh;
const top = (query: string, n = 3) => index.search(query).slice(0, n).map((hit) => titleOf(hit.id));

describe('policy search over the sample policies', () => {
  it('finds 养老保险 by Chinese, by "yanglao", "yang lao" and "ylbx"', () => {
    for (const query of ['养老保险', 'yanglao', 'yang lao', 'ylbx', 'YangLao']) {
      expect(top(query).some((title) => title?.includes('养老保险')), query).toBe(true);
    }
  });

  it('finds every title in the top 3 by its full pinyin and by its initials', () => {
    const misses: string[] = [];
    for (const policy of samplePolicies) {
      const syllables = pinyin(policy.title.zh, { toneType: 'none', type: 'array', v: true }).filter((s) => /^[a-z0-9]+$/i.test(s));
      const full = syllables.join('');
      const initials = pinyin(policy.title.zh, { pattern: 'first', toneType: 'none', type: 'array' }).filter((s) => /^[a-z0-9]+$/i.test(s)).join('');
      for (const query of [full, syllables.join(' '), initials]) {
        if (!index.search(query).slice(0, 3).some((hit) => hit.id === policy.id)) misses.push(`${policy.title.zh} ← ${query}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('tolerates a typo in Latin input', () => {
    expect(top('yanglso').some((title) => title?.includes('养老'))).toBe(true);
    expect(top('pensoin').some((title) => title?.includes('养老'))).toBe(true);
  });

  it('finds words of the body and tags, segmented, and English titles', () => {
    expect(top('宅基地')[0]).toBe('农村宅基地申请');
    expect(top('低保').some((title) => title === '农村最低生活保障')).toBe(true);
    expect(top('unpaid wages')[0]).toBe('农民工工资拖欠维权');
    expect(index.search('')).toEqual([]);
    expect(index.search('，。！')).toEqual([]);
  });

  it('ranks a policy matching more and better first', () => {
    expect(top('医疗保险', 1)[0]).toBe('城乡居民基本医疗保险');
  });

  it('gives the same results from a persisted index', () => {
    const loaded = loadPolicyIndex(JSON.parse(JSON.stringify(index.toJSON())));
    expect(loaded.documentCount).toBe(samplePolicies.length);
    for (const query of ['养老保险', 'ylbx', 'dibao']) expect(loaded.search(query)).toEqual(index.search(query));
  });
});

describe('highlight', () => {
  const parts = (text: string, query: string) => highlight(text, query).map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');

  it('marks Chinese words, pinyin and initials on the characters they spell', () => {
    expect(parts('城乡居民基本养老保险', '养老')).toBe('城乡居民基本[养老]保险');
    expect(parts('城乡居民基本养老保险', 'yanglao')).toBe('城乡居民基本[养老]保险');
    expect(parts('城乡居民基本养老保险', 'ylbx')).toBe('城乡居民基本[养老保险]');
    expect(parts('Unpaid wages', 'wages')).toBe('Unpaid [wages]');
    expect(parts('农村宅基地申请', '')).toBe('农村宅基地申请');
  });
});

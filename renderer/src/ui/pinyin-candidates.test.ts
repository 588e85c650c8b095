import { describe, expect, it } from 'vitest';
import { pinyinCandidates } from './pinyin-candidates';

const vocabulary = ['路灯不亮', '路面坑洼', '水管漏水', '垃圾没人清理', '养老金没到账', '村委会'];

function texts(input: string) {
  return pinyinCandidates(input, vocabulary).map((candidate) => candidate.text);
}

describe('pinyinCandidates', () => {
  it('offers the vocabulary word spelled in full syllables first, then completions, then characters', () => {
    const result = texts('ludeng');
    expect(result.slice(0, 2)).toEqual(['路灯', '路灯不亮']);
    expect(result).toContain('路');
  });

  it('understands initials', () => {
    expect(texts('ldbl')[0]).toBe('路灯不亮');
    expect(texts('cwh')[0]).toBe('村委会');
  });

  it('matches inside a phrase (漏水 in 水管漏水)', () => {
    expect(texts('loushui')[0]).toBe('漏水');
  });

  it('gives single characters of the leading syllable, using up only its letters', () => {
    const candidates = pinyinCandidates('shuiguan', []);
    expect(candidates).toContainEqual({ text: '水', consumes: 4 });
    expect(candidates.every((candidate) => candidate.consumes === 4)).toBe(true);
  });

  it('ignores case and anything that is not a letter; nothing for empty input', () => {
    expect(texts('LU deng')[0]).toBe('路灯');
    expect(pinyinCandidates('', vocabulary)).toEqual([]);
    expect(pinyinCandidates('123', vocabulary)).toEqual([]);
  });

  it('lists every text once', () => {
    const result = texts('lu');
    expect(new Set(result).size).toBe(result.length);
  });
});

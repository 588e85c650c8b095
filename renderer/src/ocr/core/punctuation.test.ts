import { describe, expect, it } from 'vitest';
import { normalisePunctuation } from './punctuation';

describe('punctuation the way a Chinese document has it', () => {
  it('makes marks beside Chinese full-width', () => {
    expect(normalisePunctuation('各位村民:请提前做好储水准备,关好水龙头.')).toBe('各位村民：请提前做好储水准备，关好水龙头。');
    expect(normalisePunctuation('星期二(上午)')).toBe('星期二（上午）');
  });
  it('keeps numbers and Latin runs half-width, and folds full-width digits', () => {
    expect(normalisePunctuation('上午8：00至下午5:30，共3。5小时')).toBe('上午8:00至下午5:30，共3.5小时');
    expect(normalisePunctuation('电话：１３８００１３８２７５')).toBe('电话：13800138275');
    expect(normalisePunctuation('Email: a.b@example.com')).toBe('Email: a.b@example.com');
  });
  it('ends a Chinese sentence that closes on a Latin word with 。', () => {
    expect(normalisePunctuation('名称为QingShan-Office.')).toBe('名称为QingShan-Office。');
  });
  it('drops spaces between Chinese characters and around full-width marks', () => {
    expect(normalisePunctuation('村 民 代表 大会： 4月2日')).toBe('村民代表大会：4月2日');
  });
});

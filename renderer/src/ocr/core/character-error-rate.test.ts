import { describe, expect, it } from 'vitest';
import { characterErrors, editDistance } from './character-error-rate';

describe('character error rate (issue 12 definition)', () => {
  it('counts edits in code points with whitespace removed', () => {
    expect(characterErrors('村民 委员会', '村民委员会')).toEqual({ errors: 0, length: 5, rate: 0 });
    expect(characterErrors('村民委员会', '村名委员')).toEqual({ errors: 2, length: 5, rate: 0.4 });
    expect(editDistance([...'kitten'], [...'sitting'])).toBe(3);
  });
  it('folds full-width and half-width marks together under NFKC', () => {
    expect(characterErrors('时间：9:00', '时间:9:00').errors).toBe(1);
    expect(characterErrors('时间：9:00', '时间:9:00', { nfkc: true }).errors).toBe(0);
  });
  it('an empty reference is 0 only for an empty hypothesis', () => {
    expect(characterErrors('', '').rate).toBe(0);
    expect(characterErrors(' ', '字').rate).toBe(1);
  });
});

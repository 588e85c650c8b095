import { describe, expect, it } from 'vitest';
import { createKeyboardWedge } from './keyboard-wedge';

function feed(wedge: ReturnType<typeof createKeyboardWedge>, text: string, start: number, gapMs: number) {
  let time = start;
  const results: (string | null)[] = [];
  for (const key of [...text, 'Enter']) {
    results.push(wedge.push({ key, time }));
    time += gapMs;
  }
  return results.at(-1);
}

describe('keyboard-wedge scanner detection', () => {
  it('takes a fast burst ending in Enter as a scan', () => {
    expect(feed(createKeyboardWedge(), '30527713', 1000, 8)).toBe('30527713');
  });

  it('leaves typing alone, however long', () => {
    expect(feed(createKeyboardWedge(), '30527713', 1000, 120)).toBeNull();
  });

  it('does not count a human prefix into a burst', () => {
    const wedge = createKeyboardWedge();
    wedge.push({ key: '9', time: 0 });
    expect(feed(wedge, '30527713', 500, 5)).toBe('30527713');
  });

  it('needs at least the minimum length, and an Enter that follows promptly', () => {
    expect(feed(createKeyboardWedge(), '1234', 0, 5)).toBeNull();
    const wedge = createKeyboardWedge();
    for (const [i, key] of [...'30527713'].entries()) wedge.push({ key, time: i * 5 });
    expect(wedge.push({ key: 'Enter', time: 1000 })).toBeNull();
  });

  it('ignores Shift between characters of a scanned URL', () => {
    const wedge = createKeyboardWedge();
    let time = 0;
    for (const key of [...'https://x.cn/r?code=30527713']) {
      if (key === ':' || key === '?') wedge.push({ key: 'Shift', time: (time += 2) });
      wedge.push({ key, time: (time += 4) });
    }
    expect(wedge.push({ key: 'Enter', time: time + 4 })).toBe('https://x.cn/r?code=30527713');
  });
});

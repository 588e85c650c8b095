import { describe, expect, it } from 'vitest';
import { deepMerge, isPlainObject } from './deep-merge';

describe('deepMerge', () => {
  it('merges objects field by field and replaces arrays wholesale', () => {
    const base = { a: { x: 1, y: 2 }, list: [1, 2, 3], keep: 'k' };
    expect(deepMerge(base, { a: { y: 5 }, list: [9] })).toEqual({ a: { x: 1, y: 5 }, list: [9], keep: 'k' });
  });

  it('lets null and scalars replace objects, and never mutates its inputs', () => {
    const base = { device: { id: 1 } };
    const layer = { device: null };
    expect(deepMerge(base, layer)).toEqual({ device: null });
    expect(base).toEqual({ device: { id: 1 } });
    expect(layer).toEqual({ device: null });
  });

  it('keeps "__proto__" from JSON an ordinary field instead of changing the prototype', () => {
    const merged = deepMerge({ a: 1 }, JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.keys(merged)).toEqual(['a', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('treats only JSON-style objects as mergeable', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject(Object.create(null))).toBe(true);
    expect(isPlainObject([])).toBe(false);
    expect(isPlainObject(new Date())).toBe(false);
    expect(isPlainObject(null)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultKioskConfig } from './default-config';
import { layerConfig, type ConfigLayerInput } from './layer-config';

/**
 * Issue 8, finding 8: a layer of absurd size gets a short, clear problem, quickly, and changes
 * nothing; text fields have length caps.
 */
const county = (raw: unknown): ConfigLayerInput => ({ layer: 'county', source: 'county document', raw });

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

describe('unbounded configuration input', () => {
  it('answers 200,000 unknown keys with one short problem, well within a second', () => {
    const raw: Record<string, unknown> = {};
    for (let i = 0; i < 200_000; i++) raw[`k${i}`] = 1;
    const { value: state, ms } = timed(() => layerConfig(defaultKioskConfig, [county(raw)]));
    expect(state.layers).toEqual(['default']);
    expect(state.problems).toHaveLength(1);
    expect(state.problems[0]!.message).toMatch(/more than 5,000 fields/);
    expect(JSON.stringify(state.problems).length).toBeLessThan(400);
    expect(ms).toBeLessThan(1000);
  });

  it('names at most a few unknown fields of a smaller layer and counts the rest', () => {
    const raw: Record<string, unknown> = { idle: { warningSeconds: 60 } };
    for (let i = 0; i < 300; i++) raw[`extra${i}`] = true;
    const state = layerConfig(defaultKioskConfig, [county(raw)]);
    expect(state.problems).toHaveLength(1);
    expect(state.problems[0]!.message).toMatch(/^unknown fields "extra0", "extra1", "extra2", "extra3", "extra4" and 295 more$/);
  });

  it('reports at most ten problems of one layer, then how many more', () => {
    const categories = Array.from({ length: 25 }, (_, i) => ({ id: `c${i}`, icon: 'nope', label: { zh: '类' } }));
    const state = layerConfig(defaultKioskConfig, [county({ categories })]);
    expect(state.problems).toHaveLength(11);
    expect(state.problems[10]).toMatchObject({ path: '', message: 'and 15 more problems in this layer' });
  });

  it('refuses overlong texts and deep nesting with the field named', () => {
    const name = layerConfig(defaultKioskConfig, [county({ village: { name: { zh: '村'.repeat(40_000_000 / 3) } } })]);
    expect(name.layers).toEqual(['default']);
    expect(name.problems[0]!.message).toMatch(/text longer than 10,000 characters/);
    const shorter = layerConfig(defaultKioskConfig, [county({ village: { name: { zh: '村'.repeat(500) } } })]);
    expect(shorter.problems[0]).toMatchObject({ path: 'village.name.zh', message: expect.stringMatching(/at most 100 characters/) });
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const nested = layerConfig(defaultKioskConfig, [county({ idle: deep })]);
    expect(nested.problems[0]!.message).toMatch(/nested deeper than 16 levels/);
    expect(JSON.stringify(nested.problems).length).toBeLessThan(400);
  });
});

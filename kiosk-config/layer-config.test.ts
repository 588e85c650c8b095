import { describe, expect, it } from 'vitest';
import { defaultKioskConfig } from './default-config';
import { formatConfigProblem, layerConfig, type ConfigLayerInput } from './layer-config';
import { kioskConfigSchema } from './schema';
import { VILLAGE_CODE_RULE } from './village-code';

const site = (raw: unknown, source = 'site.json'): ConfigLayerInput => ({ layer: 'site', source, raw });
const county = (raw: unknown): ConfigLayerInput => ({ layer: 'county', source: 'county document', raw });
const defaults = layerConfig(defaultKioskConfig, []).config;

describe('layerConfig', () => {
  it('accepts the embedded default on its own', () => {
    expect(kioskConfigSchema.safeParse(defaultKioskConfig).success).toBe(true);
    const state = layerConfig(defaultKioskConfig, []);
    expect(state).toMatchObject({ layers: ['default'], problems: [] });
    expect(state.config.village.code).toBe('demo-village');
  });

  it('refuses to start from an invalid default (a build error, not a site problem)', () => {
    expect(() => layerConfig({ ...defaultKioskConfig, idle: { warningSeconds: 1, resetSeconds: 20 } }, [])).toThrow(
      /embedded default.*\n.*field "idle.warningSeconds": must be at least 10, got number 1/,
    );
  });

  it('applies default ← site ← county, each overriding the one below field by field', () => {
    const state = layerConfig(defaultKioskConfig, [
      site({ idle: { warningSeconds: 120, resetSeconds: 30 }, village: { code: 'qingshan' } }),
      county({ idle: { warningSeconds: 200 } }),
    ]);
    expect(state.layers).toEqual(['default', 'site', 'county']);
    expect(state.problems).toEqual([]);
    expect(state.config.idle).toEqual({ warningSeconds: 200, resetSeconds: 30 });
    expect(state.config.village.code).toBe('qingshan');
    expect(state.config.village.name).toEqual(defaults.village.name);
  });

  it('replaces arrays wholesale instead of merging them by index', () => {
    const groups = [{ id: 'north', label: { zh: '北组' } }];
    const state = layerConfig(defaultKioskConfig, [site({ village: { groups } })]);
    expect(state.config.village.groups).toEqual([{ id: 'north', label: { zh: '北组' }, landmarks: [] }]);
  });

  it('rejects a wrong type with file, path and plain message, keeping the last good config', () => {
    const state = layerConfig(defaultKioskConfig, [site({ idle: { warningSeconds: 'abc' }, village: { code: 'qingshan' } }, 'qingshan.json')]);
    expect(state.layers).toEqual(['default']);
    expect(state.config).toEqual(defaults);
    expect(state.problems).toEqual([
      { layer: 'site', source: 'qingshan.json', path: 'idle.warningSeconds', message: 'expected a number, got string "abc"' },
    ]);
  });

  it('reports an unknown field at its own path, with a suggestion', () => {
    const state = layerConfig(defaultKioskConfig, [site({ idle: { warningSecs: 60 } })]);
    expect(state.problems).toEqual([
      { layer: 'site', source: 'site.json', path: 'idle.warningSecs', message: 'unknown field "warningSecs" (did you mean "warningSeconds"?)' },
    ]);
  });

  it('names array elements by index in the path', () => {
    const categories = structuredClone(defaults.categories);
    categories[2]!.label.zh = ' ';
    const state = layerConfig(defaultKioskConfig, [county({ categories })]);
    expect(state.problems).toEqual([
      { layer: 'county', source: 'county document', path: 'categories.2.label.zh', message: 'Chinese text must not be empty' },
    ]);
  });

  it.each([
    [{ schemaVersion: 2 }, 'schemaVersion', 'expected the value 1, got number 2'],
    [{ idle: { warningSeconds: 12.5 } }, 'idle.warningSeconds', 'expected a whole number, got number 12.5'],
    [{ idle: { resetSeconds: 601 } }, 'idle.resetSeconds', 'must be at most 600, got number 601'],
    [{ county: { couchUrl: 'ftp://county.example.cn/' } }, 'county.couchUrl', 'must be a web address starting with http:// or https://, got string "ftp://county.example.cn/"'],
    [{ county: { couchUrl: 7 } }, 'county.couchUrl', 'expected an empty text "" or a text (string), got number 7'],
    [{ services: ['report'] }, 'services', 'expected an object { … }, got a list of 1'],
    [{ categories: [] }, 'categories', 'at least one report category is needed'],
    [{ defaultLanguage: 'fr' }, 'defaultLanguage', 'expected one of "zh-CN", "en", got string "fr"'],
    [{ village: { code: 'Qing Shan' } }, 'village.code', VILLAGE_CODE_RULE],
    [{ __proto__: null, warning: 1 }, 'warning', 'unknown field "warning"'],
  ])('explains %j at %s', (raw, path, message) => {
    expect(layerConfig(defaultKioskConfig, [site(raw)]).problems).toEqual([{ layer: 'site', source: 'site.json', path, message }]);
  });

  it('rejects a layer that is not an object', () => {
    for (const [raw, got] of [[[1], 'a list of 1'], [null, 'null'], ['x', 'string "x"']] as const) {
      const state = layerConfig(defaultKioskConfig, [site(raw)]);
      expect(state.problems).toEqual([{ layer: 'site', source: 'site.json', path: '', message: `expected an object { … }, got ${got}` }]);
      expect(state.layers).toEqual(['default']);
    }
  });

  it('still applies valid layers after a rejected one, over the last good configuration', () => {
    const state = layerConfig(defaultKioskConfig, [site({ idle: { warningSeconds: 100 } }), county({ idle: { warningSeconds: 'x' } }), county({ voiceNote: { maxSeconds: 30 } })]);
    expect(state.layers).toEqual(['default', 'site', 'county']);
    expect(state.config.idle.warningSeconds).toBe(100);
    expect(state.config.voiceNote.maxSeconds).toBe(30);
    expect(state.problems.map((p) => p.path)).toEqual(['idle.warningSeconds']);
  });

  it('keeps the site configuration when a county document after it is invalid', () => {
    const state = layerConfig(defaultKioskConfig, [site({ village: { code: 'hexi' } }), county({ village: { code: 'hexi' }, idle: { warningSecs: 5 } })]);
    expect(state.layers).toEqual(['default', 'site']);
    expect(state.config.village.code).toBe('hexi');
    expect(state.problems).toEqual([expect.objectContaining({ layer: 'county', path: 'idle.warningSecs' })]);
  });

  it('reports every problem of a layer, not only the first', () => {
    const state = layerConfig(defaultKioskConfig, [site({ idle: { warningSeconds: 'x', resetSeconds: 0 }, extra: true })]);
    expect(state.problems.map((p) => p.path).sort()).toEqual(['extra', 'idle.resetSeconds', 'idle.warningSeconds']);
  });

  it('does not let a rejected layer change the configuration it was merged over', () => {
    const before = layerConfig(defaultKioskConfig, [site({ village: { code: 'qingshan' } })]);
    const snapshot = structuredClone(before.config);
    layerConfig(before.config, [county({ village: { code: 'BAD' } })]);
    expect(before.config).toEqual(snapshot);
  });
});

describe('formatConfigProblem', () => {
  it('names the file, the field and the problem on one line', () => {
    const line = formatConfigProblem({ layer: 'site', source: '/etc/kiosk/site.json', path: 'idle.warningSeconds', message: 'expected a number, got string "abc"' });
    expect(line).toBe('/etc/kiosk/site.json (site configuration) field "idle.warningSeconds": expected a number, got string "abc"');
  });

  it('leaves out the field when the problem concerns the whole file', () => {
    expect(formatConfigProblem({ layer: 'county', source: 'county document', path: '', message: 'expected an object { … }, got null' })).toBe(
      'county document (county configuration): expected an object { … }, got null',
    );
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultKioskConfig } from './default-config';
import { layerConfig } from './layer-config';
import { parseConfigText } from './parse-config-text';

/** The shipped example sites and the deliberately broken fixtures, read exactly as a kiosk reads them. */
function layerFile(relative: string) {
  const file = fileURLToPath(new URL(relative, import.meta.url));
  const parsed = parseConfigText(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) return { file, state: undefined, problem: parsed.problem };
  return { file, state: layerConfig(defaultKioskConfig, [{ layer: 'site', source: file, raw: parsed.raw }]), problem: undefined };
}

const defaults = layerConfig(defaultKioskConfig, []).config;

describe('example site files', () => {
  it('qingshan.json validates and overrides village, idle times and PIN', () => {
    const { state } = layerFile('./examples/qingshan.json');
    expect(state?.problems).toEqual([]);
    expect(state?.layers).toEqual(['default', 'site']);
    expect(state?.config.village.name.zh).toBe('青山村');
    expect(state?.config.village.groups.map((g) => g.id)).toEqual(['dongwan', 'shangwu', 'xialing']);
    expect(state?.config.idle).toEqual({ warningSeconds: 120, resetSeconds: 30 });
    expect(state?.config.clerk.pinHash).not.toBe(defaults.clerk.pinHash);
    expect(state?.config.categories).toEqual(defaults.categories);
  });

  it('hexi.json validates, disables policies and replaces the category list', () => {
    const { state } = layerFile('./examples/hexi.json');
    expect(state?.problems).toEqual([]);
    expect(state?.config.services).toEqual({ report: true, status: true, policies: false, clerk: true });
    expect(state?.config.categories.map((c) => c.id)).toEqual(['road', 'water', 'land', 'pension', 'wages', 'other']);
    expect(state?.config.categories[2]?.quickPhrases).toEqual([]);
    expect(state?.config.devices.keypad).toEqual({ vendorId: 1155, productId: 22352, report: 'keyboard', reportId: 0 });
    expect(state?.config.devices.scanner).toEqual({ vendorId: 0x1eab, productId: 0x0d10, usagePage: 0x8c, layout: 'newland' });
    expect(state?.config.devices.printer).toEqual({ connection: 'device', path: '/dev/usb/lp0', paperWidth: 58 });
    expect(state?.config.devices.camera).toEqual({ label: 'Document', width: 2592, height: 1944 });
  });
});

describe('invalid fixtures', () => {
  it('wrong-type.json is rejected as a whole, naming file, field and value', () => {
    const { file, state } = layerFile('../tests/fixtures/config/wrong-type.json');
    expect(state?.problems).toEqual([{ layer: 'site', source: file, path: 'idle.warningSeconds', message: 'expected a number, got string "abc"' }]);
    // Its valid part (village.code) is not applied either: a layer is all or nothing.
    expect(state?.config).toEqual(defaults);
    expect(state?.layers).toEqual(['default']);
  });

  it('unknown-field.json is rejected, naming the unknown field', () => {
    const { file, state } = layerFile('../tests/fixtures/config/unknown-field.json');
    expect(state?.problems).toEqual([
      { layer: 'site', source: file, path: 'idle.warningSecs', message: 'unknown field "warningSecs" (did you mean "warningSeconds"?)' },
    ]);
    expect(state?.config).toEqual(defaults);
  });

  it('broken-json.json is reported with the syntax error position', () => {
    const { file, problem } = layerFile('../tests/fixtures/config/broken-json.json');
    expect(file.endsWith('broken-json.json')).toBe(true);
    expect(problem).toEqual({ layer: 'site', source: file, path: '', message: 'not valid JSON at line 3, column 3: expected "," or "}" but found "\\""' });
  });
});

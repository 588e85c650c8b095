import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConfigState } from '#kiosk-config/config-state';
import { COUNTY_DOCUMENT, createFileLastGoodStore, createMemoryLastGoodStore, loadConfigService, type LastGoodStore } from './config-service';

const examples = (name: string) => fileURLToPath(new URL(`../../../kiosk-config/examples/${name}`, import.meta.url));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kiosk-config-service-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function writeSite(content: string): string {
  const file = path.join(dir, 'site.json');
  writeFileSync(file, content);
  return file;
}

describe('loadConfigService', () => {
  it('runs on the embedded default with no site file and no store', async () => {
    const state = (await loadConfigService()).current();
    expect(state.layers).toEqual(['default']);
    expect(state.problems).toEqual([]);
    expect(state.config.village.code).toBe('demo-village');
  });

  it('layers the site file over the default', async () => {
    const state = (await loadConfigService({ siteFile: examples('qingshan.json') })).current();
    expect(state.layers).toEqual(['default', 'site']);
    expect(state.config.village.code).toBe('qingshan');
  });

  it('reports a missing site file by name and keeps the default', async () => {
    const missing = path.join(dir, 'nope.json');
    const state = (await loadConfigService({ siteFile: missing })).current();
    expect(state.problems).toEqual([{ layer: 'site', source: missing, path: '', message: 'file not found' }]);
    expect(state.layers).toEqual(['default']);
  });

  it('reports unreadable JSON in the site file with its position', async () => {
    const file = writeSite('{ "idle": { "warningSeconds": 60, } }');
    const state = (await loadConfigService({ siteFile: file })).current();
    expect(state.problems).toEqual([{ layer: 'site', source: file, path: '', message: expect.stringMatching(/^not valid JSON at line 1, column 35: /) }]);
  });

  it('applies a saved county document at start, over the site', async () => {
    const store = createMemoryLastGoodStore({ idle: { warningSeconds: 300 } });
    const state = (await loadConfigService({ siteFile: examples('qingshan.json'), countyStore: store })).current();
    expect(state.layers).toEqual(['default', 'site', 'county']);
    expect(state.config.idle).toEqual({ warningSeconds: 300, resetSeconds: 30 });
  });

  it('reports a corrupt saved county file and starts without it', async () => {
    const file = path.join(dir, 'county-config.json');
    writeFileSync(file, '{"idle": ');
    const state = (await loadConfigService({ siteFile: examples('hexi.json'), countyStore: createFileLastGoodStore(file) })).current();
    expect(state.layers).toEqual(['default', 'site']);
    expect(state.problems).toEqual([expect.objectContaining({ layer: 'county', source: file, path: '' })]);
  });

  it('reports a saved county document that no longer validates, and ignores it', async () => {
    const store = createMemoryLastGoodStore({ idle: { warningSeconds: 'soon' } });
    const state = (await loadConfigService({ countyStore: store })).current();
    expect(state.layers).toEqual(['default']);
    expect(state.problems).toEqual([
      { layer: 'county', source: 'county document (saved copy)', path: 'idle.warningSeconds', message: 'expected a number, got string "soon"' },
    ]);
  });
});

describe('applyCountyDocument', () => {
  it('accepts a valid document, saves it, and tells listeners', async () => {
    const store = createMemoryLastGoodStore();
    const service = await loadConfigService({ siteFile: examples('qingshan.json'), countyStore: store });
    const seen: ConfigState[] = [];
    service.onChange((state) => seen.push(state));
    const state = service.applyCountyDocument({ services: { policies: false } });
    expect(state.layers).toEqual(['default', 'site', 'county']);
    expect(state.config.services.policies).toBe(false);
    expect(state.config.village.code).toBe('qingshan');
    expect(service.current()).toBe(state);
    expect(seen).toEqual([state]);
    expect(store.saved).toEqual([{ services: { policies: false } }]);
  });

  it('keeps site and previous county document in force when a new document is invalid', async () => {
    const store = createMemoryLastGoodStore();
    const service = await loadConfigService({ siteFile: examples('qingshan.json'), countyStore: store });
    service.applyCountyDocument({ voiceNote: { maxSeconds: 30 } });
    const state = service.applyCountyDocument({ voiceNote: { maxSeconds: 'long' } });
    expect(state.layers).toEqual(['default', 'site', 'county']);
    expect(state.config.voiceNote.maxSeconds).toBe(30);
    expect(state.config.village.code).toBe('qingshan');
    expect(state.problems).toEqual([
      { layer: 'county', source: COUNTY_DOCUMENT, path: 'voiceNote.maxSeconds', message: 'expected a number, got string "long"' },
    ]);
    expect(store.saved).toHaveLength(1);
  });

  it('replaces the previous county document instead of merging with it', async () => {
    const service = await loadConfigService();
    service.applyCountyDocument({ idle: { warningSeconds: 300 } });
    const state = service.applyCountyDocument({ voiceNote: { maxSeconds: 30 } });
    expect(state.config.idle.warningSeconds).toBe(90);
    expect(state.config.voiceNote.maxSeconds).toBe(30);
  });

  it('clears the county problem once a valid document arrives', async () => {
    const service = await loadConfigService();
    expect(service.applyCountyDocument('not an object').problems).toHaveLength(1);
    expect(service.applyCountyDocument({ idle: { warningSeconds: 60 } }).problems).toEqual([]);
  });

  it('does not notify when the same document arrives again', async () => {
    const service = await loadConfigService();
    const listener = vi.fn();
    service.onChange(listener);
    service.applyCountyDocument({ idle: { warningSeconds: 60 } });
    service.applyCountyDocument({ idle: { warningSeconds: 60 } });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps the document in force but reports when it cannot be saved', async () => {
    const failing: LastGoodStore = {
      location: '/data/county-config.json',
      load: () => ({ status: 'empty' }),
      save: () => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      },
    };
    const state = (await loadConfigService({ countyStore: failing })).applyCountyDocument({ idle: { warningSeconds: 60 } });
    expect(state.config.idle.warningSeconds).toBe(60);
    expect(state.problems).toEqual([{ layer: 'county', source: '/data/county-config.json', path: '', message: expect.stringContaining('ENOSPC') }]);
  });

  it('survives a restart through the file store', async () => {
    const file = path.join(dir, 'county-config.json');
    const first = await loadConfigService({ countyStore: createFileLastGoodStore(file) });
    first.applyCountyDocument({ idle: { warningSeconds: 45 } });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ idle: { warningSeconds: 45 } });
    const second = await loadConfigService({ countyStore: createFileLastGoodStore(file) });
    expect(second.current().config.idle.warningSeconds).toBe(45);
  });

  it('isolates listeners: a throwing one neither stops the others nor the caller; unsubscribe works', async () => {
    const errors: unknown[] = [];
    const service = await loadConfigService({ onListenerError: (error) => errors.push(error) });
    const good = vi.fn();
    service.onChange(() => {
      throw new Error('boom');
    });
    const unsubscribe = service.onChange(good);
    service.applyCountyDocument({ idle: { warningSeconds: 60 } });
    unsubscribe();
    service.applyCountyDocument({ idle: { warningSeconds: 70 } });
    expect(good).toHaveBeenCalledTimes(1);
    expect(errors).toHaveLength(2);
  });

  it('hands out a frozen state that holders cannot change for each other', async () => {
    const state = (await loadConfigService()).current();
    expect(Object.isFrozen(state.config.idle)).toBe(true);
    expect(() => {
      (state.config.idle as { warningSeconds: number }).warningSeconds = 1;
    }).toThrow(TypeError);
  });
});

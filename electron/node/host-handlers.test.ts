import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchHostRequest } from '#common/dispatch-host-request';
import { loadConfigService } from './config/config-service';
import { createMemoryLastGoodStore } from './config/last-good-store';
import { createHostHandlers } from './host-handlers';
import { createHostServices } from './host-services';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function setup() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kiosk-handlers-'));
  dirs.push(dataDir);
  const countyStore = createMemoryLastGoodStore();
  const config = await loadConfigService({ countyStore });
  const services = createHostServices({ hostKind: 'browser', appVersion: '0', kioskId: 'k1', platform: 'linux', config, dataDir });
  return { handlers: createHostHandlers(services), countyStore };
}

describe('config.applyCounty', () => {
  it('applies and persists a valid county document', async () => {
    const { handlers, countyStore } = await setup();
    const state = (await dispatchHostRequest(handlers, 'config.applyCounty', { config: { idle: { warningSeconds: 45, resetSeconds: 15 } } })) as { config: { idle: { warningSeconds: number } }; layers: string[] };
    expect(state.config.idle.warningSeconds).toBe(45);
    expect(state.layers).toContain('county');
    expect(countyStore.saved).toHaveLength(1);
  });

  it('rejects an invalid county document, names the field, and keeps the last good configuration', async () => {
    const { handlers } = await setup();
    const state = (await dispatchHostRequest(handlers, 'config.applyCounty', { config: { idle: { warningSeconds: 'soon' } } })) as {
      config: { idle: { warningSeconds: number } };
      problems: { path: string; layer: string }[];
    };
    expect(state.config.idle.warningSeconds).toBe(90);
    expect(state.problems).toEqual([expect.objectContaining({ layer: 'county', path: 'idle.warningSeconds' })]);
  });
});

import { describe, expect, it } from 'vitest';
import { hostHealthSchema } from '#common/host-contract';
import { defaultKioskConfig } from '#kiosk-config/default-config';
import { kioskConfigSchema } from '#kiosk-config/schema';
import type { ConfigState } from '#kiosk-config/config-state';
import { createHostHealth } from './host-health';

const base: ConfigState = { config: kioskConfigSchema.parse(defaultKioskConfig), layers: ['default', 'county'], problems: [] };

describe('host health for the heartbeat', () => {
  it('reports configuration version, update state, disk and speech engine within the contract', () => {
    const health = createHostHealth({
      config: () => base,
      countySignedAt: () => '2026-05-01T00:00:00.000Z',
      updates: () => ({ status: 'refused', version: '1.2.0', refusal: { code: 'expired-feed', message: 'the update feed expired' } }),
      speechEngine: 'espeak-ng',
      dataDir: '/tmp',
      freeDiskMb: () => 900,
    });
    const report = health.report(0);
    expect(hostHealthSchema.parse(report)).toEqual(report);
    expect(report).toMatchObject({
      heartbeatMinutes: 15,
      configVersion: '2026-05-01T00:00:00.000Z',
      updateState: 'refused',
      update: { version: '1.2.0', refusal: 'expired-feed: the update feed expired' },
      freeDiskMb: 900,
      speechEngine: 'espeak-ng',
    });
    expect(report.configProblem).toBeUndefined();
  });

  it('carries the reason a county configuration was refused, and remembers the pending count', () => {
    const refused: ConfigState = { ...base, layers: ['default'], problems: [{ layer: 'county', source: 'county document', path: '', message: 'refused: the county signature does not match the document' }] };
    const health = createHostHealth({ config: () => refused, countySignedAt: () => undefined, speechEngine: 'none', dataDir: '/nonexistent', freeDiskMb: () => undefined });
    expect(health.pendingSync()).toBe(1);
    const report = health.report(7);
    expect(report.configProblem).toMatch(/signature does not match/);
    expect(report.configVersion).toBe('default');
    expect(report.updateState).toBe('not-configured');
    expect(health.pendingSync()).toBe(7);
    expect(hostHealthSchema.safeParse(report).success).toBe(true);
  });
});

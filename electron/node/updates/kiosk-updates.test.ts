import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultKioskConfig } from '#kiosk-config/default-config';
import { kioskConfigSchema } from '#kiosk-config/schema';
import { createKioskUpdates } from './kiosk-updates';

const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-updates-root-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const config = kioskConfigSchema.parse(defaultKioskConfig);
const open = (appVersion: string) =>
  createKioskUpdates({ dataDir: dir, appVersion, kioskId: 'k1', platform: 'linux', arch: 'x64', config: () => config, countyPublicKey: () => undefined, log: () => undefined });

describe('kiosk updates across restarts (files in the data directory)', () => {
  it('rolls a version that failed to start twice back, and reports it in the update state', () => {
    open('1.0.0').markHealthy();
    expect(open('1.1.0').start.action).toBe('run');
    expect(open('1.1.0').start.action).toBe('run');
    const third = open('1.1.0');
    expect(third.start).toMatchObject({ action: 'roll-back', to: { version: '1.0.0' } });
    expect(third.service.state()).toMatchObject({ status: 'rolled-back', rolledBack: { from: '1.1.0', to: '1.0.0' } });
    expect(open('1.0.0').service.state().rolledBack?.from).toBe('1.1.0');
  });

  it('says updates are not configured while the county update URL is empty', () => {
    expect(createKioskUpdates({ dataDir: mkdtempSync(path.join(dir, 'x-')), appVersion: '1.0.0', kioskId: 'k1', platform: 'linux', arch: 'x64', config: () => config, countyPublicKey: () => undefined, log: () => undefined }).service.state().status).toBe('not-configured');
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { systemInfoSchema } from '#common/host-contract';
import { createFakeConfigService } from './config/fake-config-service';
import { createHostServices } from './host-services';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-services-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('createHostServices', () => {
  it.each(['electron', 'browser'] as const)('reports a %s host whose system info satisfies the contract', (hostKind) => {
    const services = createHostServices({
      hostKind,
      appVersion: '0.1.0',
      kioskId: 'kiosk-abc12345',
      platform: 'win32',
      config: createFakeConfigService(),
      dataDir: tempDir(),
      now: () => new Date('2025-03-01T08:00:00.000Z'),
    });
    expect(systemInfoSchema.parse(services.systemInfo())).toEqual({
      appVersion: '0.1.0',
      hostKind,
      platform: 'win32',
      kioskId: 'kiosk-abc12345',
      hostTime: '2025-03-01T08:00:00.000Z',
    });
  });

  it('hands the configuration service through unchanged, so events reach the transports', () => {
    const config = createFakeConfigService();
    const services = createHostServices({ hostKind: 'electron', appVersion: '0.1.0', kioskId: 'kiosk-abc12345', platform: 'linux', config, dataDir: tempDir() });
    expect(services.config).toBe(config);
  });

  it('checks the clerk PIN against the configuration in force (demo PIN 2468)', async () => {
    const services = createHostServices({ hostKind: 'browser', appVersion: '0.1.0', kioskId: 'kiosk-abc12345', platform: 'linux', config: createFakeConfigService(), dataDir: tempDir() });
    expect(await services.clerk.unlock('2468')).toEqual({ unlocked: true });
    expect(await services.clerk.unlock('1111')).toEqual({ unlocked: false });
  });

  it('seals stored credentials with the given box (Electron passes safeStorage)', async () => {
    const sealed: string[] = [];
    const box = {
      kind: 'test-box',
      seal: (text: string) => (sealed.push(text), new TextEncoder().encode(`sealed:${text}`)),
      open: (bytes: Uint8Array) => new TextDecoder().decode(bytes).replace(/^sealed:/, ''),
    };
    const services = createHostServices({ hostKind: 'electron', appVersion: '0.1.0', kioskId: 'k01', platform: 'linux', config: createFakeConfigService(), dataDir: tempDir(), credentialBox: box });
    await services.county.enroll(
      JSON.stringify({
        couchUrl: 'http://127.0.0.1:5984/',
        village: 'qingshan',
        kioskId: 'k01',
        username: 'kiosk-qingshan-k01',
        password: 'secret-password-123456',
        databases: { reports: 'village-qingshan-reports', scans: 'village-qingshan-scans', heartbeats: 'village-qingshan-heartbeats', config: 'village-qingshan-config', blobs: 'village-qingshan-blobs', policies: 'county-policies' },
      }),
    );
    expect(sealed.join('')).toContain('secret-password-123456');
    expect(JSON.stringify(services.county.status())).not.toContain('secret-password');
  });
});

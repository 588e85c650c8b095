import { describe, expect, it } from 'vitest';
import { systemInfoSchema } from '../common/host-contract';
import { createFakeConfigService } from '../node/config/fake-config-service';
import { createElectronHostServices } from './electron-host-services';

describe('createElectronHostServices', () => {
  it('reports an Electron host whose system info satisfies the contract', () => {
    const services = createElectronHostServices({
      appVersion: '0.1.0',
      kioskId: 'kiosk-abc12345',
      platform: 'win32',
      config: createFakeConfigService(),
      now: () => new Date('2025-03-01T08:00:00.000Z'),
    });
    const info = services.systemInfo();
    expect(systemInfoSchema.parse(info)).toEqual({
      appVersion: '0.1.0',
      hostKind: 'electron',
      platform: 'win32',
      kioskId: 'kiosk-abc12345',
      hostTime: '2025-03-01T08:00:00.000Z',
    });
  });

  it('hands the configuration service through unchanged, so events reach IPC', () => {
    const config = createFakeConfigService();
    const services = createElectronHostServices({ appVersion: '0.1.0', kioskId: 'kiosk-abc12345', platform: 'linux', config });
    expect(services.config).toBe(config);
  });
});

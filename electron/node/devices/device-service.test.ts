import { afterEach, describe, expect, it } from 'vitest';
import type { KeypadEvent, ScanEvent } from '#common/devices-contract';
import { devicesSchema, type DevicesConfig } from '#kiosk-config/devices-schema';
import { createFakeHidSource } from '../hid/fake-hid-source';
import { createDeviceService, type DeviceService } from './device-service';

const services: DeviceService[] = [];
afterEach(async () => {
  for (const service of services.splice(0)) await service.close();
});

describe('device service', () => {
  it('starts polling by itself: a plugged keypad is found and its presses arrive as events', async () => {
    const source = createFakeHidSource([{ path: 'kp', vendorId: 0x0483, productId: 0x5750 }]);
    const devices: DevicesConfig = devicesSchema.parse({ keypad: { vendorId: 0x0483, productId: 0x5750 } });
    const service = createDeviceService({ devices: () => devices, hidSource: source });
    services.push(service);
    const keys: KeypadEvent[] = [];
    service.onKeypad((event) => keys.push(event));
    await expect.poll(() => source.isOpen('kp')).toBe(true);
    source.send('kp', [0, 0, 0x28, 0, 0, 0, 0, 0]);
    expect(keys).toEqual([{ action: 'confirm' }]);
    const status = await service.status();
    expect(status.devices.map((d) => [d.role, d.state])).toEqual([
      ['keypad', 'present'],
      ['scanner', 'not-configured'],
      ['printer', 'not-configured'],
    ]);
  });

  it('delivers scans and status changes to listeners', async () => {
    const source = createFakeHidSource([{ path: 'sc', vendorId: 0x1eab, productId: 0x0d10, usagePage: 0x8c }]);
    const devices = devicesSchema.parse({ scanner: { vendorId: 0x1eab, productId: 0x0d10, layout: 'newland' } });
    const service = createDeviceService({ devices: () => devices, hidSource: source });
    services.push(service);
    const scans: ScanEvent[] = [];
    const states: string[] = [];
    service.onScan((event) => scans.push(event));
    service.onStatus((status) => states.push(status.devices[1]!.state));
    await expect.poll(() => source.isOpen('sc')).toBe(true);
    const report = new Array(64).fill(0);
    report.splice(0, 10, 0x02, 8, ...Buffer.from('44173021'));
    source.send('sc', report);
    expect(scans).toEqual([{ text: '44173021', aim: null }]);
    expect(states).toContain('present');
  });
});

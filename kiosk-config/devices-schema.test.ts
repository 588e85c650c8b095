import { describe, expect, it } from 'vitest';
import { defaultKioskConfig } from './default-config';
import { layerConfig } from './layer-config';
import { defaultKeypadKeys, devicesSchema } from './devices-schema';

const site = (devices: unknown) => layerConfig(defaultKioskConfig, [{ layer: 'site', source: 'site.json', raw: { devices } }]);

describe('devices configuration', () => {
  it('defaults to no devices', () => {
    expect(devicesSchema.parse(undefined)).toEqual({ keypad: null, scanner: null, printer: null, camera: null });
  });

  it('still accepts the older printer form, a CUPS queue name', () => {
    expect(site({ printer: 'receipt' }).config.devices.printer).toEqual({ connection: 'cups', queue: 'receipt', paperWidth: 80 });
  });

  it('fills the defaults of keypad, scanner and camera', () => {
    const { config, problems } = site({ keypad: { vendorId: 1155, productId: 22352 }, scanner: { vendorId: 3118, productId: 2951 }, camera: { label: 'Eloam' } });
    expect(problems).toEqual([]);
    expect(config.devices.keypad).toEqual({ vendorId: 1155, productId: 22352, report: 'keyboard', reportId: 0 });
    expect(config.devices.scanner).toEqual({ vendorId: 3118, productId: 2951, usagePage: 0x8c, layout: 'honeywell' });
    expect(config.devices.camera).toEqual({ label: 'Eloam', width: 1920, height: 1080 });
  });

  it('rejects bad device settings with the field named, keeping the last good configuration', () => {
    expect(site({ printer: { connection: 'device', path: 'C:\\lp0' } }).problems).toEqual([
      expect.objectContaining({ path: 'devices.printer.path', message: 'must be a device file such as /dev/usb/lp0' }),
    ]);
    expect(site({ keypad: { vendorId: 70000, productId: 1 } }).problems[0]).toMatchObject({ path: 'devices.keypad.vendorId' });
    expect(site({ keypad: { vendorId: 1, productId: 1, keys: [{ code: 40, action: 'confirm' }, { code: 40, action: 'home' }] } }).problems[0]).toMatchObject({
      path: 'devices.keypad.keys',
      message: 'each key code may appear only once',
    });
    expect(site({ scanner: { vendorId: 1, productId: 1, layout: 'zebra' } }).problems[0]).toMatchObject({ path: 'devices.scanner.layout' });
    expect(site({ printer: { connection: 'device', path: '/dev/usb/lp0' } }).config.devices.printer).toEqual({ connection: 'device', path: '/dev/usb/lp0', paperWidth: 80 });
  });

  it('has a default button map for both keypad layouts covering every action', () => {
    for (const report of ['keyboard', 'buttons'] as const) {
      expect(new Set(defaultKeypadKeys(report).map((key) => key.action))).toEqual(new Set(['home', 'back', 'confirm', 'readAloud', 'help', 'next', 'previous']));
    }
  });
});

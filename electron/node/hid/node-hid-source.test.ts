import type * as NodeHidModule from 'node-hid';
import { describe, expect, it } from 'vitest';
import { createNodeHidSource } from './node-hid-source';
import { HidUnavailableError } from './hid-source';

describe('node-hid source', () => {
  it('loads the real node-hid lazily; this machine has no HID devices, so the list is empty', async () => {
    await expect(createNodeHidSource().list()).resolves.toEqual(expect.any(Array));
  });

  it('turns a library that cannot load into HidUnavailableError, and tries again next time', async () => {
    let attempts = 0;
    const source = createNodeHidSource(async () => {
      attempts += 1;
      throw new Error('libusb-1.0.so.0: cannot open shared object file');
    });
    await expect(source.list()).rejects.toBeInstanceOf(HidUnavailableError);
    await expect(source.list()).rejects.toThrow(/node-hid cannot be loaded: libusb/);
    expect(attempts).toBe(2);
  });

  it('keeps only devices with a path and passes their identity through', async () => {
    const fakeModule = {
      devicesAsync: async () => [
        { vendorId: 0x0c2e, productId: 0x0b87, path: '/dev/hidraw0', usagePage: 0x8c, usage: 2, product: 'Voyager', release: 1, interface: 0 },
        { vendorId: 1, productId: 2, release: 1, interface: 0 },
      ],
    } as unknown as typeof NodeHidModule;
    const source = createNodeHidSource(async () => fakeModule);
    expect(await source.list()).toEqual([{ path: '/dev/hidraw0', vendorId: 0x0c2e, productId: 0x0b87, usagePage: 0x8c, usage: 2, product: 'Voyager' }]);
  });
});

import { HidUnavailableError, type HidConnection, type HidConnectionHandlers, type HidDeviceInfo, type HidSource } from './hid-source';

import type * as NodeHidModule from 'node-hid';

type NodeHid = typeof NodeHidModule;

/**
 * node-hid behind the HidSource interface. This is the only file that imports node-hid, and it
 * does so lazily: node-hid is a native module (N-API prebuilds; libusb at run time on Linux),
 * and a missing binary or library must become a device status ("unavailable"), never a host
 * that fails to start. The import is retried on the next poll, so installing libusb later helps
 * without a restart. The async API (devicesAsync, HIDAsync) keeps enumeration and reads off the
 * event loop.
 */
export function createNodeHidSource(load: () => Promise<NodeHid> = () => import('node-hid')): HidSource {
  let loaded: Promise<NodeHid> | null = null;
  const library = async (): Promise<NodeHid> => {
    loaded ??= load().catch((cause: unknown) => {
      loaded = null;
      throw new HidUnavailableError(`node-hid cannot be loaded: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    });
    return loaded;
  };

  return {
    async list(): Promise<HidDeviceInfo[]> {
      const hid = await library();
      const devices = await hid.devicesAsync();
      return devices.flatMap((device) =>
        device.path
          ? [
              {
                path: device.path,
                vendorId: device.vendorId,
                productId: device.productId,
                ...(device.usagePage === undefined ? {} : { usagePage: device.usagePage }),
                ...(device.usage === undefined ? {} : { usage: device.usage }),
                ...(device.product ? { product: device.product } : {}),
                ...(device.manufacturer ? { manufacturer: device.manufacturer } : {}),
              },
            ]
          : [],
      );
    },
    async open(path: string, handlers: HidConnectionHandlers): Promise<HidConnection> {
      const hid = await library();
      const device = await hid.HIDAsync.open(path);
      device.on('data', (data: Buffer) => handlers.onData(new Uint8Array(data)));
      device.on('error', (error: unknown) => handlers.onError(error instanceof Error ? error : new Error(String(error))));
      return { close: () => device.close() };
    },
  };
}

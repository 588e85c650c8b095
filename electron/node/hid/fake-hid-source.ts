import type { HidConnection, HidConnectionHandlers, HidDeviceInfo, HidSource } from './hid-source';

/**
 * An in-memory HID device list for tests and the end-to-end host: plug and unplug devices, feed
 * them any bytes (valid, malformed, split), make listing or opening fail. Behaves like node-hid
 * where it matters: an unplugged device's open connection reports an error, and a device can
 * be opened only while it is plugged in.
 */
export interface FakeHidSource extends HidSource {
  plug(device: HidDeviceInfo): void;
  unplug(path: string): void;
  /** Delivers one input report to whoever has the device open; false when nobody has. */
  send(path: string, report: Uint8Array | readonly number[]): boolean;
  /** The next `list()` calls reject with this error until cleared with null. */
  failList(error: Error | null): void;
  /** The next `open(path)` rejects with this error (once). */
  failOpen(path: string, error: Error): void;
  /** A read error on the open connection (the device stays in the list). */
  failRead(path: string, error: Error): void;
  isOpen(path: string): boolean;
  readonly opens: number;
}

export function createFakeHidSource(initial: HidDeviceInfo[] = []): FakeHidSource {
  const plugged = new Map(initial.map((device) => [device.path, device]));
  const open = new Map<string, HidConnectionHandlers>();
  const openFailures = new Map<string, Error>();
  let listFailure: Error | null = null;
  let opens = 0;

  const disconnect = (path: string, error: Error) => {
    const handlers = open.get(path);
    open.delete(path);
    handlers?.onError(error);
  };

  return {
    async list() {
      if (listFailure) throw listFailure;
      return [...plugged.values()].map((device) => ({ ...device }));
    },
    async open(path, handlers): Promise<HidConnection> {
      const failure = openFailures.get(path);
      if (failure) {
        openFailures.delete(path);
        throw failure;
      }
      if (!plugged.has(path)) throw new Error(`cannot open ${path}: no such device`);
      if (open.has(path)) throw new Error(`cannot open ${path}: already open`);
      opens += 1;
      open.set(path, handlers);
      return {
        close: async () => {
          if (open.get(path) === handlers) open.delete(path);
        },
      };
    },
    plug(device) {
      plugged.set(device.path, device);
    },
    unplug(path) {
      plugged.delete(path);
      disconnect(path, new Error('could not read from HID device'));
    },
    send(path, report) {
      const handlers = open.get(path);
      if (!handlers) return false;
      handlers.onData(Uint8Array.from(report));
      return true;
    },
    failList(error) {
      listFailure = error;
    },
    failOpen(path, error) {
      openFailures.set(path, error);
    },
    failRead(path, error) {
      disconnect(path, error);
    },
    isOpen(path) {
      return open.has(path);
    },
    get opens() {
      return opens;
    },
  };
}

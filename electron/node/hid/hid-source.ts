/**
 * The boundary between the kiosk and the HID library: a list of devices and a way to open one.
 * node-hid-source.ts implements it over node-hid (the only file that imports node-hid);
 * fake-hid-source.ts implements it in memory for tests (plug, unplug, errors, any bytes).
 * Everything above this interface (matching, hot-plug, parsing, status) is plain TypeScript.
 */

export interface HidDeviceInfo {
  /** The OS path of this interface (hidraw node, Windows device path); the identity while plugged in. */
  path: string;
  vendorId: number;
  productId: number;
  /** HID usage page of the interface's top-level collection when the platform reports it. */
  usagePage?: number;
  usage?: number;
  product?: string;
  manufacturer?: string;
}

export interface HidConnectionHandlers {
  /** One input report, exactly as read (report id first when the device numbers its reports). */
  onData(report: Uint8Array): void;
  /** Reading failed (unplugged mid-read, permission lost); the connection is dead afterwards. */
  onError(error: Error): void;
}

export interface HidConnection {
  close(): Promise<void>;
}

export interface HidSource {
  /** Every HID interface present now. Rejects when the HID library cannot be used at all. */
  list(): Promise<HidDeviceInfo[]>;
  open(path: string, handlers: HidConnectionHandlers): Promise<HidConnection>;
}

/** The HID library could not be loaded (no prebuilt binary for this platform, libusb missing). */
export class HidUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HidUnavailableError';
  }
}

import type { DevicesStatus, KeypadEvent, PrintPreview, PrintReceiptResult, Receipt, ScanEvent } from '#common/devices-contract';
import type { DevicesConfig, PaperWidth, PrinterConfig } from '#kiosk-config/devices-schema';
import { createHidDeviceManager } from '../hid/hid-device-manager';
import type { HidSource } from '../hid/hid-source';
import { createNodeHidSource } from '../hid/node-hid-source';
import type { PrinterTransport } from '../printer/printer-transport';
import { createReceiptPrinter } from '../printer/receipt-printer';
import { createDeviceStatusBoard } from './device-status-board';

/** The peripherals as the host contract sees them (channels devices.status, print.*; events devices.*, keypad.*, scanner.*). */
export interface DeviceService {
  status(): Promise<DevicesStatus>;
  print(receipt: Receipt): Promise<PrintReceiptResult>;
  preview(receipt: Receipt, paperWidth?: PaperWidth): PrintPreview;
  onStatus(listener: (status: DevicesStatus) => void): () => void;
  onKeypad(listener: (event: KeypadEvent) => void): () => void;
  onScan(listener: (event: ScanEvent) => void): () => void;
  close(): Promise<void>;
}

export interface DeviceServiceOptions {
  /** The configuration in force, read whenever a device is looked for or a receipt printed. */
  devices: () => DevicesConfig;
  /** Replaces node-hid (tests; the end-to-end host's scripted devices). */
  hidSource?: HidSource;
  printerTransport?: (config: PrinterConfig) => PrinterTransport;
  log?: (line: string) => void;
  now?: () => number;
  /** Start the hot-plug poll at once (default); tests poll by hand. */
  start?: boolean;
}

function listeners<T>() {
  const set = new Set<(value: T) => void>();
  return {
    add: (listener: (value: T) => void) => {
      set.add(listener);
      return () => void set.delete(listener);
    },
    emit: (value: T) => {
      for (const listener of set) listener(value);
    },
  };
}

export function createDeviceService(options: DeviceServiceOptions): DeviceService {
  const board = createDeviceStatusBoard();
  const now = options.now ?? Date.now;
  const keypad = listeners<KeypadEvent>();
  const scans = listeners<ScanEvent>();
  const hid = createHidDeviceManager({
    source: options.hidSource ?? createNodeHidSource(),
    devices: options.devices,
    board,
    onKeypad: keypad.emit,
    onScan: scans.emit,
    log: options.log,
    now,
  });
  const printer = createReceiptPrinter({
    printer: () => options.devices().printer,
    board,
    log: options.log,
    now: () => new Date(now()),
    ...(options.printerTransport ? { transportFor: options.printerTransport } : {}),
  });
  if (options.start !== false) hid.start();
  void printer.refresh();

  return {
    async status() {
      await printer.refresh();
      return board.get();
    },
    print: (receipt) => printer.print(receipt),
    preview: (receipt, paperWidth) => printer.preview(receipt, paperWidth),
    onStatus: (listener) => board.onChange(listener),
    onKeypad: keypad.add,
    onScan: scans.add,
    close: () => hid.close(),
  };
}

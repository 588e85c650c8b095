import type { PrintPreview, PrintReceiptResult, Receipt } from '#common/devices-contract';
import type { PaperWidth, PrinterConfig } from '#kiosk-config/devices-schema';
import type { DeviceStatusBoard } from '../devices/device-status-board';
import { createCupsTransport, createDeviceFileTransport, type PrinterTransport } from './printer-transport';
import { renderReceiptEscPos, renderReceiptSvg } from './receipt-render';

export interface ReceiptPrinter {
  /** Prints, or says why not. A missing or failing printer is an answer, never a throw. */
  print(receipt: Receipt): Promise<PrintReceiptResult>;
  /** The receipt as the printer would lay it out (browser mode's printable preview). */
  preview(receipt: Receipt, paperWidth?: PaperWidth): PrintPreview;
  /** Brings the printer's status up to date (configured, device file present). */
  refresh(): Promise<void>;
}

export interface ReceiptPrinterOptions {
  /** Read at every print: a configuration change applies to the next receipt. */
  printer: () => PrinterConfig | null;
  board: DeviceStatusBoard;
  transportFor?: (config: PrinterConfig) => PrinterTransport;
  log?: (line: string) => void;
  now?: () => Date;
}

export function defaultTransportFor(config: PrinterConfig): PrinterTransport {
  return config.connection === 'cups' ? createCupsTransport(config.queue) : createDeviceFileTransport(config.path);
}

const describe = (config: PrinterConfig) => (config.connection === 'cups' ? `CUPS ${config.queue}` : config.path);

/**
 * ESC/POS receipts (DESIGN.md §7), laid out for the configured paper width. The outcome of every
 * print lands in the device status, so the clerk's diagnostics show a printer that ran out of
 * paper or failed, with the time and the count, while the villager is told to copy the code.
 */
export function createReceiptPrinter(options: ReceiptPrinterOptions): ReceiptPrinter {
  const { board } = options;
  const transportFor = options.transportFor ?? defaultTransportFor;
  const log = options.log ?? (() => {});
  const now = options.now ?? (() => new Date());

  const configured = () => {
    const config = options.printer();
    const current = board.role('printer');
    if (!config) {
      if (current.state !== 'not-configured') board.update('printer', { state: 'not-configured', target: null });
      return null;
    }
    if (current.target !== describe(config)) board.update('printer', { state: 'present', target: describe(config) });
    return config;
  };

  return {
    async print(receipt) {
      const config = configured();
      if (!config) return { printed: false, reason: 'no-printer' };
      const result = await transportFor(config).send(renderReceiptEscPos(receipt, config.paperWidth));
      if (result.ok) {
        board.update('printer', { state: 'present', lastUsed: now().toISOString(), lastSeen: now().toISOString() });
        return { printed: true };
      }
      board.recordError('printer', result.message, result.reason === 'no-printer' ? 'absent' : 'error');
      log(`[printer] ${describe(config)}: ${result.reason}: ${result.message}`);
      return { printed: false, reason: result.reason };
    },
    preview(receipt, paperWidth) {
      const width = paperWidth ?? options.printer()?.paperWidth ?? 80;
      return { svg: renderReceiptSvg(receipt, width), paperWidth: width };
    },
    async refresh() {
      const config = configured();
      if (!config) return;
      const present = await transportFor(config).present();
      if (present === true) board.update('printer', { lastSeen: now().toISOString(), ...(board.role('printer').state === 'absent' ? { state: 'present' } : {}) });
      if (present === false) board.update('printer', { state: 'absent' });
    },
  };
}

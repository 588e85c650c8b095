import receiptline from 'receiptline';
import type { Receipt } from '#common/devices-contract';
import type { PaperWidth } from '#kiosk-config/devices-schema';
import { CHARACTERS_PER_LINE, receiptMarkup } from './receipt-layout';

/**
 * Receipts through `receiptline` (Open Foodservice System Consortium, Apache-2.0): one layout,
 * rendered as printer commands or as an SVG image of the same paper, so browser mode's preview
 * is what the printer prints.
 * - ESC/POS "generic" command set: raster images (GS v 0) rather than Epson-only commands,
 *   which the common Chinese 58/80 mm printers (Xprinter, GPrinter, …) understand.
 * - GB18030 in the printers' Chinese mode (FS &): what those printers expect for Chinese text.
 */
export function renderReceiptEscPos(receipt: Receipt, paperWidth: PaperWidth): Uint8Array {
  const commands = receiptline.transform(receiptMarkup(receipt, paperWidth), {
    cpl: CHARACTERS_PER_LINE[paperWidth],
    encoding: 'gb18030',
    command: 'generic',
    cutting: true,
  });
  // receiptline returns a "binary" string: one character per byte.
  return Uint8Array.from(Buffer.from(commands, 'binary'));
}

export function renderReceiptSvg(receipt: Receipt, paperWidth: PaperWidth): string {
  return receiptline.transform(receiptMarkup(receipt, paperWidth), {
    cpl: CHARACTERS_PER_LINE[paperWidth],
    encoding: 'gb18030',
    command: 'svg',
  });
}

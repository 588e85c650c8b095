import type { Receipt } from '#common/devices-contract';
import type { PaperWidth } from '#kiosk-config/devices-schema';
import { formatTrackingCode } from '#sync/schema/tracking-code';

/**
 * Characters per line of a thermal printer's 12×24-dot font: 58 mm paper prints 384 dots
 * (32 characters), 80 mm prints 576 (48). Chinese characters take two columns.
 */
export const CHARACTERS_PER_LINE: Record<PaperWidth, number> = { 58: 32, 80: 48 };

/** Text for ReceiptLine: its markup characters (| { } ~ _ " ` ^ \ and a leading - or =) are escaped. */
export function receiptText(text: string): string {
  const escaped = text.replace(/[\\|{}~_"`^]/g, (char) => `\\${char}`).replace(/[\r\n\t]+/g, ' ');
  return /^[-=]/.test(escaped) ? `\\${escaped}` : escaped;
}

/**
 * A receipt in ReceiptLine markup (the receipt description language of the `receiptline`
 * package, which turns it into ESC/POS and into SVG): heading and village centred, the fields
 * as label | value rows, the tracking code at triple size, its QR code, the footer, a cut.
 * The same markup serves both paper widths; only the code's size and the QR cell differ, so
 * that "3052 7719" fits 32 columns at 3× and 48 columns at 4×.
 */
export function receiptMarkup(receipt: Receipt, paperWidth: PaperWidth): string {
  const big = paperWidth === 58 ? '^^^^' : '^^^^^';
  const qrCell = paperWidth === 58 ? 6 : 8;
  return [
    `"${receiptText(receipt.heading)}"`,
    `^^${receiptText(receipt.village)}`,
    '-',
    ...receipt.fields.map((field) => `|${receiptText(field.label)} | ${receiptText(field.value)}|`),
    '-',
    receiptText(receipt.codeLabel),
    `${big}${formatTrackingCode(receipt.trackingCode)}`,
    // The QR carries the bare code: the kiosk's scanner reads it back to open the report's status.
    '',
    `{code:${receipt.trackingCode}; option:qrcode,${qrCell},m}`,
    '',
    ...(receipt.footer ? [receiptText(receipt.footer)] : []),
    '=',
  ].join('\n');
}

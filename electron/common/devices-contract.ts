import { z } from 'zod';
import { keypadActionSchema, paperWidthSchema } from '#kiosk-config/devices-schema';
import { TRACKING_CODE_PATTERN } from '#sync/schema/tracking-code';

/**
 * The peripherals' part of the host contract (DESIGN.md §3, §7): device status, keypad and
 * scanner events, and receipts. The host owns the hardware (node-hid, the printer); the
 * renderer only ever sees these typed values.
 */

export const deviceRoleSchema = z.enum(['keypad', 'scanner', 'printer']);

/**
 * - `not-configured`: the configuration names no such device (nothing is wrong).
 * - `absent`: configured, not plugged in (or, for a printer device file, the file is missing).
 * - `present`: plugged in and opened (a printer: ready as far as the host knows).
 * - `error`: opening or reading (printing) failed; retried with a back-off.
 * - `unavailable`: the HID library itself cannot load on this machine (e.g. libusb missing).
 */
export const deviceStateSchema = z.enum(['not-configured', 'absent', 'present', 'error', 'unavailable']);

export const deviceStatusSchema = z
  .object({
    role: deviceRoleSchema,
    state: deviceStateSchema,
    /** What the configuration asks for, in words (e.g. "USB 0C2E:0B87", "CUPS receipt", "/dev/usb/lp0"). */
    target: z.string().max(300).nullable(),
    /** The product name the device reports, when it is present. */
    product: z.string().max(200).nullable(),
    /** Host clock (display only): when the device was last seen plugged in. */
    lastSeen: z.string().nullable(),
    /** Host clock (display only): the last key, scan or print. */
    lastUsed: z.string().nullable(),
    errors: z.number().int().nonnegative(),
    lastError: z.string().max(300).nullable(),
    /** Reports that were too short, too long or inconsistent, ignored and counted. */
    malformedReports: z.number().int().nonnegative(),
  })
  .strict();

export const devicesStatusSchema = z.object({ devices: z.array(deviceStatusSchema).max(8) }).strict();

export const keypadEventSchema = z.object({ action: keypadActionSchema }).strict();

/** A code read by a HID-POS scanner, decoded to text. Receipt codes are recognised by the renderer. */
export const scanEventSchema = z
  .object({
    text: z.string().min(1).max(4096),
    /** The AIM symbology identifier when the scanner sent one (e.g. "]Q1" for QR Code). */
    aim: z.string().max(3).nullable(),
  })
  .strict();

/**
 * A receipt, already in the villager's language (the renderer owns the texts): heading, the
 * village, a few labelled lines (category, date), and the tracking code printed large and as a
 * QR code. The host lays it out for the printer's paper width.
 */
export const receiptSchema = z
  .object({
    trackingCode: z.string().regex(new RegExp(TRACKING_CODE_PATTERN)),
    heading: z.string().min(1).max(80),
    village: z.string().min(1).max(80),
    fields: z.array(z.object({ label: z.string().min(1).max(40), value: z.string().min(1).max(120) }).strict()).max(6),
    codeLabel: z.string().min(1).max(40),
    footer: z.string().max(200),
  })
  .strict();

export const printReceiptRequestSchema = z.object({ receipt: receiptSchema }).strict();
export const printReceiptResponseSchema = z
  .object({ printed: z.boolean(), reason: z.enum(['no-printer', 'out-of-paper', 'printer-error']).optional() })
  .strict();

export const printPreviewRequestSchema = z.object({ receipt: receiptSchema, paperWidth: paperWidthSchema.optional() }).strict();
export const printPreviewResponseSchema = z
  .object({
    /** The receipt exactly as laid out for the printer, as an SVG document (shown as an image). */
    svg: z.string().min(1).max(512 * 1024),
    paperWidth: paperWidthSchema,
  })
  .strict();

export type DeviceRole = z.output<typeof deviceRoleSchema>;
export type DeviceState = z.output<typeof deviceStateSchema>;
export type DeviceStatus = z.output<typeof deviceStatusSchema>;
export type DevicesStatus = z.output<typeof devicesStatusSchema>;
export type KeypadEvent = z.output<typeof keypadEventSchema>;
export type ScanEvent = z.output<typeof scanEventSchema>;
export type Receipt = z.output<typeof receiptSchema>;
export type PrintReceiptResult = z.output<typeof printReceiptResponseSchema>;
export type PrintPreview = z.output<typeof printPreviewResponseSchema>;

import { z } from 'zod';

/**
 * The `devices` section of a kiosk's configuration (DESIGN.md §7): which USB devices play which
 * role, how their reports are laid out, and how receipts and the document camera are set up.
 * Part of the one schema (schema.ts); kept in its own file because it is one concept.
 *
 * HID devices are matched by USB vendor and product id (the numbers `lsusb` or Windows'
 * Device Manager shows, written in decimal or as JSON numbers such as 3118 for 0x0C2E). On
 * Windows a keyboard-mode device cannot be opened by an application, so scanners must be set
 * to HID-POS mode and keypads to their vendor (data) mode.
 */

const usbIdSchema = z.number().int().min(0).max(0xffff);

/** What a keypad button does; the renderer moves its focus ring or navigates accordingly. */
export const keypadActionSchema = z.enum(['home', 'back', 'confirm', 'readAloud', 'help', 'next', 'previous']);

/**
 * How a keypad in vendor mode reports its buttons:
 * - `keyboard`: an 8-byte boot-keyboard layout (modifiers, reserved, six key usages from the
 *   HID Keyboard/Keypad usage page 0x07); `code` is the key's usage id (Enter = 40).
 * - `buttons`: a bitmap, one bit per button (HID Button usage page 0x09); `code` is the
 *   button's number, 1 for the lowest bit of the first byte.
 */
export const keypadReportSchema = z.enum(['keyboard', 'buttons']);

export const keypadKeySchema = z
  .object({ code: z.number().int().min(1).max(0xffff), action: keypadActionSchema })
  .strict();

export const keypadSchema = z
  .object({
    vendorId: usbIdSchema,
    productId: usbIdSchema,
    /** Pick the interface with this HID usage page when the device has several. */
    usagePage: usbIdSchema.optional(),
    report: keypadReportSchema.default('keyboard'),
    /** 0 when the device sends unnumbered reports; otherwise the report id that carries the keys. */
    reportId: z.number().int().min(0).max(255).default(0),
    /** Button → action. Absent: the defaults of `defaultKeypadKeys` for the report layout. */
    keys: z
      .array(keypadKeySchema)
      .min(1)
      .max(64)
      .refine((keys) => new Set(keys.map((k) => k.code)).size === keys.length, 'each key code may appear only once')
      .optional(),
  })
  .strict();

/**
 * HID-POS input report layouts (usage page 0x8C), as documented by the manufacturers; see
 * tests/fixtures/hid/README.md for the exact sources:
 * - `honeywell`: Honeywell / Hand Held Products (and Access-IS): AIM symbology id in bytes 2–4, data from byte 5.
 * - `newland`: Newland (NLS-FM420 and others): data from byte 2, Newland symbology id in byte 62.
 */
export const scannerLayoutSchema = z.enum(['honeywell', 'newland']);

export const scannerSchema = z
  .object({
    vendorId: usbIdSchema,
    productId: usbIdSchema,
    /** HID-POS scanners expose the Bar Code Scanner usage page 0x8C (140). */
    usagePage: usbIdSchema.default(0x8c),
    layout: scannerLayoutSchema.default('honeywell'),
  })
  .strict();

export const paperWidthSchema = z.union([z.literal(58), z.literal(80)]);

const cupsPrinterSchema = z
  .object({
    connection: z.literal('cups'),
    /** The CUPS queue (`lpstat -p` lists them); ESC/POS is sent raw (`lp -o raw`). */
    queue: z.string().min(1).max(200),
    paperWidth: paperWidthSchema.default(80),
  })
  .strict();

const devicePrinterSchema = z
  .object({
    connection: z.literal('device'),
    /** A raw printer device file, e.g. /dev/usb/lp0 (Linux usblp). */
    path: z.string().regex(/^\/dev\/[A-Za-z0-9/_.-]+$/, 'must be a device file such as /dev/usb/lp0'),
    paperWidth: paperWidthSchema.default(80),
  })
  .strict();

/**
 * The receipt printer (ESC/POS). A plain text is the older form, a CUPS queue name; it still
 * validates and means `{ "connection": "cups", "queue": <text> }`.
 */
export const printerSchema = z.union([
  z
    .string()
    .min(1)
    .max(200)
    .transform((queue) => ({ connection: 'cups' as const, queue, paperWidth: 80 as const })),
  z.discriminatedUnion('connection', [cupsPrinterSchema, devicePrinterSchema]),
]);

/**
 * The document camera (高拍仪, a UVC camera). `label` matches part of the name the system gives
 * the camera (case-insensitive, e.g. "Eloam" or "Document"), `deviceId` one exact camera; with
 * neither, the first camera is used. The resolution is asked for, not forced: a camera that
 * cannot deliver it gives its nearest.
 */
export const documentCameraSchema = z
  .object({
    label: z.string().trim().min(1).max(200).optional(),
    deviceId: z.string().min(1).max(500).optional(),
    width: z.number().int().min(320).max(7680).default(1920),
    height: z.number().int().min(240).max(4320).default(1080),
  })
  .strict();

export const devicesSchema = z
  .object({
    keypad: keypadSchema.nullable().default(null),
    scanner: scannerSchema.nullable().default(null),
    printer: printerSchema.nullable().default(null),
    camera: documentCameraSchema.nullable().default(null),
  })
  .strict()
  .default({ keypad: null, scanner: null, printer: null, camera: null });

export type KeypadAction = z.output<typeof keypadActionSchema>;
export type KeypadConfig = z.output<typeof keypadSchema>;
export type KeypadKey = z.output<typeof keypadKeySchema>;
export type ScannerConfig = z.output<typeof scannerSchema>;
export type ScannerLayout = z.output<typeof scannerLayoutSchema>;
export type PrinterConfig = z.output<typeof printerSchema>;
export type PaperWidth = z.output<typeof paperWidthSchema>;
export type DocumentCameraConfig = z.output<typeof documentCameraSchema>;
export type DevicesConfig = z.output<typeof devicesSchema>;

/**
 * Button maps used when a keypad's configuration lists no `keys`. Keyboard layout: the keys a
 * programmable big-button keypad is most often set to send (usage ids of HID page 0x07).
 * Buttons layout: seven buttons left to right.
 */
export function defaultKeypadKeys(report: KeypadConfig['report']): KeypadKey[] {
  if (report === 'buttons') {
    return [
      { code: 1, action: 'previous' },
      { code: 2, action: 'next' },
      { code: 3, action: 'confirm' },
      { code: 4, action: 'back' },
      { code: 5, action: 'home' },
      { code: 6, action: 'readAloud' },
      { code: 7, action: 'help' },
    ];
  }
  return [
    { code: 0x4a, action: 'home' }, // Home
    { code: 0x29, action: 'back' }, // Escape
    { code: 0x2a, action: 'back' }, // Backspace
    { code: 0x28, action: 'confirm' }, // Enter
    { code: 0x58, action: 'confirm' }, // Keypad Enter
    { code: 0x2c, action: 'confirm' }, // Space
    { code: 0x3a, action: 'help' }, // F1
    { code: 0x3b, action: 'readAloud' }, // F2
    { code: 0x4f, action: 'next' }, // Right arrow
    { code: 0x51, action: 'next' }, // Down arrow
    { code: 0x2b, action: 'next' }, // Tab
    { code: 0x50, action: 'previous' }, // Left arrow
    { code: 0x52, action: 'previous' }, // Up arrow
  ];
}

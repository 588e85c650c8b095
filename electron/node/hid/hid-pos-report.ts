import type { ScannerLayout } from '#kiosk-config/devices-schema';

/**
 * HID-POS bar code scanner input reports (usage page 0x8C, HID Point of Sale Usage Tables 1.02)
 * in the two layouts manufacturers document (tests/fixtures/hid/README.md names the sources):
 *
 *   byte       honeywell (HHP, Access-IS)        newland
 *   0          report id 0x02                    report id 0x02
 *   1          data length in this report ≤ 56   data length ≤ 56
 *   2–4        AIM symbology id "]xy"            data…
 *   5–60       data (56 bytes)                   (2–57 data, 58–61 reserved)
 *   61 / 62    vendor symbology id               62 vendor symbology id
 *   63         bit 0: Decode Data Continued      bit 0: Decode Data Continued
 *
 * A code longer than 56 bytes arrives as several reports; every one but the last has the
 * continued bit set. node-hid hands reports over with the report id as byte 0 on every platform.
 */

export const HID_POS_REPORT_ID = 0x02;
export const HID_POS_REPORT_BYTES = 64;
const DATA_CAPACITY = 56;
const CONTINUED_BYTE = 63;
const AIM_FLAG = 0x5d; // ']'

interface LayoutSpec {
  dataStart: number;
  hasAim: boolean;
}

const LAYOUTS: Record<ScannerLayout, LayoutSpec> = {
  honeywell: { dataStart: 5, hasAim: true },
  newland: { dataStart: 2, hasAim: false },
};

export type HidPosReport =
  | { kind: 'data'; data: Uint8Array; aim: string | null; continued: boolean }
  /** A well-formed report that carries no scan data (another report id): ignored, not counted. */
  | { kind: 'other'; reportId: number }
  | { kind: 'malformed'; reason: string };

/** One report, checked against its layout. Never throws: bad bytes become `malformed`. */
export function parseHidPosReport(report: Uint8Array, layout: ScannerLayout): HidPosReport {
  const spec = LAYOUTS[layout];
  const reportId = report[0];
  if (reportId === undefined) return { kind: 'malformed', reason: 'empty report' };
  if (reportId !== HID_POS_REPORT_ID) {
    return report.length <= HID_POS_REPORT_BYTES ? { kind: 'other', reportId } : { kind: 'malformed', reason: `report of ${report.length} bytes` };
  }
  if (report.length !== HID_POS_REPORT_BYTES) return { kind: 'malformed', reason: `report of ${report.length} bytes, expected ${HID_POS_REPORT_BYTES}` };
  const length = report[1]!;
  if (length === 0 || length > DATA_CAPACITY) return { kind: 'malformed', reason: `data length ${length}` };
  let aim: string | null = null;
  if (spec.hasAim) {
    if (report[2] !== AIM_FLAG) return { kind: 'malformed', reason: 'no AIM symbology identifier' };
    aim = String.fromCharCode(AIM_FLAG, report[3]!, report[4]!);
  }
  return {
    kind: 'data',
    data: report.slice(spec.dataStart, spec.dataStart + length),
    aim,
    continued: (report[CONTINUED_BYTE]! & 0x01) === 1,
  };
}

export type AssembledScan =
  | { kind: 'scan'; text: string; aim: string | null }
  | { kind: 'pending' }
  | { kind: 'other' }
  | { kind: 'malformed'; reason: string };

export interface HidPosAssemblerOptions {
  layout: ScannerLayout;
  /** A code never spans more than this many bytes (the contract carries ≤ 4096 characters). */
  maxBytes?: number;
  /** A continuation arriving later than this belongs to nothing: the partial code is dropped. */
  maxGapMs?: number;
  now?: () => number;
}

/**
 * Joins split reports into one code and decodes it to text. Invariants: a malformed report also
 * drops a code half received (its remaining parts cannot be trusted); a code whose continuation
 * never comes is dropped at the next report after `maxGapMs`, counted as malformed; bytes are
 * joined before decoding, so a UTF-8 character split across two reports survives.
 */
export function createHidPosAssembler(options: HidPosAssemblerOptions) {
  const maxBytes = options.maxBytes ?? 4096;
  const maxGapMs = options.maxGapMs ?? 1000;
  const now = options.now ?? Date.now;
  let parts: Uint8Array[] = [];
  let size = 0;
  let aim: string | null = null;
  let lastAt = 0;

  const reset = () => {
    parts = [];
    size = 0;
    aim = null;
  };

  return {
    /** Feeds one report; returns what it completed (several outcomes when a stale part is dropped). */
    push(report: Uint8Array): AssembledScan[] {
      const outcomes: AssembledScan[] = [];
      const at = now();
      if (parts.length > 0 && at - lastAt > maxGapMs) {
        outcomes.push({ kind: 'malformed', reason: 'continuation never arrived' });
        reset();
      }
      lastAt = at;
      const parsed = parseHidPosReport(report, options.layout);
      if (parsed.kind === 'other') return [...outcomes, { kind: 'other' }];
      if (parsed.kind === 'malformed') {
        reset();
        return [...outcomes, parsed];
      }
      if (parts.length === 0) aim = parsed.aim;
      parts.push(parsed.data);
      size += parsed.data.length;
      if (size > maxBytes) {
        reset();
        return [...outcomes, { kind: 'malformed', reason: `code longer than ${maxBytes} bytes` }];
      }
      if (parsed.continued) return [...outcomes, { kind: 'pending' }];
      const bytes = new Uint8Array(size);
      let offset = 0;
      for (const part of parts) {
        bytes.set(part, offset);
        offset += part.length;
      }
      const scanAim = aim;
      reset();
      const text = decodeScannedText(bytes);
      return [...outcomes, text ? { kind: 'scan', text, aim: scanAim } : { kind: 'malformed', reason: 'no text in the code' }];
    },
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');

/**
 * Scanned bytes to text. QR codes made by this kiosk are ASCII; other codes are UTF-8 or, from
 * scanners set to GBK output (common in China), GB18030 — tried in that order, since valid
 * UTF-8 that is not meant as UTF-8 is rare. The scanner's configured suffix (CR, LF, Tab) and
 * NUL padding are dropped.
 */
export function decodeScannedText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = gb18030.decode(bytes);
  }
  return text.replace(/[\0\r\n\t]+$/u, '').replace(/^\0+/u, '');
}

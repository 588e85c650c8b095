import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Receipt } from '#common/devices-contract';
import type { PrinterConfig } from '#kiosk-config/devices-schema';
import { createDeviceStatusBoard } from '../devices/device-status-board';
import { createCupsTransport, createDeviceFileTransport, nodeDeviceFileIo, paperIsOut, type DeviceFileIo, type PrinterTransport } from './printer-transport';
import { receiptMarkup, receiptText } from './receipt-layout';
import { createReceiptPrinter } from './receipt-printer';
import { renderReceiptEscPos, renderReceiptSvg } from './receipt-render';

const receipt: Receipt = {
  trackingCode: '30527713',
  heading: '村务服务终端 · 问题反映回执',
  village: '示范村',
  fields: [
    { label: '问题类别', value: '饮水' },
    { label: '日期', value: '2025/3/1' },
  ],
  codeLabel: '查询编号',
  footer: '凭查询编号可在村务服务终端查询办理进度。',
};

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-printer-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('receipt layout', () => {
  it('escapes ReceiptLine markup in texts from configuration', () => {
    expect(receiptText('a|b {c} ^d_ "e" `f` ~g \\h')).toBe('a\\|b \\{c\\} \\^d\\_ \\"e\\" \\`f\\` \\~g \\\\h');
    expect(receiptText('-- not a rule')).toBe('\\-- not a rule');
    expect(receiptText('two\nlines')).toBe('two lines');
  });

  it('prints the code large and as a QR code of the bare code, for both paper widths', () => {
    expect(receiptMarkup(receipt, 58)).toContain('^^^^3052 7713');
    expect(receiptMarkup(receipt, 80)).toContain('^^^^^3052 7713');
    expect(receiptMarkup(receipt, 58)).toContain('{code:30527713; option:qrcode,6,m}');
  });

  it('renders ESC/POS: initialise, Chinese text in GB18030 (FS &), the code, a cut', () => {
    const bytes = Buffer.from(renderReceiptEscPos(receipt, 58));
    expect([...bytes.subarray(0, 2)]).toEqual([0x1b, 0x40]); // ESC @
    expect(bytes.includes(Buffer.from([0x1c, 0x26]))).toBe(true); // FS &: Chinese character mode
    expect(bytes.includes(Buffer.from([0xca, 0xbe, 0xb7, 0xb6, 0xb4, 0xe5]))).toBe(true); // 示范村 in GB18030
    expect(bytes.includes(Buffer.from('3052 7713'))).toBe(true);
    expect(bytes.includes(Buffer.from([0x1d, 0x56]))).toBe(true); // GS V: cut
  });

  it('renders the same receipt as SVG at the paper width (384 / 576 dots)', () => {
    expect(renderReceiptSvg(receipt, 58)).toMatch(/^<svg width="384px"/);
    expect(renderReceiptSvg(receipt, 80)).toMatch(/^<svg width="576px"/);
    expect(renderReceiptSvg(receipt, 80)).toContain('>示</tspan>');
  });
});

function fakeTransport(result: Awaited<ReturnType<PrinterTransport['send']>>, present: boolean | null = null) {
  const sent: Uint8Array[] = [];
  const transport: PrinterTransport = { send: async (bytes) => (sent.push(bytes), result), present: async () => present };
  return { transport, sent };
}

describe('receipt printer service', () => {
  const device: PrinterConfig = { connection: 'device', path: '/dev/usb/lp0', paperWidth: 58 };

  it('without a printer answers "no-printer" and is not an error', async () => {
    const board = createDeviceStatusBoard();
    const printer = createReceiptPrinter({ printer: () => null, board });
    expect(await printer.print(receipt)).toEqual({ printed: false, reason: 'no-printer' });
    expect(board.role('printer')).toMatchObject({ state: 'not-configured', errors: 0 });
  });

  it('prints through the transport and records the time', async () => {
    const board = createDeviceStatusBoard();
    const { transport, sent } = fakeTransport({ ok: true });
    const printer = createReceiptPrinter({ printer: () => device, board, transportFor: () => transport, now: () => new Date('2025-03-01T08:00:00Z') });
    expect(await printer.print(receipt)).toEqual({ printed: true });
    expect(sent).toHaveLength(1);
    expect(board.role('printer')).toMatchObject({ state: 'present', target: '/dev/usb/lp0', lastUsed: '2025-03-01T08:00:00.000Z' });
  });

  it('out of paper: the villager is told to copy the code, the clerk sees the error counted', async () => {
    const board = createDeviceStatusBoard();
    const logs: string[] = [];
    const { transport } = fakeTransport({ ok: false, reason: 'out-of-paper', message: 'the printer reports its paper roll is empty' });
    const printer = createReceiptPrinter({ printer: () => device, board, transportFor: () => transport, log: (l) => logs.push(l) });
    expect(await printer.print(receipt)).toEqual({ printed: false, reason: 'out-of-paper' });
    expect(board.role('printer')).toMatchObject({ state: 'error', errors: 1, lastError: 'the printer reports its paper roll is empty' });
    expect(logs).toEqual(['[printer] /dev/usb/lp0: out-of-paper: the printer reports its paper roll is empty']);
  });

  it('a missing device file is "absent" for the clerk and "no-printer" for the villager', async () => {
    const board = createDeviceStatusBoard();
    const printer = createReceiptPrinter({ printer: () => ({ connection: 'device', path: '/dev/usb/lp-none', paperWidth: 80 }), board });
    expect(await printer.print(receipt)).toEqual({ printed: false, reason: 'no-printer' });
    expect(board.role('printer')).toMatchObject({ state: 'absent', errors: 1 });
    await printer.refresh();
    expect(board.role('printer').state).toBe('absent');
  });

  it('previews at the configured width, or the one asked for', () => {
    const printer = createReceiptPrinter({ printer: () => device, board: createDeviceStatusBoard() });
    expect(printer.preview(receipt).paperWidth).toBe(58);
    expect(printer.preview(receipt, 80)).toMatchObject({ paperWidth: 80, svg: expect.stringMatching(/^<svg/) });
  });
});

describe('printer transports', () => {
  it('CUPS: sends the bytes raw to lp on stdin and reports a failing lp', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'job.bin');
    const lp = path.join(dir, 'lp');
    writeFileSync(lp, `#!/bin/sh\n[ "$1 $2 $3 $4" = "-d receipt -o raw" ] || exit 9\ncat > '${out}'\n`);
    chmodSync(lp, 0o755);
    expect(await createCupsTransport('receipt', lp).send(Uint8Array.from([0x1b, 0x40, 0x41]))).toEqual({ ok: true });
    expect([...readFileSync(out)]).toEqual([0x1b, 0x40, 0x41]);

    const failing = path.join(dir, 'lp-fail');
    writeFileSync(failing, '#!/bin/sh\ncat > /dev/null\necho "lp: The printer or class does not exist." >&2\nexit 1\n');
    chmodSync(failing, 0o755);
    expect(await createCupsTransport('nope', failing).send(Uint8Array.from([1]))).toEqual({
      ok: false,
      reason: 'printer-error',
      message: 'lp exited 1: lp: The printer or class does not exist.',
    });
    expect(await createCupsTransport('x', path.join(dir, 'missing-lp')).send(Uint8Array.from([1]))).toMatchObject({ ok: false, reason: 'printer-error' });
  });

  it('device file: asks for the paper status, then writes the receipt', async () => {
    const file = path.join(tempDir(), 'lp0');
    writeFileSync(file, '');
    const transport = createDeviceFileTransport(file, nodeDeviceFileIo, 50);
    expect(await transport.present()).toBe(true);
    expect(await transport.send(Uint8Array.from([0x1b, 0x40]))).toEqual({ ok: true });
    expect([...readFileSync(file)]).toEqual([0x10, 0x04, 0x04, 0x1b, 0x40]);
  });

  it('device file: a printer that answers "paper end" is not printed to', async () => {
    const written: number[] = [];
    const io: DeviceFileIo = {
      exists: async () => true,
      open: async () => ({ write: async (bytes) => void written.push(...bytes), readByte: async () => 0x72, close: async () => {} }),
    };
    expect(await createDeviceFileTransport('/dev/usb/lp0', io).send(Uint8Array.from([0x1b, 0x40]))).toMatchObject({ ok: false, reason: 'out-of-paper' });
    expect(written).toEqual([0x10, 0x04, 0x04]);
    expect(paperIsOut(0x12)).toBe(false);
    expect(paperIsOut(0x1e)).toBe(false); // near end only
  });

  it('device file: a write failure is a printer error, not a throw', async () => {
    const io: DeviceFileIo = {
      exists: async () => true,
      open: async () => ({
        write: async () => {
          throw new Error('EIO: i/o error');
        },
        readByte: async () => null,
        close: async () => {},
      }),
    };
    expect(await createDeviceFileTransport('/dev/usb/lp0', io, 10).send(Uint8Array.from([1]))).toEqual({
      ok: false,
      reason: 'printer-error',
      message: 'writing to /dev/usb/lp0 failed: EIO: i/o error',
    });
  });
});

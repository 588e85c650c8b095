import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, open } from 'node:fs/promises';

export type TransportResult = { ok: true } | { ok: false; reason: 'no-printer' | 'out-of-paper' | 'printer-error'; message: string };

/** Where printer commands go. Never throws: every failure is a result the villager can be told. */
export interface PrinterTransport {
  send(commands: Uint8Array): Promise<TransportResult>;
  /** true/false when it can be known without printing (a device file exists), null otherwise. */
  present(): Promise<boolean | null>;
}

/**
 * A CUPS queue, with the ESC/POS commands passed through untouched (`lp -o raw`). Bytes go on
 * stdin, never through a shell. CUPS accepts a job before the printer prints it, so an empty
 * paper roll shows up in the queue, not here: only "no such queue" and lp failures are seen.
 */
export function createCupsTransport(queue: string, lpExecutable = 'lp', timeoutMs = 20_000): PrinterTransport {
  return {
    present: async () => null,
    send: (commands) =>
      new Promise((resolve) => {
        let stderr = '';
        const child = spawn(lpExecutable, ['-d', queue, '-o', 'raw'], { stdio: ['pipe', 'ignore', 'pipe'] });
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
        child.once('error', (error) => {
          clearTimeout(timer);
          resolve({ ok: false, reason: 'printer-error', message: `lp could not run: ${error.message}` });
        });
        child.once('close', (code, signal) => {
          clearTimeout(timer);
          if (code === 0) resolve({ ok: true });
          else resolve({ ok: false, reason: 'printer-error', message: `lp ${signal ? `killed (${signal})` : `exited ${code}`}: ${stderr.trim().slice(0, 200)}` });
        });
        child.stdin.on('error', () => undefined); // lp exiting early closes stdin; its exit code says why.
        child.stdin.end(Buffer.from(commands));
      }),
  };
}

/** The slice of a printer device file the transport uses (a fake in tests). */
export interface DeviceFileIo {
  exists(path: string): Promise<boolean>;
  open(path: string): Promise<{ write(bytes: Uint8Array): Promise<void>; readByte(): Promise<number | null>; close(): Promise<void> }>;
}

export const nodeDeviceFileIo: DeviceFileIo = {
  exists: (path) => access(path, constants.F_OK).then(() => true, () => false),
  async open(path) {
    // Non-blocking, so asking for the paper status of a printer that never answers cannot hang.
    const handle = await open(path, constants.O_RDWR | constants.O_NONBLOCK);
    return {
      write: async (bytes) => {
        await handle.write(bytes);
      },
      readByte: async () => {
        const buffer = Buffer.alloc(1);
        try {
          const { bytesRead } = await handle.read(buffer, 0, 1, null);
          return bytesRead === 1 ? buffer[0]! : null;
        } catch {
          return null; // EAGAIN: nothing to read yet
        }
      },
      close: () => handle.close(),
    };
  },
};

/** DLE EOT 4: "transmit roll paper sensor status" (ESC/POS real-time status). */
const PAPER_STATUS_REQUEST = Uint8Array.from([0x10, 0x04, 0x04]);
/** In the answer bits 1 and 4 are always set and bits 5–6 mean "roll paper end". */
export function paperIsOut(status: number): boolean {
  return (status & 0x93) === 0x12 && (status & 0x60) !== 0;
}

/**
 * A raw printer device file (Linux usblp: /dev/usb/lp0). Before printing it asks the printer
 * for its paper sensor; a printer that does not answer within `statusWaitMs` is printed to
 * anyway (many cheap printers never answer), so the check can only prevent a blank receipt,
 * never a printed one.
 */
export function createDeviceFileTransport(path: string, io: DeviceFileIo = nodeDeviceFileIo, statusWaitMs = 300): PrinterTransport {
  return {
    present: () => io.exists(path),
    async send(commands) {
      if (!(await io.exists(path))) return { ok: false, reason: 'no-printer', message: `${path} does not exist (printer unplugged or switched off)` };
      let device;
      try {
        device = await io.open(path);
      } catch (error) {
        return { ok: false, reason: 'printer-error', message: `cannot open ${path}: ${(error as Error).message}` };
      }
      try {
        await device.write(PAPER_STATUS_REQUEST);
        const deadline = Date.now() + statusWaitMs;
        let status: number | null = null;
        while (status === null && Date.now() < deadline) {
          status = await device.readByte();
          if (status === null) await new Promise((resolve) => setTimeout(resolve, 20));
        }
        if (status !== null && paperIsOut(status)) return { ok: false, reason: 'out-of-paper', message: 'the printer reports its paper roll is empty' };
        await device.write(commands);
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: 'printer-error', message: `writing to ${path} failed: ${(error as Error).message}` };
      } finally {
        await device.close().catch(() => undefined);
      }
    },
  };
}

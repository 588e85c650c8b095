import { open } from 'node:fs/promises';
import { z } from 'zod';
import { createFakeHidSource } from './fake-hid-source';
import type { HidSource } from './hid-source';

/**
 * TEST ONLY: a fake HID device list driven by a script file, for end-to-end tests of the
 * browser-mode host (KIOSK_FAKE_HID=<file>; browser-host-main.ts is the only caller, the
 * Electron root never builds one). The test appends one JSON command per line; each line is
 * played into a FakeHidSource, so everything above the HidSource boundary — matching, hot-plug,
 * report parsing, events — runs exactly as with node-hid. Bad lines are logged and skipped.
 */
const commandSchema = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('plug'),
    device: z.object({ path: z.string(), vendorId: z.number().int(), productId: z.number().int(), usagePage: z.number().int().optional(), product: z.string().optional() }).strict(),
  }),
  z.object({ op: z.literal('unplug'), path: z.string() }),
  z.object({ op: z.literal('send'), path: z.string(), hex: z.string().regex(/^([0-9a-f]{2})*$/i) }),
  z.object({ op: z.literal('fail-read'), path: z.string(), message: z.string() }),
]);

export type ScriptedHidCommand = z.input<typeof commandSchema>;

export function createScriptedHidSource(file: string, log: (line: string) => void = () => {}, intervalMs = 50): HidSource & { close(): void } {
  const fake = createFakeHidSource();
  let offset = 0;
  let carry = '';
  let reading = false;

  const play = (line: string) => {
    let command: z.output<typeof commandSchema>;
    try {
      command = commandSchema.parse(JSON.parse(line));
    } catch {
      log(`[hid-script] ignored line: ${line.slice(0, 80)}`);
      return;
    }
    switch (command.op) {
      case 'plug':
        fake.plug(command.device);
        break;
      case 'unplug':
        fake.unplug(command.path);
        break;
      case 'send':
        if (!fake.send(command.path, Uint8Array.from(Buffer.from(command.hex, 'hex')))) log(`[hid-script] ${command.path} is not open`);
        break;
      case 'fail-read':
        fake.failRead(command.path, new Error(command.message));
        break;
    }
  };

  const readNew = async () => {
    if (reading) return;
    reading = true;
    try {
      const handle = await open(file, 'r').catch(() => null);
      if (!handle) return;
      try {
        const { size } = await handle.stat();
        if (size <= offset) return;
        const buffer = Buffer.alloc(size - offset);
        await handle.read(buffer, 0, buffer.length, offset);
        offset = size;
        const lines = (carry + buffer.toString('utf8')).split('\n');
        carry = lines.pop() ?? '';
        for (const line of lines) if (line.trim()) play(line);
      } finally {
        await handle.close();
      }
    } finally {
      reading = false;
    }
  };

  const timer = setInterval(() => void readNew(), intervalMs);
  timer.unref();
  log(`[hid-script] TEST ONLY: HID devices are simulated from ${file}`);
  return {
    list: () => fake.list(),
    open: (path, handlers) => fake.open(path, handlers),
    close: () => clearInterval(timer),
  };
}

import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ScriptedHidCommand } from '#host/hid/scripted-hid-source';
import { expect, test as base } from './fixtures';
import { startKioskHost, type KioskHostProcess } from './kiosk-host';

/**
 * Simulated peripherals for end-to-end specs, injected at the node-hid boundary: the host runs
 * with KIOSK_FAKE_HID=<script>, and these helpers append to that script (electron/node/hid/
 * scripted-hid-source.ts). Everything above node-hid — matching by vendor/product id, hot-plug,
 * HID-POS and keypad report parsing, the events to the renderer — is the real code.
 */
export const KEYPAD = { path: '/dev/hidraw-e2e-keypad', vendorId: 0x0483, productId: 0x5750, usagePage: 0x01, product: 'E2E Big Button Keypad' };
export const SCANNER = { path: '/dev/hidraw-e2e-scanner', vendorId: 0x0c2e, productId: 0x0b87, usagePage: 0x8c, product: 'E2E HID-POS Scanner' };

/** Keyboard-layout usages of the default keypad map (kiosk-config/devices-schema.ts). */
const KEY_USAGE = { next: 0x51, previous: 0x52, confirm: 0x28, back: 0x29, home: 0x4a, help: 0x3a, readAloud: 0x3b } as const;
export type KeypadKey = keyof typeof KEY_USAGE;

export interface FakeHid {
  script: string;
  send(command: ScriptedHidCommand): void;
  /** A press and a release of one keypad key. */
  press(key: KeypadKey): void;
  /** One code through the scanner, in Honeywell HID-POS reports of 56 data bytes each. */
  scan(text: string): void;
}

const bootReport = (usage: number) => Buffer.from([0, 0, usage, 0, 0, 0, 0, 0]).toString('hex');

export function honeywellReports(text: string): string[] {
  const data = Buffer.from(text);
  const reports: string[] = [];
  for (let offset = 0; offset < data.length; offset += 56) {
    const chunk = data.subarray(offset, offset + 56);
    const report = Buffer.alloc(64);
    report[0] = 0x02;
    report[1] = chunk.length;
    report.write(']Q1', 2, 'latin1');
    chunk.copy(report, 5);
    report[61] = 0x73;
    report[63] = offset + 56 < data.length ? 1 : 0;
    reports.push(report.toString('hex'));
  }
  return reports;
}

export function createFakeHid(dir: string): FakeHid {
  const script = path.join(dir, 'hid-script.jsonl');
  writeFileSync(script, '');
  const send = (command: ScriptedHidCommand) => appendFileSync(script, `${JSON.stringify(command)}\n`);
  return {
    script,
    send,
    press(key) {
      send({ op: 'send', path: KEYPAD.path, hex: bootReport(KEY_USAGE[key]) });
      send({ op: 'send', path: KEYPAD.path, hex: bootReport(0) });
    },
    scan(text) {
      for (const hex of honeywellReports(text)) send({ op: 'send', path: SCANNER.path, hex });
    },
  };
}

/** A site file configuring the simulated keypad and scanner (plus any other `devices` fields). */
export function devicesSite(dir: string, devices: Record<string, unknown> = {}): string {
  const file = path.join(dir, 'site.json');
  writeFileSync(
    file,
    JSON.stringify({
      devices: {
        keypad: { vendorId: KEYPAD.vendorId, productId: KEYPAD.productId },
        scanner: { vendorId: SCANNER.vendorId, productId: SCANNER.productId, layout: 'honeywell' },
        ...devices,
      },
    }),
  );
  return file;
}

/**
 * `kiosk` with simulated devices plugged in from the start, and `hid` to drive them. Specs
 * that need another printer or camera set `devicesConfig`.
 */
export const test = base.extend<{ hid: FakeHid; devicesConfig: Record<string, unknown>; hidDir: string }>({
  devicesConfig: [{}, { option: true }],
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their first argument.
  hidDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-e2e-hid-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  hid: async ({ hidDir }, use) => {
    const hid = createFakeHid(hidDir);
    hid.send({ op: 'plug', device: KEYPAD });
    hid.send({ op: 'plug', device: SCANNER });
    await use(hid);
  },
  kiosk: async ({ hid, hidDir, devicesConfig }, use, testInfo) => {
    const kiosk: KioskHostProcess = await startKioskHost({ config: devicesSite(hidDir, devicesConfig), env: { KIOSK_FAKE_HID: hid.script, KIOSK_SPEECH: 'record' } });
    // Reports sent before the host has opened a device go nowhere (as with real hardware).
    await expect.poll(() => /keypad: opened/.test(kiosk.output()) && /scanner: opened/.test(kiosk.output()), { timeout: 15_000 }).toBe(true);
    await use(kiosk);
    if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('host-output', { body: kiosk.output(), contentType: 'text/plain' });
    await kiosk.stop();
  },
});

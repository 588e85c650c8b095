import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createScriptedHidSource } from './scripted-hid-source';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('scripted HID source (end-to-end tests only)', () => {
  it('plays appended commands: plug, send, unplug; skips bad lines', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hid-script-'));
    dirs.push(dir);
    const file = path.join(dir, 'hid.jsonl');
    const logs: string[] = [];
    const source = createScriptedHidSource(file, (line) => logs.push(line), 10);
    const reports: string[] = [];
    appendFileSync(file, `${JSON.stringify({ op: 'plug', device: { path: 'k', vendorId: 1, productId: 2 } })}\nnot json\n`);
    await expect.poll(() => source.list()).toHaveLength(1);
    await source.open('k', { onData: (r) => reports.push(Buffer.from(r).toString('hex')), onError: () => {} });
    appendFileSync(file, `${JSON.stringify({ op: 'send', path: 'k', hex: '0028' })}\n${JSON.stringify({ op: 'unplug', path: 'k' })}\n`);
    await expect.poll(() => source.list()).toHaveLength(0);
    expect(reports).toEqual(['0028']);
    expect(logs.some((line) => line.includes('ignored line: not json'))).toBe(true);
    source.close();
  });
});

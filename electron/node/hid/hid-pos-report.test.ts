import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ScannerLayout } from '#kiosk-config/devices-schema';
import { createHidPosAssembler, decodeScannedText, parseHidPosReport } from './hid-pos-report';

interface FixtureFile {
  source: string;
  composed: string;
  layout: ScannerLayout;
  fixtures: { name: string; reports: string[]; expect: { text: string; aim: string | null } }[];
  malformed: { name: string; report: string }[];
  other?: { name: string; report: string }[];
}

const load = (name: string) => JSON.parse(readFileSync(new URL(`../../../tests/fixtures/hid/${name}`, import.meta.url), 'utf8')) as FixtureFile;
const files = [load('honeywell-hid-pos.json'), load('newland-hid-pos.json')];
const bytes = (hex: string) => Uint8Array.from(Buffer.from(hex, 'hex'));

describe.each(files.map((file) => [file.layout, file] as const))('HID-POS %s layout (recorded fixtures)', (layout, file) => {
  it('names where the layout comes from and that the bytes were composed, not captured', () => {
    expect(file.source).toMatch(/https:\/\//);
    expect(file.composed).toMatch(/not captured from hardware/);
  });

  it.each(file.fixtures.map((f) => [f.name, f] as const))('decodes: %s', (_name, fixture) => {
    const assembler = createHidPosAssembler({ layout });
    const outcomes = fixture.reports.flatMap((hex) => assembler.push(bytes(hex)));
    expect(outcomes.at(-1)).toEqual({ kind: 'scan', ...fixture.expect });
    expect(outcomes.slice(0, -1)).toEqual(fixture.reports.slice(1).map(() => ({ kind: 'pending' })));
  });

  it.each(file.malformed.map((f) => [f.name, f] as const))('ignores as malformed: %s', (_name, fixture) => {
    expect(parseHidPosReport(bytes(fixture.report), layout).kind).toBe('malformed');
    expect(createHidPosAssembler({ layout }).push(bytes(fixture.report))).toEqual([{ kind: 'malformed', reason: expect.any(String) }]);
  });

  it.each((file.other ?? []).map((f) => [f.name, f] as const))('passes over a report that is not scan data: %s', (_name, fixture) => {
    expect(parseHidPosReport(bytes(fixture.report), layout)).toMatchObject({ kind: 'other' });
  });

  it('a malformed report in the middle of a split code drops that code, and the next code reads cleanly', () => {
    const split = file.fixtures.find((f) => f.reports.length > 1)!;
    const single = file.fixtures[0]!;
    const assembler = createHidPosAssembler({ layout });
    expect(assembler.push(bytes(split.reports[0]!))).toEqual([{ kind: 'pending' }]);
    expect(assembler.push(bytes(file.malformed[0]!.report))[0]!.kind).toBe('malformed');
    // The orphaned second half is a complete-looking last part: it must not be glued to anything old.
    const orphan = assembler.push(bytes(split.reports[1]!));
    expect(orphan).toHaveLength(1);
    expect(orphan[0]).not.toEqual({ kind: 'scan', ...split.expect });
    expect(assembler.push(bytes(single.reports[0]!))).toEqual([{ kind: 'scan', ...single.expect }]);
  });

  it('drops a first half whose continuation comes too late, counting it, and keeps the new report', () => {
    let clock = 0;
    const split = file.fixtures.find((f) => f.reports.length > 1)!;
    const single = file.fixtures[0]!;
    const assembler = createHidPosAssembler({ layout, maxGapMs: 500, now: () => clock });
    assembler.push(bytes(split.reports[0]!));
    clock = 2000;
    expect(assembler.push(bytes(single.reports[0]!))).toEqual([
      { kind: 'malformed', reason: 'continuation never arrived' },
      { kind: 'scan', ...single.expect },
    ]);
  });
});

describe('HID-POS assembly limits and decoding', () => {
  const continued = (text: string) => {
    const report = new Uint8Array(64);
    report[0] = 0x02;
    const data = Buffer.from(text);
    report[1] = data.length;
    report.set(data, 2);
    report[63] = 1;
    return report;
  };

  it('refuses a code that keeps continuing past the size limit', () => {
    const assembler = createHidPosAssembler({ layout: 'newland', maxBytes: 100 });
    expect(assembler.push(continued('a'.repeat(56)))).toEqual([{ kind: 'pending' }]);
    expect(assembler.push(continued('b'.repeat(56)))).toEqual([{ kind: 'malformed', reason: 'code longer than 100 bytes' }]);
  });

  it('decodes UTF-8 first, GB18030 otherwise, and drops the suffix and padding', () => {
    expect(decodeScannedText(Uint8Array.from(Buffer.from('查询\r\n')))).toBe('查询');
    expect(decodeScannedText(Uint8Array.from([0xb2, 0xe9, 0xd1, 0xaf]))).toBe('查询');
    expect(decodeScannedText(Uint8Array.from([0x31, 0x32, 0, 0]))).toBe('12');
  });

  it('treats a report of only padding as no text', () => {
    const report = new Uint8Array(64);
    report[0] = 0x02;
    report[1] = 3;
    expect(createHidPosAssembler({ layout: 'newland' }).push(report)).toEqual([{ kind: 'malformed', reason: 'no text in the code' }]);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
let dir: string;

/** A small printed line: sharp renders Pango markup with Noto CJK (fonts-noto-cjk). */
async function printedLine(file: string, text: string): Promise<void> {
  await sharp({ text: { text: `<span foreground="black" background="white">${text}</span>`, font: 'Noto Sans CJK SC 28', rgba: true, dpi: 150 } })
    .flatten({ background: '#ffffff' })
    .extend({ top: 40, bottom: 40, left: 40, right: 40, background: '#ffffff' })
    .png()
    .toFile(file);
}

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/node/ocr/ocr-cli.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'ocr-cli-'));
  await printedLine(path.join(dir, 'notice.png'), '村委会值班电话13800138275');
  writeFileSync(path.join(dir, 'broken.jpg'), 'this is not a JPEG');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run ocr (the Node CLI over the shared pipeline)', () => {
  it('prints one JSON array entry per image, reading text, and an error entry for a broken file', () => {
    const { status, stdout } = cli('--engine', 'paddle', '--workers', '1', '--flat', '--json', path.join(dir, 'notice.png'), path.join(dir, 'broken.jpg'));
    const results = JSON.parse(stdout) as { file: string; text: string; confidence: number; ms: number; error?: string }[];
    expect(results.map((r) => path.basename(r.file))).toEqual(['notice.png', 'broken.jpg']);
    expect(results[0]!.text.replace(/\s/g, '')).toBe('村委会值班电话13800138275');
    expect(results[0]!.confidence).toBeGreaterThan(80);
    expect(results[0]!.ms).toBeGreaterThan(0);
    expect(results[1]!.error).toMatch(/not a readable PNG, JPEG or WebP image/);
    expect(status).toBe(1);
  }, 120_000);
  it('reads the same line with tesseract.js', () => {
    const { status, stdout } = cli('--engine', 'tesseract', '--flat', '--json', path.join(dir, 'notice.png'));
    expect(status).toBe(0);
    const [result] = JSON.parse(stdout) as { text: string }[];
    expect(result!.text.replace(/\s/g, '')).toContain('13800138275');
  }, 120_000);
  it('reads the same line with the float recogniser (--recognizer float), the int8 one’s reference', () => {
    const { status, stdout } = cli('--engine', 'paddle', '--workers', '1', '--recognizer', 'float', '--flat', '--json', path.join(dir, 'notice.png'));
    expect(status).toBe(0);
    const [result] = JSON.parse(stdout) as { text: string }[];
    expect(result!.text.replace(/\s/g, '')).toBe('村委会值班电话13800138275');
  }, 120_000);
  it('refuses a bad engine or no images with usage and exit code 2', () => {
    expect(cli('--recognizer', 'int4', '--json', 'x.png')).toMatchObject({ status: 2, stderr: expect.stringContaining('--recognizer must be int8 or float') });
    expect(cli('--engine', 'abbyy', '--json', 'x.png')).toMatchObject({ status: 2, stderr: expect.stringContaining('unknown engine "abbyy"') });
    expect(cli('--json')).toMatchObject({ status: 2, stderr: expect.stringContaining('no images given') });
  }, 60_000);
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumFlags } from '#e2e-support/chromium-flags';
import { startKioskHost } from '#e2e-support/kiosk-host';
import { buildRenderer, rendererBuildIsStale } from '#host/browser-host/build-if-needed';
import type { OcrEngineName } from '#ocr-core/ocr-engine';
import type { OcrFixtureImage } from '#test-support/ocr-fixtures/ocr-fixture-set';
import { scorePage, summarise, type EngineSummary, type PageScore } from './score-page';

const root = path.resolve(import.meta.dirname, '../..');

async function openScan(page: Page): Promise<void> {
  await page.getByRole('button', { name: '工作人员服务' }).click();
  const keypad = page.getByRole('group', { name: '密码数字键' });
  for (const digit of '2468') await keypad.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await page.getByRole('button', { name: '扫描文件' }).click();
}

/** Resolves with ms from now until page item `index` shows its first line or is done. */
async function importAndTime(page: Page, files: string[], firstIndex: number): Promise<{ firstText: number[]; done: number[] }> {
  const start = Date.now();
  await page.getByTestId('scan-import').setInputFiles(files);
  const items = page.locator('.scan-page-item');
  const firstText: number[] = [];
  const done: number[] = [];
  const pending = new Set(files.map((_, i) => firstIndex + i));
  const seenText = new Set<number>();
  const deadline = start + 20 * 60_000;
  while (pending.size > 0 && Date.now() < deadline) {
    const states = await items.evaluateAll((nodes) => nodes.map((n) => ({ status: n.getAttribute('data-status'), partial: n.querySelector('.scan-partial') !== null })));
    const now = Date.now() - start;
    for (const i of [...pending]) {
      const state = states[i];
      if (!state) continue;
      if (!seenText.has(i) && (state.partial || state.status !== 'reading')) {
        seenText.add(i);
        firstText[i - firstIndex] = now;
      }
      if (state.status !== 'reading') {
        pending.delete(i);
        done[i - firstIndex] = now;
      }
    }
    await page.waitForTimeout(25);
  }
  if (pending.size > 0) throw new Error('browser OCR did not finish within 20 minutes');
  return { firstText, done };
}

async function readTexts(page: Page, count: number): Promise<string[]> {
  await page.getByRole('button', { name: '核对文字' }).click();
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    texts.push(await page.getByRole('textbox', { name: '识别出的文字（可以修改）' }).inputValue());
    if (i < count - 1) await page.getByRole('button', { name: '下一页' }).click();
  }
  return texts;
}

/**
 * One engine of ours in Debian's Chromium, as the clerk uses it: the real kiosk (browser-mode
 * host, built app, OCR workers started when the clerk area is unlocked), pages imported through
 * the scan screen's file input. First text: from handing over a page to its first line on screen,
 * with the workers idle (three camera pages one after another). Throughput: every page at once.
 */
export async function runBrowserEngine(engine: OcrEngineName, allImages: OcrFixtureImage[]): Promise<{ summary: EngineSummary; scores: PageScore[] }> {
  // A subset by default (one clean and one camera take of each page): single-threaded wasm
  // PP-OCR takes ~10 s a page, and the whole set made the run longer than a CI slot.
  const perPage = Number(process.env.OCR_BENCH_BROWSER_TAKES ?? 2);
  const images = allImages.filter((image, i) => image.variant === 'clean' || (perPage > 1 && allImages.findIndex((o) => o.pageId === image.pageId && o.variant === 'camera') === i));
  if (rendererBuildIsStale(root)) buildRenderer(root);
  const siteDir = mkdtempSync(path.join(tmpdir(), 'ocr-bench-site-'));
  const site = path.join(siteDir, 'site.json');
  // The idle reset would wipe the scan screen during a long run: the longest idle the schema allows.
  writeFileSync(site, JSON.stringify({ schemaVersion: 1, idle: { warningSeconds: 3600, resetSeconds: 600 }, scan: { preferredEngine: engine } }));
  const host = await startKioskHost({ config: site });
  const browser = await chromium.launch({ executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: [...chromiumFlags, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
    page.on('crash', () => console.error(`Chromium's page crashed during the ${engine} run`));
    page.on('console', (message) => message.type() === 'error' && console.error(`[chromium] ${message.text()}`));
    // Which file failed: Chromium's console message for a failed load does not name it.
    page.on('response', (response) => response.status() >= 400 && console.error(`[chromium] HTTP ${response.status()} ${response.url()}`));
    await page.goto(host.url);
    const unlocked = Date.now();
    await openScan(page);
    // Warm-up page: resolves when an engine is ready (its time is the start time, models included).
    const warm = await importAndTime(page, [images[0]!.file], 0);
    const startMs = Date.now() - unlocked - (warm.done[0]! - warm.firstText[0]!);
    const camera = images.filter((i) => i.variant === 'camera').slice(0, 3);
    const firstText: number[] = [];
    for (const [k, image] of camera.entries()) firstText.push((await importAndTime(page, [image.file], 1 + k)).firstText[0]!);
    await page.getByRole('button', { name: '删除' }).first().waitFor();
    const before = 1 + camera.length;
    const begin = Date.now();
    await importAndTime(page, images.map((i) => i.file), before);
    const wallMs = Date.now() - begin;
    const texts = (await readTexts(page, before + images.length)).slice(before);
    const scores = images.map((image, i) => scorePage(image, texts[i]!));
    return { summary: summarise(`ours: ${engine} (Chromium, scan screen)`, scores, wallMs, firstText, startMs), scores };
  } finally {
    await browser.close();
    await host.stop();
    rmSync(siteDir, { recursive: true, force: true });
  }
}

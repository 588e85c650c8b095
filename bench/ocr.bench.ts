import { availableParallelism, cpus, loadavg } from 'node:os';
import { startNodeOcrPool } from '#host/ocr/node-ocr-pool';
import type { OcrEngineName } from '#ocr-core/ocr-engine';
import { ensureOcrFixtureSet, type OcrFixtureImage } from '#test-support/ocr-fixtures/ocr-fixture-set';
import { runBrowserEngine } from './ocr/browser-engines';
import { childrenCpuMs, ensureNativeTesseract, nativeTesseract } from './ocr/native-tesseract';
import { scorePage, summarise, type EngineSummary, type PageScore } from './ocr/score-page';

/**
 * `npm run bench -- ocr` (issue 12): every engine of ours and Debian's native tesseract on the
 * same fixture images (tests/support/ocr-fixtures: 6 pages rendered from committed text, each
 * clean and as two camera takes), two in parallel on this 2-core machine. Prints CER (whitespace
 * removed; and after NFKC) for camera and clean pages, exact reads of resident ID and phone
 * numbers, pages per minute, median time to first text, engine start time; the last line is one
 * JSON object. The browser rows run the real kiosk in Chromium (bench/ocr/browser-engines.ts).
 * OCR_BENCH_ENGINES=paddle,tesseract,native,browser-paddle,browser-tesseract picks a subset;
 * `paddle-float` adds the CLI with its recogniser in float (the int8 recogniser's anchor).
 */
const PARALLEL = 2;
const chosen = (process.env.OCR_BENCH_ENGINES ?? 'paddle,tesseract,native,browser-paddle,browser-tesseract').split(',');
const verbose = process.env.OCR_BENCH_VERBOSE === '1';

async function runOurs(engine: OcrEngineName, images: OcrFixtureImage[], recognizer?: 'float'): Promise<{ summary: EngineSummary; scores: PageScore[] }> {
  const startedAt = performance.now();
  const pool = await startNodeOcrPool({ engine, workers: PARALLEL, threads: 1, recognizer });
  const startMs = performance.now() - startedAt;
  const begin = performance.now();
  const cpuBefore = process.cpuUsage();
  const results = await Promise.all(images.map((image) => pool.recognize(image.file, { camera: image.variant === 'camera' })));
  const wallMs = performance.now() - begin;
  const cpu = process.cpuUsage(cpuBefore);
  await pool.close();
  const failed = results.filter((r) => r.error);
  if (failed.length > 0) throw new Error(`${engine}: ${failed.map((r) => r.error).join('; ')}`);
  const scores = images.map((image, i) => scorePage(image, results[i]!.text));
  if (verbose) images.forEach((image, i) => scores[i]!.errors > 0 && console.error(`--- ${engine} ${image.file}\n${results[i]!.text}`));
  const label = engine === 'paddle' ? `paddle${recognizer === 'float' ? ' float recogniser' : ''}` : engine;
  return { summary: summarise(`ours: ${label} (Node, CLI pipeline)`, scores, wallMs, results.map((r) => r.firstTextMs ?? r.ms), startMs, (cpu.user + cpu.system) / 1000), scores };
}

async function runNative(images: OcrFixtureImage[]): Promise<{ summary: EngineSummary; scores: PageScore[] }> {
  const texts: { text: string; ms: number }[] = new Array(images.length);
  const begin = performance.now();
  const cpuBefore = childrenCpuMs();
  let next = 0;
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      while (next < images.length) {
        const i = next++;
        texts[i] = await nativeTesseract(images[i]!.file);
      }
    }),
  );
  const wallMs = performance.now() - begin;
  const scores = images.map((image, i) => scorePage(image, texts[i]!.text));
  // Native tesseract prints nothing before the whole page is done: first text = its time.
  return { summary: summarise('Debian tesseract --oem 1 --psm 3, OMP_THREAD_LIMIT=1', scores, wallMs, texts.map((t) => t.ms), 0, childrenCpuMs() - cpuBefore), scores };
}

const images = await ensureOcrFixtureSet();
// The machine is shared: the load average beside the figures says how quiet it was.
const loadAtStart = Math.round(loadavg()[0]! * 10) / 10;
const nativeVersion = chosen.includes('native') ? ensureNativeTesseract() : 'not run';
const summaries: EngineSummary[] = [];
const missed: Record<string, string[]> = {};
for (const name of chosen) {
  const run =
    name === 'native'
      ? await runNative(images)
      : name.startsWith('browser-')
        ? await runBrowserEngine(name.slice('browser-'.length) as OcrEngineName, images)
        : name === 'paddle-float'
          ? await runOurs('paddle', images, 'float')
          : await runOurs(name as OcrEngineName, images);
  summaries.push(run.summary);
  missed[run.summary.engine] = run.scores.flatMap((s) => s.missed);
  console.error(`done: ${run.summary.engine}`);
}

const header = ['engine', 'CER camera %', 'CER clean %', 'CER camera NFKC %', 'CER clean NFKC %', 'IDs+phones exact', 'pages/min', 'CPU ms/page', 'first text ms (median)', 'start ms'];
const rows = summaries.map((s) => [s.engine, s.cerCamera, s.cerClean, s.cerCameraNfkc, s.cerCleanNfkc, s.numbersExact, s.pagesPerMinute, s.cpuMsPerPage ?? '–', s.firstTextMedianMs, s.startMs].map(String));
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
const loadAtEnd = Math.round(loadavg()[0]! * 10) / 10;
console.log(`OCR benchmark: ${images.length} images (${images.filter((i) => i.variant === 'camera').length} camera, ${images.filter((i) => i.variant === 'clean').length} clean), ${PARALLEL} in parallel; ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}; native: ${nativeVersion}; load average (1 min) ${loadAtStart} at start, ${loadAtEnd} at end`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const row of rows) console.log(line(row));
for (const [engine, numbers] of Object.entries(missed)) if (numbers.length > 0) console.log(`${engine}: not read exactly: ${numbers.join(', ')}`);

const ours = summaries.find((s) => s.engine.startsWith('ours: paddle (Node'));
const browserPaddle = summaries.find((s) => s.engine.startsWith('ours: paddle (Chromium'));
const native = summaries.find((s) => s.engine.startsWith('Debian'));
// Each goal is judged when the rows it compares ran in this run (the Chromium rows usually run
// on their own: OCR_BENCH_ENGINES=browser-paddle).
const exact = (s: EngineSummary) => s.numbersExact.split('/')[0] === s.numbersExact.split('/')[1];
const goals = {
  ...(ours ? { cameraCerAtMostHalfPercent: ours.cerCamera <= 0.5, everyNumberExact: exact(ours) } : {}),
  ...(ours && native ? { cameraCerAtMostTwentiethOfNative: ours.cerCamera <= native.cerCamera / 20, cliPagesPerMinuteAtLeastNative: ours.pagesPerMinute >= native.pagesPerMinute } : {}),
  ...(browserPaddle ? { chromiumFirstTextAtMost2s: browserPaddle.firstTextMedianMs <= 2000, chromiumCameraCerAtMostHalfPercent: browserPaddle.cerCamera <= 0.5, chromiumEveryNumberExact: exact(browserPaddle) } : {}),
};
// The CLI's speed as a multiple of the native anchor measured in this same run (machine load shifts both).
const cliToNative = ours && native ? Math.round((ours.pagesPerMinute / native.pagesPerMinute) * 100) / 100 : undefined;
// CPU per page compares the two with the machine's other load factored out (it still varies a little with contention).
const cliToNativeCpu = ours?.cpuMsPerPage && native?.cpuMsPerPage ? Math.round((native.cpuMsPerPage / ours.cpuMsPerPage) * 100) / 100 : undefined;
const float = summaries.find((s) => s.engine.startsWith('ours: paddle float'));
const int8ToFloat = ours && float ? Math.round((ours.pagesPerMinute / float.pagesPerMinute) * 100) / 100 : undefined;
if (int8ToFloat !== undefined) console.log(`CLI int8 recogniser pages/min = ${int8ToFloat} × the float recogniser's, same run`);
if (cliToNative !== undefined) console.log(`CLI (paddle) pages/min = ${cliToNative} × native tesseract's, same run; pages per CPU-second ${cliToNativeCpu ?? '–'} × native's`);
if (Object.keys(goals).length > 0) console.log(`goals (default engine paddle): ${Object.entries(goals).map(([k, v]) => `${k} ${v ? 'met' : 'MISSED'}`).join(', ')}`);
console.log(JSON.stringify({ bench: 'ocr', date: new Date().toISOString(), images: images.length, parallel: PARALLEL, native: nativeVersion, loadAverage: { start: loadAtStart, end: loadAtEnd }, engines: summaries, cliToNative, cliToNativeCpu, int8ToFloat, goals }));
